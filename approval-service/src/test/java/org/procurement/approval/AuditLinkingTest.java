package org.procurement.approval;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.procurement.approval.audit.AuditLinker;
import org.procurement.testing.DemoUser;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.ServiceAccountTokenEndpoint;
import org.procurement.testing.Tokens;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Decisions without the chain lock (docs/performance.md): writers record pending entries and commit without waiting
 * for the chain; one appender at a time links them, in each case's order, once each; only the link function writes
 * the chain.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceAccountTokenEndpoint.class, scope = TestResourceScope.GLOBAL)
class AuditLinkingTest {

    /** AuditTrail.CHAIN_LOCK: "AUDIT" in ASCII. */
    private static final long CHAIN_LOCK = 0x4155444954L;
    private static final int APPROVERS = 8;

    @Inject
    DataSource dataSource;

    @Inject
    AuditLinker linker;

    @Test
    void aDecisionCommitsWhileTheChainIsLockedAndIsLinkedOnceTheLockIsFree() throws Exception {
        UUID caseId = Api.open(Submission.lethalArtilleryTo("UA"));
        try (Connection holder = dataSource.getConnection(); Statement lock = holder.createStatement()) {
            lock.execute("SELECT pg_advisory_lock(" + CHAIN_LOCK + ")");
            try {
                Api.approve(DemoUser.MINJUN, caseId, "technical-review");

                assertEquals("COMPLETED", Api.stageStatus(caseId, "technical-review"), "the decision is committed");
                assertTrue(count("SELECT count(*) FROM audit_pending WHERE case_id = ? AND type = 'DECISION'", caseId) == 1,
                        "the decision's entry waits, recorded");
                assertEquals(0, count("SELECT count(*) FROM audit_entry WHERE case_id = ? AND type = 'DECISION'", caseId));
                given().auth().oauth2(Tokens.of(DemoUser.AUDREY)).when().get("/audit/verify").then().statusCode(200)
                        .body("intact", equalTo(true))
                        .body("warnings", hasItem(containsString("not linked into the chain yet")));
                assertEquals(0, linker.linkIfFree(), "the sweep leaves the chain to whoever holds its lock");
            } finally {
                lock.execute("SELECT pg_advisory_unlock(" + CHAIN_LOCK + ")");
            }
        }
        long waiting = count("SELECT count(*) FROM audit_pending");
        assertTrue(waiting >= 1);
        assertEquals(waiting, linker.linkIfFree(), "the sweep links what the writer could not");
        assertEquals(0, count("SELECT count(*) FROM audit_pending"));
        assertEquals(List.of("DECISION"), types(caseId, "technical-review", "DECISION"));
        given().auth().oauth2(Tokens.of(DemoUser.AUDREY)).when().get("/audit/verify").then().statusCode(200)
                .body("intact", equalTo(true))
                // (service tests have no request-service: its warning stays)
                .body("warnings", everyItem(not(containsString("not linked"))));
    }

    @Test
    void approversOnDifferentCasesAtOnceAreLinkedOnceEachInEachCasesOrder() throws Exception {
        List<UUID> cases = new ArrayList<>();
        for (int i = 0; i < APPROVERS; i++) {
            cases.add(Api.open(Submission.lethalArtilleryTo("UA")));
        }
        long before = count("SELECT count(*) FROM audit_entry");

        allAtOnce(cases, caseId -> Api.decide(DemoUser.MINJUN, caseId, "technical-review", "APPROVE",
                Map.of("comment", "Checked")));
        allAtOnce(cases, caseId -> Api.decide(DemoUser.SEOYEON, caseId, "export-control", "APPROVE",
                Map.of("comment", "Licensable")));

        assertEquals(0, count("SELECT count(*) FROM audit_pending"), "every answered decision is linked");
        long after = count("SELECT count(*) FROM audit_entry");
        assertEquals(after, count("SELECT max(seq) FROM audit_entry"), "the chain is numbered without gaps");
        for (UUID caseId : cases) {
            List<Map<String, Object>> history = Api.caseOf(caseId).getList("history");
            List<Long> seqs = history.stream().map(e -> ((Number) e.get("seq")).longValue()).toList();
            assertEquals(seqs.stream().sorted().toList(), seqs, "history in chain order");
            assertEquals(seqs.size(), new HashSet<>(seqs).size());
            List<String> decided = history.stream().filter(e -> "DECISION".equals(e.get("type")))
                    .map(e -> (String) e.get("stageKey")).toList();
            assertEquals(List.of("technical-review", "export-control"), decided, "each decision once, in order");
            int technicalCompleted = indexOf(history, "STAGE_COMPLETED", "technical-review");
            int exportOpened = indexOf(history, "STAGE_OPENED", "export-control");
            int exportDecided = indexOf(history, "DECISION", "export-control");
            assertTrue(technicalCompleted < exportDecided && exportOpened < exportDecided, history.toString());
        }
        assertTrue(after - before >= 4L * APPROVERS, "decisions and stage changes of every case: " + (after - before));
        given().auth().oauth2(Tokens.of(DemoUser.AUDREY)).when().get("/audit/verify").then().statusCode(200)
                .body("intact", equalTo(true));
    }

