package org.procurement.approval.policy;

/** Whether a condition holds, and why, in words a requesting ministry can read. */
public record Evaluation(boolean holds, String because) {
}
