package org.procurement.catalog.domain;

/** An item is offered while ACTIVE; a WITHDRAWN item stays readable for history but can no longer be requested. */
public enum ItemStatus {
    ACTIVE,
    WITHDRAWN
}