    @Test
    void onlyTheLinkFunctionWritesTheChainAndOnlyFromAPendingRow() throws Exception {
        UUID caseId = Api.open(Submission.nonLethalSuppliesTo("UA"));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String sql : List.of(
                    "INSERT INTO audit_entry (seq, id, occurred_at, type, previous_hash, hash)"
                            + " VALUES (999999, gen_random_uuid(), now(), 'DECISION', 'p', 'h')",
                    "UPDATE audit_pending SET comment = 'rewritten'",
                    "DELETE FROM audit_pending",
                    "TRUNCATE audit_pending")) {
                SQLException refused = assertThrows(SQLException.class, () -> s.executeUpdate(sql), sql);
                assertEquals("42501", refused.getSQLState(), sql + ": " + refused.getMessage());
            }
            String head = "(SELECT hash FROM audit_entry ORDER BY seq DESC LIMIT 1)";
            String next = "(SELECT max(seq) + 1 FROM audit_entry)";
            SQLException notNext = assertThrows(SQLException.class, () -> s.executeQuery(
                    "SELECT audit_link(ARRAY[1::bigint], " + next + " + 5, " + head + ", ARRAY['x']::varchar[], 'k1')"));
            assertEquals("23000", notNext.getSQLState(), notNext.getMessage());
            SQLException forked = assertThrows(SQLException.class, () -> s.executeQuery(
                    "SELECT audit_link(ARRAY[1::bigint], " + next + ", repeat('0', 64), ARRAY['x']::varchar[], 'k1')"));
            assertEquals("23000", forked.getSQLState(), forked.getMessage());
            SQLException nothing = assertThrows(SQLException.class, () -> s.executeQuery(
                    "SELECT audit_link(ARRAY[-1::bigint], " + next + ", " + head + ", ARRAY['x']::varchar[], 'k1')"));
            assertEquals("P0002", nothing.getSQLState(), nothing.getMessage());
            SQLException uneven = assertThrows(SQLException.class, () -> s.executeQuery(
                    "SELECT audit_link(ARRAY[1::bigint, 2], " + next + ", " + head + ", ARRAY['x']::varchar[], 'k1')"));
            assertEquals("22023", uneven.getSQLState(), uneven.getMessage());
        }
        assertEquals(List.of("CASE_OPENED"), types(caseId, null, "CASE_OPENED"));
    }

    /** Every case decided at the same moment; each answer shows its own decision already in the chain. */
    private void allAtOnce(List<UUID> cases, Function<UUID, Response> decide) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(cases.size());
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (UUID caseId : cases) {
                Callable<Response> call = () -> {
                    gate.await();
                    return decide.apply(caseId);
                };
                answers.add(pool.submit(call));
            }
            gate.countDown();
            for (Future<Response> answer : answers) {
                Response response = answer.get(60, TimeUnit.SECONDS);
                assertEquals(201, response.statusCode(), response.asString());
                List<Map<String, Object>> history = response.jsonPath().getList("history");
                int decided = response.jsonPath().getList("stages.decisions.flatten()").size();
                long recorded = history.stream().filter(e -> "DECISION".equals(e.get("type"))).count();
                assertTrue(decided > 0);
                assertEquals(decided, recorded, "the answer's history holds every decision, its own included");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static int indexOf(List<Map<String, Object>> history, String type, String stage) {
        for (int i = 0; i < history.size(); i++) {
            if (type.equals(history.get(i).get("type")) && stage.equals(history.get(i).get("stageKey"))) {
                return i;
            }
        }
        throw new AssertionError("no " + type + " of " + stage + " in " + history);
    }

    private List<String> types(UUID caseId, String stage, String type) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT type FROM audit_entry WHERE case_id = ? AND type = ? AND (?::text IS NULL OR stage_key = ?)"
                        + " ORDER BY seq")) {
            s.setObject(1, caseId);
            s.setString(2, type);
            s.setString(3, stage);
            s.setString(4, stage);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(r.getString(1));
                }
            }
        }
        return found;
    }

    private long count(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
