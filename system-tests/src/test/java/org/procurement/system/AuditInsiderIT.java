package org.procurement.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.procurement.stack.Database;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.procurement.system.Api.approvals;
import static org.procurement.system.Api.requests;

/**
 * The insider issue 15 is about: someone with PostgreSQL superuser rights on approval-service's database, but without
 * the audit keys, rewrites a rejection into an approval and recomputes the links as plain SHA-256, then removes the
 * tail of the chain. The keyed chain names the rewritten entry; the signed checkpoint copy kept by request-service
 * shows the removed tail. Runs after the other system tests (it breaks the chain; it puts it back at the end).
 */
@Order(Integer.MAX_VALUE - 1)
class AuditInsiderIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aRewrittenDecisionIsNamedAndARemovedTailIsReportedAgainstRequestServicesCheckpoint() throws SQLException {
        String requestId = Api.createDraft("olena", Api.request("Audit insider: howitzers for the south", "UA",
                Map.of(Api.K9A1, 2)));
        Api.submit("olena", requestId);
        String caseId = Api.caseOf(requestId, 1);
        Api.decide("minjun", caseId, "technical-review", "REJECT", null, "Calibre does not match the brigade's stocks")
                .then().statusCode(201);
        Api.awaitStatus("olena", requestId, "REJECTED");
        long decision = ((Number) Sql.rows(Database.APPROVAL, "SELECT seq FROM audit_entry WHERE case_id = ?::uuid "
                + "AND type = 'DECISION'", caseId).get(0).get("seq")).longValue();
        Story.say("minjun rejected case %s (audit entry %d); the request is REJECTED", caseId, decision);

