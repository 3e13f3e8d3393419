package org.procurement.system;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.procurement.system.Api.approvals;

/**
 * Delegation with real Keycloak logins: minjun (reviewer, KR-DAPA) goes on leave and hands his role to yuna, a
 * colleague with no deciding role of her own; she decides his stage of a real case on his behalf, the case and its
 * audit history name both, and when minjun ends the delegation she is back to having nothing to decide.
 */
class DelegationIT {

    @Test
    void yunaDecidesForMinjunWhileHeIsAwayAndTheRecordNamesBoth() {
        approvals("yuna").get("/tasks").then().statusCode(403);

        String delegation = approvals("minjun").body(Map.of("delegate", "yuna", "role", "reviewer",
                        "until", Instant.now().plus(Duration.ofHours(2)).toString(),
                        "reason", "Leave; yuna covers technical review"))
                .post("/delegations").then().statusCode(201)
                .body("active", equalTo(true)).extract().path("id");
        Story.say("minjun delegates reviewer to yuna for two hours (delegation %s)", delegation);

        String requestId = Api.createDraft("olena", Api.request("Delegation: body armour for the reserve", "UA",
                Map.of(Api.BODY_ARMOUR, 40)));
        Api.submit("olena", requestId);
        Api.awaitStatus("olena", requestId, "IN_REVIEW");
        String caseId = Api.caseOf(requestId, 1);

        String reference = approvals("audrey").get("/cases/" + caseId).then().extract().path("reference");
        approvals("yuna").queryParam("reference", reference).get("/tasks").then().statusCode(200)
                .body("items.find { it.caseId == '" + caseId + "' }.stageKey", equalTo("technical-review"))
                .body("items.find { it.caseId == '" + caseId + "' }.onBehalfOf", equalTo("minjun"));
        Api.decide("yuna", caseId, "technical-review", "APPROVE", null, null).then().statusCode(201)
                .body("stages.find { it.key == 'technical-review' }.decisions[0].actor", equalTo("yuna"))
                .body("stages.find { it.key == 'technical-review' }.decisions[0].onBehalfOf", equalTo("minjun"));
        Story.say("yuna approves technical-review of %s on behalf of minjun", caseId);

        approvals("audrey").get("/cases/" + caseId).then().statusCode(200)
                .body("history.find { it.type == 'DECISION' }.actor", equalTo("yuna"))
                .body("history.find { it.type == 'DECISION' }.onBehalfOf", equalTo("minjun"));
        approvals("audrey").get("/delegations/" + delegation).then().statusCode(200)
                .body("delegator", equalTo("minjun")).body("delegate", equalTo("yuna"));

        approvals("minjun").delete("/delegations/" + delegation).then().statusCode(200)
                .body("endedBy", equalTo("minjun")).body("active", equalTo(false));
        approvals("yuna").get("/tasks").then().statusCode(403);
        approvals("yuna").get("/delegations").then().statusCode(200)
                .body("items.id", hasItem(delegation))
                .body("items.findAll { it.active }.id", not(hasItem(delegation)));
        Story.say("minjun ends the delegation; yuna has nothing to decide again");
    }
}
