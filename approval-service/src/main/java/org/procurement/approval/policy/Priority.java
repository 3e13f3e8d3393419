package org.procurement.approval.policy;

/** How urgently the requesting government needs an answer; due times depend on it. */
public enum Priority {
    ROUTINE, URGENT, EMERGENCY
}
