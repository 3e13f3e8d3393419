package org.procurement.request.domain;

/** How urgently the requesting ministry needs the equipment. */
public enum Priority {
    ROUTINE,
    URGENT,
    EMERGENCY
}
