package org.procurement.approval.audit;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Signs checkpoints on a timer ({@code approval.audit.checkpoint-interval}); every replica runs it, safely. */
@ApplicationScoped
public class CheckpointTimer {

    private final Checkpoints checkpoints;

    public CheckpointTimer(Checkpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    @Scheduled(identity = "audit-checkpoint", every = "${approval.audit.checkpoint-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sign() {
        checkpoints.signIfMoved();
    }
}
