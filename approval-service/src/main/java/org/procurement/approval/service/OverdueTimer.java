package org.procurement.approval.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Runs the SLA check on a timer; every replica runs it, and the check itself keeps them from flagging twice. */
@ApplicationScoped
public class OverdueTimer {

    private final OverdueStages overdueStages;

    public OverdueTimer(OverdueStages overdueStages) {
        this.overdueStages = overdueStages;
    }

    @Scheduled(identity = "overdue-stages", every = "${approval.sla.check-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        overdueStages.flag();
    }
}
