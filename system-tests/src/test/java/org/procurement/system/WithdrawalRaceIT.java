package org.procurement.system;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.procurement.system.Api.approvals;
import static org.procurement.system.Api.requests;

/**
 * A ministry withdraws its request at the moment the final authorizer approves it, many times over: exactly one of
 * the two wins, the other is answered 409, and both services end up telling the same story.
 */
class WithdrawalRaceIT {

    private static final int ROUNDS = 10;

    @Test
    void aWithdrawalAndTheFinalDecisionNeverBothWinAndTheServicesAgree() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> outcomes = new ArrayList<>();
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String requestId = Api.createDraft("olena", Api.request("Race " + round + ": body armour", "UA",
                        Map.of(Api.BODY_ARMOUR, 5)));
                Api.submit("olena", requestId);
                Api.awaitStatus("olena", requestId, "IN_REVIEW");
                String caseId = Api.caseOf(requestId, 1);
                String[] last = Api.approveAllButTheFinalDecision(caseId);

                CountDownLatch start = new CountDownLatch(1);
                Future<Response> withdrawal = pool.submit(() -> {
                    start.await();
                    return requests("olena").body(Map.of("reason", "Race " + requestId))
                            .post("/requests/" + requestId + "/withdraw");
                });
                Future<Response> decision = pool.submit(() -> {
                    start.await();
                    return Api.decide(last[1], caseId, last[0], "APPROVE", null, null);
                });
                start.countDown();
                int withdrawn = withdrawal.get().statusCode();
                int decided = decision.get().statusCode();

                String expectedRequest;
                String expectedCase;
                if (withdrawn == 200 && decided == 201) {
                    // The decision was applied before the withdrawal arrived: it withdrew an approved request, which
                    // the lifecycle allows (its reservation is released). One after the other, not both at once.
                    Api.awaitStatus("olena", requestId, "WITHDRAWN");
                    List<String> actions = requests("olena").get("/requests/" + requestId + "/timeline").then()
                            .extract().path("action");
                    assertTrue(actions.indexOf("DECIDED") >= 0 && actions.indexOf("DECIDED") < actions.indexOf("WITHDRAWN"),
                            "withdrawn only after the approval was applied: " + actions);
                    expectedRequest = "WITHDRAWN";
                    expectedCase = "APPROVED";
                } else if (withdrawn == 200) {
                    assertEquals(409, decided, "the decision after a withdrawal: " + decision.get().asString());
                    expectedRequest = "WITHDRAWN";
                    expectedCase = "CANCELLED";
                } else {
                    assertEquals(409, withdrawn, "a withdrawal loses only to a decision: " + withdrawal.get().asString());
                    assertEquals(201, decided, decision.get().asString());
                    assertTrue(withdrawal.get().asString().contains("case-decided"), withdrawal.get().asString());
                    expectedRequest = "APPROVED";
                    expectedCase = "APPROVED";
                }
                Api.awaitStatus("olena", requestId, expectedRequest);
                assertEquals(expectedCase, approvals("audrey").get("/cases/" + caseId).then().statusCode(200)
                        .extract().path("status"));
                // Settled: a few seconds later neither side has changed its mind (no late event undoes it).
                await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> true);
                assertEquals(expectedRequest, Api.status("olena", requestId));
                assertEquals(expectedCase, approvals("audrey").get("/cases/" + caseId).then().extract().path("status"));
                outcomes.add(expectedRequest + "/" + expectedCase);
            }
        } finally {
            pool.shutdownNow();
        }
        Story.say("%d races of withdrawal against the final approval: %d withdrawn (case cancelled), %d approved "
                + "(withdrawal 409), %d approved and applied before the withdrawal arrived (then withdrawn); both "
                + "services agreed every time", ROUNDS, outcomes.stream().filter("WITHDRAWN/CANCELLED"::equals).count(),
                outcomes.stream().filter("APPROVED/APPROVED"::equals).count(),
                outcomes.stream().filter("WITHDRAWN/APPROVED"::equals).count());
    }
}
