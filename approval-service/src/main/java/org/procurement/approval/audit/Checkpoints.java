package org.procurement.approval.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.procurement.approval.outbox.CheckpointEvents;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Signs a checkpoint of the chain's head when the chain has grown since the last one, keeps it and sends it to
 * request-service, all in one transaction. The chain lock makes replicas take turns: the second finds the head
 * already signed and does nothing (and the primary key on seq would refuse a second one anyway).
 */
@ApplicationScoped
public class Checkpoints {

    private static final Logger LOG = Logger.getLogger(Checkpoints.class);

    private final AuditCheckpointRepository checkpoints;
    private final AuditTrail audit;
    private final AuditLinker linker;
    private final AuditKeys keys;
    private final CheckpointEvents events;
    private final Clock clock;

    public Checkpoints(AuditCheckpointRepository checkpoints, AuditTrail audit, AuditLinker linker, AuditKeys keys, CheckpointEvents events,
                       Clock clock) {
        this.checkpoints = checkpoints;
        this.audit = audit;
        this.linker = linker;
        this.keys = keys;
        this.events = events;
        this.clock = clock;
    }

    /** The new checkpoint, or empty when the head has not moved since the last one (or there is no entry yet). */
    @Transactional
    public Optional<AuditCheckpoint> signIfMoved() {
        audit.lockChain();
        // what is committed is signed: pending entries are linked first, under the same lock
        linker.linkUnderLock();
        Optional<AuditEntry> head = audit.head();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Optional<AuditCheckpoint> last = checkpoints.newest();
        if (last.isPresent() && last.get().seq() >= head.get().seq()) {
            if (last.get().seq() > head.get().seq()) {
                // Never sign a shorter chain: that would bless whatever removed its tail.
                LOG.errorf("The audit chain ends at entry %d but checkpoint %d was signed over more: entries have "
                        + "been removed (GET /audit/verify names them); no new checkpoint is signed",
                        head.get().seq(), last.get().seq());
            }
            return Optional.empty();
        }
        AuditCheckpoint checkpoint = new AuditCheckpoint(keys.sign(head.get().seq(), head.get().hash(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        checkpoints.persist(checkpoint);
        events.signed(checkpoint.signed());
        return Optional.of(checkpoint);
    }
}
