package org.procurement.approval.service;

import org.procurement.approval.domain.Task;

import java.util.List;

/** One page of an inbox: its tasks, how many match in all (a lower bound when not exact), the cursor to the next. */
public record TaskPage(List<Task> tasks, long total, boolean totalExact, String nextCursor) {
}
