package org.procurement.approval.audit;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import org.procurement.support.security.Caller;
import org.procurement.support.security.TokenEvidence;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Records what happened for the audit chain. A writer only records the event (audit_pending) in its own transaction,
 * without any shared lock; {@link AuditLinker} numbers and links it into the chain after the commit, so the chain
 * stays one line however many requests or replicas write at once.
 */
@ApplicationScoped
public class AuditTrail {

    /** Key of the advisory lock guarding the chain head ("AUDIT" in ASCII); audit_link (V33) takes the same. */
    static final long CHAIN_LOCK = 0x4155444954L;
    /** Marks a transaction that has already asked for its entries to be linked after its commit. */
    private static final String LINK_ASKED = AuditTrail.class.getName() + ".linkAsked";

    /** Fired once per transaction that records an event; observed after its commit. */
    public record EntriesWritten() {
    }

    private final AuditEntryRepository entries;
    private final EntityManager em;
    private final Clock clock;
    private final Instance<Caller> caller;
    private final TransactionSynchronizationRegistry transaction;
    private final Event<EntriesWritten> written;

    public AuditTrail(AuditEntryRepository entries, EntityManager em, Clock clock, Instance<Caller> caller,
                      TransactionSynchronizationRegistry transaction, Event<EntriesWritten> written) {
        this.entries = entries;
        this.em = em;
        this.clock = clock;
        this.caller = caller;
        this.transaction = transaction;
        this.written = written;
    }

    /** The token of the API call being served, if any (timers and start-up have none). */
    private TokenEvidence currentToken() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        return caller.get().tokenEvidence().orElse(null);
    }

    /** Takes the chain lock for the rest of the transaction: only the appender and checkpoints need it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockChain() {
        em.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(:key)").setParameter("key", CHAIN_LOCK).getSingleResult();
    }

    /** Takes the chain lock for the rest of the transaction if nobody holds it; false if somebody does. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tryLockChain() {
        return (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(:key)").setParameter("key", CHAIN_LOCK)
                .getSingleResult();
    }

    /** Records the event in the caller's transaction; it joins the chain right after that transaction commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(AuditEvent event) {
        em.persist(new AuditPending(clock.instant(), event, currentToken()));
        if (transaction.getResource(LINK_ASKED) == null) {
            transaction.putResource(LINK_ASKED, Boolean.TRUE);
            written.fire(new EntriesWritten());
        }
    }

    /** The newest linked entry; under {@link #lockChain()} nobody links after it until the transaction ends. */
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
