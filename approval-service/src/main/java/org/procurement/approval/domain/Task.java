package org.procurement.approval.domain;

/** An open stage a person may decide now; {@code onBehalfOf} names the delegator when they would decide as delegate. */
public record Task(CaseStage stage, String onBehalfOf) {
}
