package org.procurement.approval.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.procurement.approval.config.ApprovalConfig;
import org.procurement.approval.domain.Actor;
import org.procurement.approval.domain.ApprovalCase;
import org.procurement.approval.domain.CaseStatus;
import org.procurement.approval.policy.Aggregation;
import org.procurement.approval.policy.ItemLine;
import org.procurement.approval.policy.PriorLine;
import org.procurement.support.problem.ProblemException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Finds what an organisation already asked for: the lines of its other live cases (only each request's latest round)
 * opened within the aggregation window, for the items a new request contains. The arithmetic is {@link Aggregation}'s.
 */
@ApplicationScoped
public class Aggregations {

    /** Stands for "no request to leave out" (a preview), so that the query needs no null parameter. */
    private static final UUID NO_REQUEST = new UUID(0, 0);
    private static final List<String> LIVE = Arrays.stream(CaseStatus.values()).filter(CaseStatus::isLive)
            .map(Enum::name).toList();

    private final ApprovalConfig config;
    private final EntityManager em;
    private final Clock clock;

    public Aggregations(ApprovalConfig config, EntityManager em, Clock clock) {
        this.config = config;
        this.em = em;
        this.clock = clock;
    }

    public Duration window() {
        return config.aggregation().window();
    }

    /**
     * Openings for one organisation run one after the other, so that requests submitted at the same moment each
     * count the ones opened before them instead of none of them.
     */
    public void lockOrganisation(String organisation) {
        em.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(2, hashtext(:organisation))")
                .setParameter("organisation", organisation).getSingleResult();
    }

    /**
     * The aggregated value of a request of {@code organisation} with this total and these lines; {@code requestId}
     * (null for a preview) is left out, so that a request's other rounds never count towards it. Without an
     * organisation (a preview by someone who has none), the total alone.
     */
    public Aggregation of(String organisation, UUID requestId, BigDecimal total, List<ItemLine> lines) {
        if (organisation == null) {
            return Aggregation.alone(total);
        }
        Set<UUID> items = lines.stream().map(ItemLine::itemId).filter(Objects::nonNull).collect(Collectors.toSet());
        if (items.isEmpty()) {
            return Aggregation.of(total, items, organisation, window(), List.of());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT c.request_id, c.reference, l.item_id, l.value
                        FROM case_line l JOIN approval_case c ON c.id = l.case_id
                        WHERE l.organisation = :organisation AND l.item_id IN (:items) AND l.opened_at >= :since
                          AND c.status IN (:live) AND c.request_id <> :request
                          AND NOT EXISTS (SELECT 1 FROM approval_case later
                                          WHERE later.request_id = c.request_id AND later.round > c.round)
                        ORDER BY c.opened_at, c.id, l.position""")
                .setParameter("organisation", organisation)
                .setParameter("items", items)
                .setParameter("since", clock.instant().minus(window()))
                .setParameter("live", LIVE)
                .setParameter("request", requestId == null ? NO_REQUEST : requestId)
                .getResultList();
        List<PriorLine> prior = rows.stream().map(r -> new PriorLine((UUID) r[0], (String) r[1], (UUID) r[2],
                (BigDecimal) r[3])).toList();
        return Aggregation.of(total, items, organisation, window(), prior);
    }

    /** Keeps an opened case's lines, so that later requests of its organisation can count them. */
    public void record(ApprovalCase opened, List<ItemLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            ItemLine line = lines.get(i);
            if (line.itemId() == null || line.value() == null) {
                continue;
            }
            em.createNativeQuery("INSERT INTO case_line (case_id, position, organisation, item_id, value, opened_at) "
                            + "VALUES (:case, :position, :organisation, :item, :value, :openedAt)")
                    .setParameter("case", opened.id())
                    .setParameter("position", i)
                    .setParameter("organisation", opened.organisation())
                    .setParameter("item", line.itemId())
                    .setParameter("value", line.value())
                    .setParameter("openedAt", opened.openedAt())
                    .executeUpdate();
        }
    }

    /**
     * Whose requests a route preview counts: the caller's own organisation, or the one named. A requesting ministry
     * may name only its own (other ministries' requests are not theirs to see); roles that see every case may name
     * any. Null when there is none: the total alone.
     */
    public String previewOrganisation(Actor caller, String named) {
        if (named == null) {
            return caller.organisation();
        }
        if (named.equals(caller.organisation()) || CaseService.seesAllCases(caller)) {
            return named;
        }
        throw new ProblemException(403, "other-organisation", "Other organisation",
                "You may preview with the requests of your own organisation"
                        + (caller.organisation() == null ? "" : " (" + caller.organisation() + ")")
                        + " only; leave out organisation or name your own.");
    }
}
