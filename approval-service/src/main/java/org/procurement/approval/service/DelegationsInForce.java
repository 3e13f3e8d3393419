package org.procurement.approval.service;

import jakarta.enterprise.context.RequestScoped;
import org.procurement.approval.domain.Delegation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The delegations a person holds now, read once per HTTP request: deciding asks three times (may they decide at
 * all, under whose authority, which cases may they read afterwards) and the inbox twice.
 */
@RequestScoped
public class DelegationsInForce {

    private final Map<String, List<Delegation>> byPerson = new HashMap<>();

    List<Delegation> of(String person, Supplier<List<Delegation>> read) {
        return byPerson.computeIfAbsent(person, p -> read.get());
    }

    /** After giving or ending one, within the same request, read afresh. */
    void forget() {
        byPerson.clear();
    }
}
