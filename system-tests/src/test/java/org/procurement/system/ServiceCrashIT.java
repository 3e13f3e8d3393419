package org.procurement.system;

import org.junit.jupiter.api.Test;
import org.procurement.stack.ServiceSpec;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Services die mid-load (SIGKILL: no shutdown, nothing flushed) while requests are being submitted and decided:
 * first approval-service, while request-service keeps accepting submissions; then request-service, while approvers
 * keep closing cases. After each restart the peers' outboxes catch up: nothing acknowledged is lost, nothing is
 * applied twice (one case per submission, each timeline action once, one reservation per approval).
 */
class ServiceCrashIT {

    @Test
    void killedServicesCatchUpAfterRestartWithNothingLostAndNothingTwice() {
        Suite suite = Suite.get();
        int kitsBefore = Api.available(Ledger.FIRST_AID_KIT);
        Ledger ledger = new Ledger("Crash load", 25);
        Load load = new Load("crash", 5, (l, client) -> {
            switch (client) {
                case 0 -> ledger.createAndSubmit(l, "olena");
                case 1 -> ledger.createAndSubmit(l, "taras");
                case 2 -> ledger.decide(l, "minjun", "technical-review");
                case 3 -> ledger.decide(l, "seoyeon", "export-control");
                default -> ledger.decide(l, "daeho", "final-authorization");
            }
        });
        try (load) {
            load.awaitCount("decide final-authorization", "1-before", Load::success, 2, Duration.ofSeconds(90));

            load.phase("2-approval-dead");
            load.expectRefusals(true);
            ledger.maxBacklog(ledger.backlog() + 10);   // room for submissions while nobody can decide
            suite.kill(ServiceSpec.APPROVAL);
            try {
                load.awaitCount("submit", "2-approval-dead", Load::success, 4, Duration.ofSeconds(60));
                Story.say("request-service acknowledged %d submissions while approval-service was dead",
                        load.count("submit", "2-approval-dead", Load::success));
            } finally {
                suite.start(ServiceSpec.APPROVAL);
            }
            load.phase("3-approval-back");
            ledger.maxBacklog(25);
            load.awaitCount("decide final-authorization", "3-approval-back", Load::success, 1, Duration.ofSeconds(90));
            load.phase("4-request-dead");
            suite.kill(ServiceSpec.REQUEST);
            try {
                load.awaitCount("decide final-authorization", "4-request-dead", Load::success, 2, Duration.ofSeconds(90));
                Story.say("approval-service closed %d cases while request-service was dead",
                        load.count("decide final-authorization", "4-request-dead", Load::success));
            } finally {
                suite.start(ServiceSpec.REQUEST);
            }
            load.phase("5-after");
            load.awaitCount("submit", "5-after", Load::success, 2, Duration.ofSeconds(60));
            load.expectRefusals(false);
            load.awaitCount("decide final-authorization", "5-after", Load::success, 1, Duration.ofSeconds(90));
        }
        assertEquals(List.of(), load.crashes(), "client errors");
        assertEquals(List.of(), load.unacceptable(), "every answer a success, a problem document, or no answer from a dead service");
        String submissions = ledger.reconcile(Duration.ofSeconds(120));
        String outcomes = ledger.reconcileOutcomes(Duration.ofSeconds(120));
        int approved = (int) Sql.number(org.procurement.stack.Database.APPROVAL,
                "SELECT count(*) FROM approval_case WHERE title LIKE ? AND status = 'APPROVED'", ledger.tag + " #%");
        assertEquals(kitsBefore - approved, Api.available(Ledger.FIRST_AID_KIT), "the catalogue counted each approval once");
        ledger.withdrawTheRest("taras");
        Story.say("SIGKILL of approval-service, then of request-service, under load: %s; %s; first-aid kits %d -> %d "
                + "(load: %s)", submissions, outcomes, kitsBefore, kitsBefore - approved, load.summary());
    }
}
