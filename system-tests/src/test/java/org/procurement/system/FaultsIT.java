package org.procurement.system;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.procurement.stack.ServiceSpec;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.procurement.system.Api.requests;

/** A peer that is down delays the flow but never loses it, and never blocks the user's own action. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

    private static String requestId;
    private static int armourBefore;

    @Test
    @Order(1)
    void submittingWhileApprovalServiceIsDownSucceedsAndTheCaseOpensWhenItReturns() throws Exception {
        Suite suite = Suite.get();
        armourBefore = Api.available(Api.BODY_ARMOUR);
        suite.stop(ServiceSpec.APPROVAL);
        try {
            requestId = Api.createDraft("olena", Api.request("Body armour for territorial defence", "UA",
                    Map.of(Api.BODY_ARMOUR, 500)));
            Api.submit("olena", requestId);
            Story.say("olena submits body armour while approval-service is down: accepted");
            Thread.sleep(3000);
            assertEquals("SUBMITTED", Api.status("olena", requestId));
            Story.say("three seconds later the request still waits in SUBMITTED");
        } finally {
            suite.start(ServiceSpec.APPROVAL);
        }
        Api.awaitStatus("olena", requestId, "IN_REVIEW");
        Story.say("approval-service is back; the case opened without anyone retrying: IN_REVIEW");
    }

    @Test
    @Order(2)
    void anOutcomeDecidedWhileRequestServiceIsDeadArrivesExactlyOnceAfterRestart() {
        Suite suite = Suite.get();
        String caseId = Api.caseOf(requestId, 1);
        Api.approve("minjun", caseId, "technical-review");
        Api.approve("seoyeon", caseId, "export-control");
        suite.kill(ServiceSpec.REQUEST);
        try {
            Api.approve("daeho", caseId, "final-authorization");
            Story.say("daeho approved while request-service was dead; approval-service keeps the outcome in its outbox");
        } finally {
            suite.start(ServiceSpec.REQUEST);
        }
        Api.awaitStatus("olena", requestId, "APPROVED");
        List<String> actions = requests("olena").get("/requests/" + requestId + "/timeline").then().extract().path("action");
        assertEquals(List.of("CREATED", "SUBMITTED", "CASE_OPENED", "STAGES_OPENED", "DECIDED"), actions);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .until(() -> Api.available(Api.BODY_ARMOUR) == armourBefore - 500);
        Story.say("after restart the outcome arrived once (timeline %s) and 500 sets were reserved once", actions);
    }

    @Test
    @Order(3)
    void withdrawingAnApprovedRequestReleasesItsReservation() {
        requests("olena").body(Map.of("reason", "Delivered by another programme")).post("/requests/" + requestId + "/withdraw")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .until(() -> Api.available(Api.BODY_ARMOUR) == armourBefore);
        Story.say("olena withdraws the approved request; the 500 sets are available again");
    }
}
