package org.procurement.approval.domain;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A person acting on a case: name, organisation and roles, as the verified token says. Acting as someone's delegate,
 * the actor also names that person ({@code onBehalfOf}) and the delegation; the rules of the case then apply to both.
 */
public record Actor(String username, String organisation, Set<String> roles, String onBehalfOf, UUID delegationId) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public Actor(String username, String organisation, Set<String> roles) {
        this(username, organisation, roles, null, null);
    }

    public boolean holds(String role) {
        return roles.contains(role);
    }

    /** This person using a delegation they received: they hold its role, for the delegator. */
    public Actor actingFor(Delegation delegation) {
        Set<String> withRole = new HashSet<>(roles);
        withRole.add(delegation.role());
        return new Actor(username, organisation, withRole, delegation.delegator(), delegation.id());
    }

    /** This person with more roles to read with (roles received by delegation), acting for nobody. */
    public Actor withReadingRoles(Set<String> more) {
        Set<String> all = new HashSet<>(roles);
        all.addAll(more);
        return new Actor(username, organisation, all, onBehalfOf, delegationId);
    }

    /** Everyone whose authority this act uses: the actor, and the delegator they act for. */
    public Set<String> people() {
        Set<String> people = new LinkedHashSet<>();
        people.add(username);
        if (onBehalfOf != null) {
            people.add(onBehalfOf);
        }
        return people;
    }

    /** "yuna on behalf of minjun", or just the name. */
    public String describe() {
        return onBehalfOf == null ? username : username + " on behalf of " + onBehalfOf;
    }
}
