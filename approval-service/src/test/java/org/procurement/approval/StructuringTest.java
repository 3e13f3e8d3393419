package org.procurement.approval;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.procurement.testing.DemoUser;
import org.procurement.testing.MutableClock;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.ServiceAccountTokenEndpoint;
import org.procurement.testing.Tokens;
import org.procurement.testing.contract.EventContract;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.procurement.approval.RoutingTest.WITHOUT_BOARD;
import static org.procurement.approval.RoutingTest.WITH_BOARD;
import static org.procurement.testing.DemoUser.DAEHO;
import static org.procurement.testing.DemoUser.MINJUN;
import static org.procurement.testing.DemoUser.MINSEO;
import static org.procurement.testing.DemoUser.OLENA;

/**
 * No structuring: a purchase split into several requests of one organisation for the same catalogue items routes
 * like one request, because totalAtLeast compares the aggregated total.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceAccountTokenEndpoint.class, scope = TestResourceScope.GLOBAL)
class StructuringTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Forty trucks at a million each for Poland: not lethal, 40 million USD, well below the board's 100 million. */
    static Submission.Line trucks() {
        return new Submission.Line("KR-LOG-KM250", 40, new BigDecimal("1000000.00"), false, false);
    }

    static Submission request(String organisation, String submitter, Submission.Line... lines) {
        Submission s = new Submission();
        s.destination = "PL";
        s.priority = "ROUTINE";
        s.by(organisation, submitter);
        for (Submission.Line line : lines) {
            s.withLine(line);
        }
        return s;
    }

    @Test
    void threeRequestsForTheSameItemEachBelowTheThresholdSendTheThirdThroughThePolicyBoard() {
        Submission.Line trucks = trucks();
        Submission first = request("UA-MOD", "olena", trucks);
        Submission second = request("UA-MOD", "taras", trucks);
        UUID one = Api.open(first);
        UUID two = Api.open(second);
        UUID three = Api.open(request("UA-MOD", "olena", trucks));

        assertEquals(WITHOUT_BOARD, Api.stageKeys(one));
        assertEquals(WITHOUT_BOARD, Api.stageKeys(two), "80 million together: still below");
        assertEquals(WITH_BOARD, Api.stageKeys(three));
        JsonPath c = Api.caseOf(three);
        assertEquals("applies because the aggregated total 120000000.00 USD (this request and 2 others of UA-MOD for "
                        + "the same items in 90 days) is at least 100000000",
                c.getString("stages.find { it.key == 'policy-board' }.appliesBecause"));
        assertAmount("40000000.00", c.getString("total"));
        assertAmount("120000000.00", c.getString("aggregatedTotal"));
        assertEquals(List.of(first.reference, second.reference), c.getList("countedRequests.reference"));
        assertEquals(List.of(first.requestId.toString(), second.requestId.toString()),
                c.getList("countedRequests.requestId"));
        assertAmount("40000000.00", c.getString("countedRequests[0].value"));
        assertAmount("40000000.00", Api.caseOf(one).getString("aggregatedTotal"));
        assertEquals(List.of(), Api.caseOf(one).getList("countedRequests"));
    }

    @Test
    void requestsOpenedAtTheSameMomentStillCountEachOther() throws Exception {
        Submission.Line trucks = trucks();
        List<Submission> split = List.of(request("UA-MOD", "olena", trucks), request("UA-MOD", "taras", trucks),
                request("UA-MOD", "olena", trucks));
        ExecutorService pool = Executors.newFixedThreadPool(split.size());
        List<UUID> cases = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<UUID>> openings = new ArrayList<>();
            for (Submission s : split) {
                openings.add(pool.submit(() -> {
                    start.await();
                    return Api.open(s);
                }));
            }
            start.countDown();
            for (Future<UUID> opening : openings) {
                cases.add(opening.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        List<Integer> counted = cases.stream().map(c -> Api.caseOf(c).getList("countedRequests").size()).sorted().toList();
        assertEquals(List.of(0, 1, 2), counted, "each opening counts the ones before it");
        assertEquals(1, cases.stream().filter(c -> Api.stageKeys(c).equals(WITH_BOARD)).count(),
                "the last of the three reaches 120 million and the policy board");
    }

    @Test
    void anotherOrganisationsRequestsForTheSameItemDoNotCount() {
        Submission.Line trucks = trucks();
        Api.open(request("PL-MOD", "piotr", trucks));
        Api.open(request("PL-MOD", "piotr", trucks));

        UUID own = Api.open(request("UA-MOD", "olena", trucks));

        assertEquals(WITHOUT_BOARD, Api.stageKeys(own));
        assertEquals(List.of(), Api.caseOf(own).getList("countedRequests"));
    }

    @Test
    void rejectedReturnedAndCancelledRequestsDoNotCount() {
        Submission.Line trucks = trucks();
        UUID rejected = Api.open(request("UA-MOD", "olena", trucks));
        Api.decide(MINJUN, rejected, "technical-review", "REJECT", Map.of("reason", "Not needed")).then().statusCode(201);
        UUID returned = Api.open(request("UA-MOD", "olena", trucks));
        Api.decide(MINJUN, returned, "technical-review", "RETURN_FOR_AMENDMENT", Map.of("reason", "Quantities"))
                .then().statusCode(201);
        Submission withdrawn = request("UA-MOD", "olena", trucks);
        Api.open(withdrawn);
        given().auth().oauth2(Api.REQUEST_SERVICE).contentType(ContentType.JSON)
                .body(EventContract.document("case-cancellation", Map.of("eventId", UUID.randomUUID(),
                        "requestId", withdrawn.requestId, "round", 1, "reason", "Withdrawn", "actor", "olena")))
                .when().post("/internal/cases/cancellations").then().statusCode(200);
        Submission live = request("UA-MOD", "taras", trucks);
        Api.open(live);

        UUID latest = Api.open(request("UA-MOD", "olena", trucks));

        assertEquals(WITHOUT_BOARD, Api.stageKeys(latest), "40 + 40 million: only the live one counts");
        JsonPath c = Api.caseOf(latest);
        assertEquals(List.of(live.reference), c.getList("countedRequests.reference"));
        assertAmount("80000000.00", c.getString("aggregatedTotal"));
    }

    @Test
    void onlyTheLinesForItemsThisRequestAlsoContainsCount() {
        Submission.Line trucks = trucks();
        Submission.Line radars = new Submission.Line("KR-RDR-TPQ74K", 10, new BigDecimal("9000000.00"), false, true);
        Submission mixed = request("UA-MOD", "olena", trucks.again(30), radars);
        Api.open(mixed);

        UUID onlyTrucks = Api.open(request("UA-MOD", "taras", trucks.again(60)));

        assertEquals(WITHOUT_BOARD, Api.stageKeys(onlyTrucks), "60 + 30 million of trucks; the 90 million of radars "
                + "are other items");
        JsonPath c = Api.caseOf(onlyTrucks);
        assertAmount("90000000.00", c.getString("aggregatedTotal"));
        assertAmount("30000000.00", c.getString("countedRequests[0].value"));
    }

    @Test
    void requestsOpenedBeforeTheWindowDoNotCount() {
        Submission.Line trucks = trucks();
        Api.open(request("UA-MOD", "olena", trucks.again(70)));
        clock.advance(Duration.ofDays(91));

        UUID later = Api.open(request("UA-MOD", "olena", trucks.again(70)));

        assertEquals(WITHOUT_BOARD, Api.stageKeys(later));
        assertEquals(List.of(), Api.caseOf(later).getList("countedRequests"));
    }

    @Test
    void theRoutePreviewCountsTheOrganisationsRequestsForTheSameItems() {
        Submission.Line trucks = trucks();
        Submission earlier = request("UA-MOD", "taras", trucks.again(70));
        Api.open(earlier);
        String body = """
                {"priority": "ROUTINE", "destinationCountry": "PL",
                 "lines": [{"itemId": "%s", "quantity": 40, "unitPrice": 1000000, "lethal": false,
                            "majorDefenseEquipment": false}]%s}""";

        preview(OLENA, body.formatted(trucks.itemId(), "")).then().statusCode(200)
                .body("total", equalTo(40000000))
                .body("aggregatedTotal", equalTo(110000000.00f))
                .body("countedRequests.reference", equalTo(List.of(earlier.reference)))
                .body("stages.find { it.key == 'policy-board' }.applies", equalTo(true));
        // Another ministry sees its own requests only, and may not name another's.
        preview(DemoUser.PIOTR, body.formatted(trucks.itemId(), "")).then().statusCode(200)
                .body("countedRequests", equalTo(List.of()))
                .body("stages.find { it.key == 'policy-board' }.applies", equalTo(false));
        preview(DemoUser.PIOTR, body.formatted(trucks.itemId(), ", \"organisation\": \"UA-MOD\"")).then()
                .statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://procurement.example/problems/other-organisation"));
        // An approver previews on behalf of a ministry.
        preview(MINJUN, body.formatted(trucks.itemId(), ", \"organisation\": \"UA-MOD\"")).then().statusCode(200)
                .body("countedRequests.reference", equalTo(List.of(earlier.reference)));
        preview(MINJUN, body.formatted(trucks.itemId(), ", \"organisation\": \"\"")).then().statusCode(400)
                .body("violations.field", hasItem("organisation"));
    }

    @Test
    void theImpactReplaysTheAggregatedTotalTheCaseWasRoutedWith() {
        Submission.Line trucks = trucks();
        Api.open(request("UA-MOD", "olena", trucks.again(60)));
        UUID aggregated = Api.open(request("UA-MOD", "taras", trucks.again(60)));
        assertEquals(WITH_BOARD, Api.stageKeys(aggregated), "60 + 60 million of the same trucks");
        // The board from 150 million instead of 100 (still for lethal equipment bound for a conflict zone).
        Map<String, Object> document = PolicyProposalsTest.currentDocument();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> stages = (List<Map<String, Object>>) document.get("stages");
        stages.replaceAll(stage -> {
            if (!stage.get("key").equals("policy-board")) {
                return stage;
            }
            Map<String, Object> board = new HashMap<>(stage);
            board.put("condition", Map.of("type", "any", "of", List.of(
                    Map.of("type", "all", "of", List.of(Map.of("type", "anyLineLethal"),
                            Map.of("type", "destinationInConflictZone"))),
                    Map.of("type", "totalAtLeast", "amount", 150000000))));
            return board;
        });
        String id = PolicyProposalsTest.proposed(document);
        try {
            given().auth().oauth2(Tokens.of(MINSEO)).when().get("/policies/proposals/" + id + "/impact")
                    .then().statusCode(200)
                    .body("cases.find { it.caseId == '" + aggregated + "' }.removed", equalTo(List.of("policy-board")));
        } finally {
            PolicyProposalsTest.reject(DAEHO, id, "Only a test").then().statusCode(200);
        }
    }

    /** Amounts compared as numbers: JSON numbers come back without their scale. */
    private static void assertAmount(String expected, String actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(actual)), expected + " expected, was " + actual);
    }

    private static Response preview(DemoUser who, String body) {
        return given().auth().oauth2(Tokens.of(who)).contentType(ContentType.JSON).body(body)
                .when().post("/routes/preview");
    }
}
