package org.procurement.approval;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.procurement.testing.DemoUser;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.ServiceAccountTokenEndpoint;
import org.procurement.testing.Tokens;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceAccountTokenEndpoint.class, scope = TestResourceScope.GLOBAL)
class ConcurrentDecisionsTest {

    static final int PARALLEL = 12;

    @TestHTTPResource("/")
    URI base;

    @Inject
    DataSource dataSource;

    @Test
    void manyParallelApprovalsOfAQuorumTwoStageRecordExactlyTwo() throws Exception {
        UUID caseId = Api.open(Submission.lethalArtilleryTo("UA"));
        Api.approve(DemoUser.MINJUN, caseId, "technical-review");
        Api.approve(DemoUser.SEOYEON, caseId, "export-control");
        List<String> boardMembers = IntStream.range(0, PARALLEL)
                .mapToObj(i -> Api.userToken("board-" + i + "-" + caseId, "KR-NSC", "policy-board")).toList();

        List<Integer> statuses = decideAllAtOnce(caseId, "policy-board", boardMembers);

        assertEquals(2, Collections.frequency(statuses, 201), "statuses " + statuses);
        assertEquals(PARALLEL - 2, Collections.frequency(statuses, 409), "statuses " + statuses);
        JsonPath c = Api.caseOf(caseId);
        assertEquals(2, c.getList("stages.find { it.key == 'policy-board' }.decisions").size());
        assertEquals("COMPLETED", c.getString("stages.find { it.key == 'policy-board' }.status"));
        assertEquals("OPEN", c.getString("stages.find { it.key == 'final-authorization' }.status"));
        assertEquals(1, count(c, "STAGE_COMPLETED", "policy-board"));
        assertEquals(1, count(c, "STAGE_OPENED", "final-authorization"));
    }

    @Test
    void onePersonRacingThemselvesIsRecordedOnce() throws Exception {
        UUID caseId = Api.open(Submission.lethalArtilleryTo("UA"));
        String minjun = Tokens.of(DemoUser.MINJUN);

        List<Integer> statuses = decideAllAtOnce(caseId, "technical-review", Collections.nCopies(PARALLEL, minjun));

        assertEquals(1, Collections.frequency(statuses, 201), "statuses " + statuses);
        assertEquals(1, Api.caseOf(caseId).getList("stages.find { it.key == 'technical-review' }.decisions").size());
    }

    @Test
    void manyParallelFinalAuthorizationsCloseTheCaseOnce() throws Exception {
        Submission submission = Submission.nonLethalSuppliesTo("UA");
        UUID caseId = Api.open(submission);
        Api.approve(DemoUser.MINJUN, caseId, "technical-review");
        Api.approve(DemoUser.SEOYEON, caseId, "export-control");
        List<String> authorizers = IntStream.range(0, PARALLEL)
                .mapToObj(i -> Api.userToken("authorizer-" + i + "-" + caseId, "KR-MND", "authorizer")).toList();

        List<Integer> statuses = decideAllAtOnce(caseId, "final-authorization", authorizers);

        assertEquals(1, Collections.frequency(statuses, 201), "statuses " + statuses);
        JsonPath c = Api.caseOf(caseId);
        assertEquals("APPROVED", c.getString("status"));
        assertEquals(1, count(c, "CASE_CLOSED", null));
        assertEquals(1, Outboxes.forRequest(dataSource, submission.requestId).stream()
                .filter(m -> m.type().equals("CASE_CLOSED")).count());
        given().auth().oauth2(Tokens.of(DemoUser.AUDREY)).when().get("/audit/verify").then().statusCode(200)
                .body("intact", org.hamcrest.Matchers.equalTo(true));
    }

    /** Everyone approves at the same moment (a latch opens the gate); returns the HTTP statuses. */
    private List<Integer> decideAllAtOnce(UUID caseId, String stage, List<String> tokens) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        URI uri = base.resolve("/cases/" + caseId + "/stages/" + stage + "/decisions");
        CountDownLatch gate = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(tokens.size());
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String token : tokens) {
                answers.add(pool.submit(() -> {
                    gate.await();
                    HttpRequest request = HttpRequest.newBuilder(uri)
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"outcome\": \"APPROVE\"}")).build();
                    return client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
                }));
            }
            gate.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long count(JsonPath c, String type, String stage) {
        List<Map<String, Object>> history = c.getList("history");
        assertTrue(!history.isEmpty());
        return history.stream().filter(e -> type.equals(e.get("type")))
                .filter(e -> stage == null || stage.equals(e.get("stageKey"))).count();
    }
}
