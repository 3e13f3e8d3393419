package org.procurement.approval.domain;

import java.util.Set;

/** A person acting on a case: name, organisation and roles, as the verified token says. */
public record Actor(String username, String organisation, Set<String> roles) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean holds(String role) {
        return roles.contains(role);
    }
}
