package org.procurement.approval.domain;

import java.util.Set;

/**
 * One capacity a person decides in: their own roles, or one role delegated to them by {@code onBehalfOf}. The
 * {@code people} are everyone whose authority a decision in this capacity uses (the person, and the delegator).
 */
public record Authority(Set<String> roles, Set<String> people, String onBehalfOf) {

    public Authority {
        roles = Set.copyOf(roles);
        people = Set.copyOf(people);
    }
}
