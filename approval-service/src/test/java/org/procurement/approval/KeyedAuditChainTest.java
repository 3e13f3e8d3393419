package org.procurement.approval;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.procurement.approval.audit.AuditCheckpoint;
import org.procurement.approval.audit.Checkpoints;
import org.procurement.support.audit.Ed25519Keys;
import org.procurement.support.audit.SignedCheckpoint;
import org.procurement.testing.DemoUser;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.ServiceAccountTokenEndpoint;
import org.procurement.testing.Tokens;
import org.procurement.testing.contract.EventContract;

import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.procurement.testing.DemoUser.MINJUN;

/**
 * The keyed chain and its signed checkpoints against an insider with superuser rights but without the keys: a
 * rewritten decision is named, a removed tail is reported against the checkpoint that signed it, a forged checkpoint
 * does not verify. request-service does not run here, so verification falls back to the local checkpoint and says so.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceAccountTokenEndpoint.class, scope = TestResourceScope.GLOBAL)
class KeyedAuditChainTest {

    @Inject
    Checkpoints checkpoints;

    @Test
    void newEntriesAreHashedWithTheKeyNotPlainSha256AndVerify() throws SQLException {
        UUID caseId = rejected();

        List<Map<String, Object>> rows = Intruder.rows("SELECT * FROM audit_entry WHERE case_id = ? ORDER BY seq", caseId);
        for (Map<String, Object> row : rows) {
            assertEquals("k1", row.get("key_id"));
            assertNotEquals(Intruder.plainHash(row), row.get("hash"), "a keyed link is not the plain SHA-256");
        }
        JsonPath report = verify();
        assertEquals(true, report.getBoolean("intact"), report.prettify());
        assertEquals(report.getLong("entriesChecked"), report.getLong("keyedEntries"), "every entry here is keyed");
        assertTrue(report.getList("warnings", String.class).stream()
                .anyMatch(w -> w.startsWith("request-service could not be reached")), report.prettify());
    }

    @Test
    void aCheckpointIsSignedWhenTheChainHasGrownAndIsSentToRequestService() throws Exception {
        rejected();
        long head = head();

        AuditCheckpoint signed = checkpoints.signIfMoved().orElseThrow();

        assertEquals(head, signed.seq());
        assertTrue(checkpoints.signIfMoved().isEmpty(), "nothing new: no second checkpoint of the same head");
        SignedCheckpoint checkpoint = signed.signed();
        assertTrue(checkpoint.verifiesWith(Ed25519Keys.publicKey(ConfigProvider.getConfig()
                .getValue("approval.audit.verify-key", String.class), "approval.audit.verify-key")));
        Map<String, Object> message = Intruder.rows("SELECT destination, method, path, payload::text AS payload "
                + "FROM outbox_message WHERE aggregate_id = 'audit-checkpoints' AND payload::json->>'seq' = ?",
                Long.toString(head)).get(0);
        assertEquals("request", message.get("destination"));
        assertEquals("POST /internal/audit-checkpoints", message.get("method") + " " + message.get("path"));
        EventContract.assertShape("audit-checkpoint", new ObjectMapper().readTree((String) message.get("payload")));
        JsonPath payload = JsonPath.from((String) message.get("payload"));
        assertEquals(checkpoint.hash(), payload.getString("hash"));
        assertEquals(checkpoint.signature(), payload.getString("signature"));
        assertEquals(checkpoint.createdAt(), Instant.parse(payload.getString("createdAt")));

        rejected();
        assertTrue(checkpoints.signIfMoved().orElseThrow().seq() > head, "the head moved: a new checkpoint");
        JsonPath report = verify();
        assertEquals(true, report.getBoolean("intact"), report.prettify());
        assertEquals("local", report.getString("checkpoint.source"));
        assertEquals(head(), report.getLong("checkpoint.seq"));
        assertEquals(true, report.getBoolean("checkpoint.signatureValid"));
    }

    @Test
    void aDecisionRewrittenWithAPlainSha256LinkIsNamed() throws SQLException {
        UUID caseId = rejected();
        checkpoints.signIfMoved();
        Map<String, Object> decision = Intruder.rows(
                "SELECT seq, hash FROM audit_entry WHERE case_id = ? AND type = 'DECISION'", caseId).get(0);
        long seq = ((Number) decision.get("seq")).longValue();
        try {
            Intruder.rewriteOutcome(seq, "APPROVE");

            given().auth().oauth2(Tokens.of(DemoUser.AUDREY)).when().get("/audit/verify").then().statusCode(200)
                    .body("intact", equalTo(false))
                    .body("firstBrokenLink.seq", equalTo((int) seq))
                    .body("firstBrokenLink.type", equalTo("DECISION"))
                    .body("firstBrokenLink.problem", equalTo("its content no longer matches its hash"));
        } finally {
            Intruder.execute("UPDATE audit_entry SET outcome = 'REJECT', hash = ? WHERE seq = ?", decision.get("hash"), seq);
        }
        assertEquals(true, verify().getBoolean("intact"));
    }

    @Test
    void aRemovedTailIsReportedAgainstTheCheckpointThatSignedIt() throws SQLException {
        rejected();
        AuditCheckpoint signed = checkpoints.signIfMoved().orElseThrow();
        long end = signed.seq();
        List<Map<String, Object>> tail = Intruder.rows("SELECT * FROM audit_entry WHERE seq > ? ORDER BY seq", end - 3);
        assertEquals(3, tail.size());
        try {
            Intruder.execute("DELETE FROM audit_entry WHERE seq > ?", end - 3);

            given().auth().oauth2(Tokens.of(DemoUser.AUDREY)).when().get("/audit/verify").then().statusCode(200)
                    .body("intact", equalTo(false))
                    .body("firstBrokenLink", nullValue())
                    .body("entriesChecked", equalTo((int) end - 3))
                    .body("checkpoint.source", equalTo("local"))
                    .body("checkpoint.seq", equalTo((int) end))
                    .body("checkpoint.signatureValid", equalTo(true))
                    .body("checkpoint.problem", equalTo("entries " + (end - 2) + ".." + end + " signed by the checkpoint of "
                            + signed.signed().createdAt() + " are missing: the chain ends at " + (end - 3)))
                    .body("warnings", hasItem(startsWith("request-service could not be reached")));
        } finally {
            Intruder.insert("audit_entry", tail);
        }
        assertEquals(true, verify().getBoolean("intact"));
    }

    @Test
    void aCheckpointNotSignedByThisServiceIsRefused() throws SQLException {
        rejected();
        long head = head();
        String hash = (String) Intruder.rows("SELECT hash FROM audit_entry WHERE seq = ?", head).get(0).get("hash");
        String forged = Base64.getEncoder().encodeToString(new byte[64]);
        Intruder.execute("INSERT INTO audit_checkpoint (seq, head_hash, created_at, key_id, signature) VALUES (?, ?, ?, ?, ?)",
                head, hash, OffsetDateTime.now(ZoneOffset.UTC), "ed25519:0000000000000000", forged);
        try {
            given().auth().oauth2(Tokens.of(DemoUser.AUDREY)).when().get("/audit/verify").then().statusCode(200)
                    .body("intact", equalTo(false))
                    .body("checkpoint.seq", equalTo((int) head))
                    .body("checkpoint.signatureValid", equalTo(false))
                    .body("checkpoint.problem", containsString("does not verify with this service's key"));
        } finally {
            Intruder.execute("DELETE FROM audit_checkpoint WHERE seq = ?", head);
        }
    }

    /** A new case rejected at its first stage: opening, stage and decision entries, all written under tokens. */
    private static UUID rejected() {
        UUID caseId = Api.open(Submission.lethalArtilleryTo("UA"));
        Api.decide(MINJUN, caseId, "technical-review", "REJECT", Map.of("reason", "Wrong calibre for the brigade"))
                .then().statusCode(201);
        return caseId;
    }

    private static long head() throws SQLException {
        return ((Number) Intruder.rows("SELECT max(seq) AS seq FROM audit_entry").get(0).get("seq")).longValue();
    }

    private static JsonPath verify() {
        return given().auth().oauth2(Tokens.of(DemoUser.AUDREY)).when().get("/audit/verify").then().statusCode(200)
                .extract().jsonPath();
    }
}
