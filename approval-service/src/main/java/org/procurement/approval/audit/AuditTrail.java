package org.procurement.approval.audit;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.procurement.support.security.Caller;
import org.procurement.support.security.TokenEvidence;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Appends to the audit chain. Appends are serialised by a transaction-scoped advisory lock, so each entry links to
 * the one committed before it and the chain never forks, however many requests or replicas append at once.
 */
@ApplicationScoped
public class AuditTrail {

    /** Key of the advisory lock guarding the chain head ("AUDIT" in ASCII). */
    static final long CHAIN_LOCK = 0x4155444954L;

    private final AuditEntryRepository entries;
    private final EntityManager em;
    private final Clock clock;
    private final Instance<Caller> caller;
    private final AuditKeys keys;

    public AuditTrail(AuditEntryRepository entries, EntityManager em, Clock clock, Instance<Caller> caller,
                      AuditKeys keys) {
        this.entries = entries;
        this.em = em;
        this.clock = clock;
        this.caller = caller;
        this.keys = keys;
    }

    /** The token of the API call being served, if any (timers and start-up have none). */
    private TokenEvidence currentToken() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        return caller.get().tokenEvidence().orElse(null);
    }

    /**
     * Takes the chain lock for the rest of the transaction. Writers that also lock rows without waiting
     * (the SLA timer) call this first, so that nobody ever holds a row lock while waiting for the chain.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockChain() {
        em.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(:key)").setParameter("key", CHAIN_LOCK).getSingleResult();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry append(AuditEvent event) {
        lockChain();
        Optional<AuditEntry> head = head();
        AuditEntry entry = new AuditEntry(head.map(h -> h.seq() + 1).orElse(1L), clock.instant(), event, currentToken(),
                head.map(AuditEntry::hash).orElse(AuditHash.GENESIS), keys.current());
        entries.persist(entry);
        // Written now, so that the next append in this transaction finds it as the head.
        em.flush();
        return entry;
    }

    /** The newest entry; under {@link #lockChain()} nobody appends after it until the transaction ends. */
    public Optional<AuditEntry> head() {
        return entries.newest();
    }

    public List<AuditEntry> ofCase(UUID caseId) {
        return entries.ofCase(caseId);
    }

    /** Entries with {@code from <= occurredAt < to} and a sequence number after {@code afterSeq}, in chain order. */
    @Transactional
    public List<AuditEntry> page(Instant from, Instant to, long afterSeq, int size) {
        return entries.occurred(from, to, afterSeq, size);
    }
}
