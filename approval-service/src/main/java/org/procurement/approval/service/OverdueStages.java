package org.procurement.approval.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.procurement.approval.audit.AuditEvent;
import org.procurement.approval.audit.AuditTrail;
import org.procurement.approval.domain.ApprovalCase;
import org.procurement.approval.domain.CaseEvent;
import org.procurement.approval.outbox.OfficialNotices;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The SLA check: flags open stages past their due time, once each, and exposes how many are overdue. Safe with
 * several replicas: stages are claimed with FOR UPDATE SKIP LOCKED and only those still unflagged are flagged.
 */
@ApplicationScoped
@Startup
public class OverdueStages {

    static final int BATCH = 500;

    private final AuditTrail audit;
    private final OfficialNotices notices;
    private final EntityManager em;
    private final Clock clock;
    private final AtomicLong overdueNow = new AtomicLong();
    private final Counter flagged;

    public OverdueStages(AuditTrail audit, OfficialNotices notices, EntityManager em, Clock clock,
                         MeterRegistry registry) {
        this.audit = audit;
        this.notices = notices;
        this.em = em;
        this.clock = clock;
        Gauge.builder("procurement.stages.overdue", overdueNow, AtomicLong::get)
                .description("Open stages past their due time (as of the last SLA check)").register(registry);
        this.flagged = Counter.builder("procurement.stages.flagged.overdue")
                .description("Stages flagged overdue by the SLA check").register(registry);
    }

    /** Flags what is overdue now; returns how many stages this call flagged. */
    @Transactional
    public int flag() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("""
                        SELECT s.id, s.case_id, s.stage_key, s.role, s.due_at
                        FROM case_stage s
                        WHERE s.status = 'OPEN' AND NOT s.overdue AND s.due_at < :now
                        ORDER BY s.due_at
                        LIMIT :batch
                        FOR UPDATE SKIP LOCKED""")
                .setParameter("now", now).setParameter("batch", BATCH).getResultList();
        for (Object[] row : due) {
            UUID stageId = (UUID) row[0];
            em.createNativeQuery("UPDATE case_stage SET overdue = true WHERE id = :id").setParameter("id", stageId)
                    .executeUpdate();
            ApprovalCase owner = em.find(ApprovalCase.class, row[1]);
            CaseEvent event = ApprovalCase.overdueEvent((String) row[2], (String) row[3], instant(row[4]));
            audit.append(AuditEvent.of(owner, event));
            owner.stages().stream().filter(stage -> stage.id().equals(stageId)).findFirst()
                    .ifPresent(stage -> notices.stageOverdue(owner, stage));
        }
        flagged.increment(due.size());
        overdueNow.set(((Number) em.createNativeQuery(
                "SELECT count(*) FROM case_stage WHERE status = 'OPEN' AND overdue").getSingleResult()).longValue());
        return due.size();
    }

    long overdueNow() {
        return overdueNow.get();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
