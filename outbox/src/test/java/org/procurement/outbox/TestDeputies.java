package org.procurement.outbox;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.Set;

/** As a service with delegation would answer: yuna acts for minjun as reviewer. */
@ApplicationScoped
class TestDeputies implements Deputies {

    @Override
    public Set<String> of(String role, Collection<String> holders) {
        return role.equals("reviewer") && holders.contains("minjun") ? Set.of("yuna") : Set.of();
    }
}
