package org.procurement.approval.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The audit trail's entries, in chain order. */
@ApplicationScoped
public class AuditEntryRepository implements PanacheRepositoryBase<AuditEntry, Long> {

    /** The highest sequence number written, or 0 for an empty trail. */
    public long lastSeq() {
        Long last = getEntityManager().createQuery("select max(e.seq) from AuditEntry e", Long.class).getSingleResult();
        return last == null ? 0 : last;
    }

    public Optional<AuditEntry> newest() {
        return find("order by seq desc").firstResultOptional();
    }

    public List<AuditEntry> ofCase(UUID caseId) {
        return list("caseId = ?1 order by seq", caseId);
    }

    /** Up to {@code size} entries from sequence number {@code from} on. */
    public List<AuditEntry> fromSeq(long from, int size) {
        return find("seq >= ?1 order by seq", from).page(0, size).list();
    }

    /** Entries with {@code from <= occurredAt < to} and a sequence number after {@code afterSeq}, in chain order. */
    public List<AuditEntry> occurred(Instant from, Instant to, long afterSeq, int size) {
        return find("occurredAt >= ?1 and occurredAt < ?2 and seq > ?3 order by seq", from, to, afterSeq)
                .page(0, size).list();
    }
}