        // The head as request-service's newest copy signed it (whatever else the suite still appends first).
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                awaitCheckpointCopy(0).get("seq") instanceof Number seq
                        && seq.longValue() == Sql.number(Database.APPROVAL, "SELECT max(seq) FROM audit_entry"));
        Map<String, Object> copy = awaitCheckpointCopy(0);
        long head = ((Number) copy.get("seq")).longValue();
        assertTrue(head >= decision, "the checkpoint covers the decision");
        JsonPath before = verify();
        assertTrue(before.getBoolean("intact"), before.prettify());
        assertEquals("request-service", before.getString("checkpoint.source"));
        assertTrue(before.getBoolean("checkpoint.signatureValid"));
        Story.say("request-service holds a signed checkpoint of the head (entry %d, %s); verify: intact, %d of %d "
                        + "entries keyed", head, copy.get("createdAt"), before.getLong("keyedEntries"),
                before.getLong("entriesChecked"));

        // Everything the intruder will touch, to put back afterwards: from the decision or the last three, whichever is first.
        long firstTouched = Math.min(decision, head - 2);
        List<Map<String, Object>> original = rows("SELECT * FROM audit_entry WHERE seq >= ? ORDER BY seq", firstTouched);
        try {
            rewriteAsApproval(decision);
            Story.say("as the PostgreSQL superuser: triggers off, entry %d REJECT -> APPROVE, plain SHA-256 links "
                    + "recomputed for it and the %d entries after it", decision, head - decision);
            JsonPath rewritten = verify();
            assertFalse(rewritten.getBoolean("intact"), rewritten.prettify());
            assertEquals(decision, rewritten.getLong("firstBrokenLink.seq"), rewritten.prettify());
            assertEquals("DECISION", rewritten.getString("firstBrokenLink.type"));
            assertEquals("its content no longer matches its hash", rewritten.getString("firstBrokenLink.problem"));
            Story.say("verify names entry %d: %s", decision, rewritten.getString("firstBrokenLink.problem"));

            execute("DELETE FROM audit_entry WHERE seq > ?", head - 3);
            JsonPath shortened = verify();
            assertFalse(shortened.getBoolean("intact"), shortened.prettify());
            assertEquals("request-service", shortened.getString("checkpoint.source"));
            assertEquals(head, shortened.getLong("checkpoint.seq"));
            assertTrue(shortened.getBoolean("checkpoint.signatureValid"));
            assertEquals("entries " + (head - 2) + ".." + head + " signed by the checkpoint of " + copy.get("createdAt")
                    + " are missing: the chain ends at " + (head - 3), shortened.getString("checkpoint.problem"));
            Story.say("after deleting the last three entries, verify reports: %s", shortened.getString("checkpoint.problem"));
        } finally {
            execute("DELETE FROM audit_entry WHERE seq >= ?", firstTouched);
            for (Map<String, Object> row : original) {
                String columns = String.join(", ", row.keySet());
                String marks = String.join(", ", row.keySet().stream().map(c -> "?").toList());
                execute("INSERT INTO audit_entry (" + columns + ") VALUES (" + marks + ")", row.values().toArray());
            }
        }
        JsonPath restored = verify();
        assertTrue(restored.getBoolean("intact"), "the chain as it was verifies again: " + restored.prettify());
        Story.say("entries put back as they were: the chain verifies intact again");
    }

    /**
     * request-service's newest checkpoint copy once it covers {@code seq} (approval-service signs every 2 s in the
     * system tests, and the outbox delivers it).
     */
    static Map<String, Object> awaitCheckpointCopy(long seq) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            var response = requests("audrey").get("/internal/audit-checkpoints/latest");
            return response.statusCode() == 200 && ((Number) response.path("seq")).longValue() >= seq;
        });
        return requests("audrey").get("/internal/audit-checkpoints/latest").then().statusCode(200).extract().path("");
    }

    private static JsonPath verify() {
        return approvals("audrey").get("/audit/verify").then().statusCode(200).extract().jsonPath();
    }

    /** The decision says APPROVE now, and it and every later entry get plain SHA-256 links (the intruder has no key). */
    private static void rewriteAsApproval(long decision) throws SQLException {
        execute("UPDATE audit_entry SET outcome = 'APPROVE' WHERE seq = ?", decision);
        String previous = null;
        for (Map<String, Object> row : rows("SELECT * FROM audit_entry WHERE seq >= ? ORDER BY seq", decision)) {
            if (previous != null) {
                row.put("previous_hash", previous);
            }
            previous = plainHash(row);
            execute("UPDATE audit_entry SET previous_hash = ?, hash = ? WHERE seq = ?", row.get("previous_hash"), previous,
                    row.get("seq"));
        }
    }

    /** SHA-256 of the entry's canonical JSON, as approval-service's AuditHash lays it out. */
    private static String plainHash(Map<String, Object> row) {
        ObjectNode node = JSON.createObjectNode();
        node.put("seq", ((Number) row.get("seq")).longValue());
        node.put("id", row.get("id").toString());
        node.put("occurredAt", ((OffsetDateTime) row.get("occurred_at")).toInstant().toString());
        node.put("type", (String) row.get("type"));
        node.put("caseId", row.get("case_id") == null ? null : row.get("case_id").toString());
        for (String[] column : new String[][] {{"reference", "reference"}, {"stageKey", "stage_key"},
                {"actor", "actor"}, {"onBehalfOf", "on_behalf_of"}, {"role", "role"}, {"outcome", "outcome"},
                {"comment", "comment"}}) {
            // onBehalfOf is part of the content only when there is one (an act done as someone's delegate).
            if (!column[0].equals("onBehalfOf") || row.get(column[1]) != null) {
                node.put(column[0], (String) row.get(column[1]));
            }
        }
        node.put("policyVersion", (Integer) row.get("policy_version"));
        if (row.get("token_id") != null || row.get("token_sha256") != null || row.get("auth_time") != null) {
            node.put("tokenId", (String) row.get("token_id"));
            node.put("tokenSha256", (String) row.get("token_sha256"));
            node.put("authTime", row.get("auth_time") == null ? null
                    : ((OffsetDateTime) row.get("auth_time")).toInstant().toString());
        }
        if (row.get("key_id") != null) {
            node.put("keyId", (String) row.get("key_id"));
        }
        node.put("previousHash", (String) row.get("previous_hash"));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(JSON.writeValueAsString(node).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** As the superuser, with the append-only triggers off for this session only. */
    private static void execute(String sql, Object... parameters) throws SQLException {
        try (Connection connection = superuser(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static List<Map<String, Object>> rows(String sql, Object... parameters) throws SQLException {
        try (Connection connection = superuser(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= result.getMetaData().getColumnCount(); c++) {
                        Object value = result.getObject(c);
                        if (value instanceof java.sql.Timestamp) {
                            value = result.getObject(c, OffsetDateTime.class);
                        }
                        row.put(result.getMetaData().getColumnLabel(c), value);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    private static Connection superuser() throws SQLException {
        Connection connection = Suite.get().connectAsSuperuser(Database.APPROVAL);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET session_replication_role = replica");
        }
        return connection;
    }
}
