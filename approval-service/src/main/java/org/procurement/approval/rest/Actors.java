package org.procurement.approval.rest;

import org.procurement.approval.domain.Actor;
import org.procurement.support.security.Caller;

/** The caller as the domain sees them. */
final class Actors {

    private Actors() {
    }

    static Actor of(Caller caller) {
        return new Actor(caller.username(), caller.organisation().orElse(null), caller.roles());
    }

    /** Deciding needs a known organisation: without one, the requesting-organisation rule could not be checked. */
    static Actor deciding(Caller caller) {
        return new Actor(caller.username(), caller.requireOrganisation(), caller.roles());
    }
}
