package org.procurement.approval.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.List;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;

/** Delegations, ended or not. */
@ApplicationScoped
public class DelegationRepository implements PanacheRepositoryBase<Delegation, UUID> {

    /** Delegations a person received that are in force now, in one organisation, oldest first. */
    public List<Delegation> activeFor(String delegate, String organisation, Instant now) {
        return list("delegate = ?1 and organisation = ?2 and endedAt is null and validFrom <= ?3 and validUntil > ?3 "
                + "order by validFrom, id", delegate, organisation, now);
    }

    /** Delegates acting now in {@code role} for any of these delegators. */
    public Set<String> actingFor(String role, Collection<String> delegators, Instant now) {
        if (delegators.isEmpty()) {
            return Set.of();
        }
        return find("role = ?1 and delegator in ?2 and endedAt is null and validFrom <= ?3 and validUntil > ?3",
                role, delegators, now).stream().map(Delegation::delegate).collect(Collectors.toSet());
    }

    /** A delegator's delegations of one role not yet over: the ones a new period must not overlap. */
    public List<Delegation> notOverOf(String delegator, String role, Instant now) {
        return list("delegator = ?1 and role = ?2 and endedAt is null and validUntil > ?3", delegator, role, now);
    }

    /** Given or received by a person (everyone's when null), newest first. */
    public PanacheQuery<Delegation> newestFirst(String person) {
        return person == null ? find("order by createdAt desc, id")
                : find("delegator = ?1 or delegate = ?1 order by createdAt desc, id", person);
    }

    public Optional<Delegation> findForUpdate(UUID id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }
}
