package org.procurement.catalog.domain;

/** Where a change that lowers control stands. */
public enum ItemChangeStatus {
    PENDING, CONFIRMED, WITHDRAWN, EXPIRED
}
