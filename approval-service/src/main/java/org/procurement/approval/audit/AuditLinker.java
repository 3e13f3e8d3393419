package org.procurement.approval.audit;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The single appender (docs/performance.md, "Decisions without the chain lock"): under the chain lock, links every
 * committed pending entry into the chain in the order it was written. Whoever holds the lock links them all, so the
 * writers of one moment share one link transaction; every replica runs the same code, and the lock admits one.
 */
@ApplicationScoped
public class AuditLinker {

    private static final Logger LOG = Logger.getLogger(AuditLinker.class);
    /** Pending entries read at a time; a backlog is linked batch after batch in one transaction. */
    static final int BATCH = 500;
    /** How long a writer's answer waits for the chain lock before leaving its entries to the sweep. */
    static final String LINK_WAIT = "5s";

    private final AuditTrail trail;
    private final AuditEntryRepository entries;
    private final AuditKeys keys;
    private final EntityManager em;

    public AuditLinker(AuditTrail trail, AuditEntryRepository entries, AuditKeys keys, EntityManager em) {
        this.trail = trail;
        this.entries = entries;
        this.keys = keys;
        this.em = em;
    }

    /** After a commit that wrote entries, on the writer's thread: its answer then shows them numbered. */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) AuditTrail.EntriesWritten written) {
        try {
            linkCommitted();
        } catch (RuntimeException e) {
            // The writer's work is committed and its entries are safe in audit_pending: the sweep links them.
            LOG.warnf("Linking audit entries after a commit failed (the sweep tries again): %s", e.toString());
        }
    }

    /** What a crashed writer committed but never linked; does nothing while another transaction links. */
    @Scheduled(identity = "audit-link", every = "${approval.audit.link-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        linkIfFree();
    }

    /** Links what is committed before a reader that must see all of it (verify, export); failing, only logs. */
    public void linkBeforeReading() {
        try {
            linkCommitted();
        } catch (RuntimeException e) {
            LOG.warnf("Linking audit entries before reading the chain failed: %s", e.toString());
        }
    }

    /** Entries recorded but not linked yet, and the time of the oldest: empty when none wait. */
    @Transactional
    public Optional<Waiting> waiting() {
        Object[] row = em.createQuery("select count(p), min(p.occurredAt) from AuditPending p", Object[].class)
                .getSingleResult();
        long count = (Long) row[0];
        return count == 0 ? Optional.empty() : Optional.of(new Waiting(count, (Instant) row[1]));
    }

    public record Waiting(long entries, Instant oldest) {
    }

    /**
     * Links every committed pending entry, waiting for the chain lock if another transaction holds it, at most
     * {@link #LINK_WAIT}; then it fails, and the entries wait for the sweep.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int linkCommitted() {
        // A linker holds the lock for milliseconds; one that holds it longer is stuck, and an answer waits no longer.
        em.createNativeQuery("SELECT set_config('lock_timeout', :wait, true)").setParameter("wait", LINK_WAIT)
                .getSingleResult();
        trail.lockChain();
        return linkUnderLock();
    }

    /** As {@link #linkCommitted()}, unless another transaction holds the chain lock (it is linking them). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int linkIfFree() {
        return trail.tryLockChain() ? linkUnderLock() : 0;
    }

    /** Links every committed pending entry; the caller's transaction holds the chain lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int linkUnderLock() {
        Optional<AuditEntry> head = entries.newest();
        long seq = head.map(AuditEntry::seq).orElse(0L);
        String previous = head.map(AuditEntry::hash).orElse(AuditHash.GENESIS);
        int linked = 0;
        List<AuditPending> batch;
        do {
            batch = em.createQuery("from AuditPending p order by p.id", AuditPending.class)
                    .setMaxResults(BATCH).getResultList();
            if (batch.isEmpty()) {
                break;
            }
            ChainKey key = keys.current();
            long first = seq + 1;
            String linkedTo = previous;
            Long[] pending = new Long[batch.size()];
            String[] hashes = new String[batch.size()];
            for (int i = 0; i < batch.size(); i++) {
                AuditPending p = batch.get(i);
                AuditEntry entry = new AuditEntry(++seq, p.entryId(), p.occurredAt(), p.event(), p.token(), previous, key);
                pending[i] = p.id();
                hashes[i] = entry.hash();
                previous = entry.hash();
                em.detach(p);
            }
            link(pending, first, linkedTo, hashes, key == null ? null : key.id());
            linked += batch.size();
        } while (batch.size() == BATCH);
        return linked;
    }

    /** One call of audit_link (V34) for the whole batch: content from the pending rows, numbers and hashes from here. */
    private void link(Long[] pending, long firstSeq, String previousHash, String[] hashes, String keyId) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement call = connection.prepareStatement("SELECT audit_link(?, ?, ?, ?, ?)")) {
                call.setArray(1, connection.createArrayOf("bigint", pending));
                call.setLong(2, firstSeq);
                call.setString(3, previousHash);
                call.setArray(4, connection.createArrayOf("varchar", hashes));
                call.setString(5, keyId);
                call.executeQuery().close();
            }
        });
    }
}
