package org.procurement.approval;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.procurement.testing.DemoUser.DAEHO;
import static org.procurement.testing.DemoUser.HANA;
import static org.procurement.testing.DemoUser.JIHO;
import static org.procurement.testing.DemoUser.MINJUN;
import static org.procurement.testing.DemoUser.SEOYEON;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceAccountTokenEndpoint.class, scope = TestResourceScope.GLOBAL)
class AuditTrailTest {

    /** Every event of a case that goes through all four default stages, in the order they happen. */
    static final List<String> FULL_STORY = List.of(
            "CASE_OPENED/", "STAGE_OPENED/technical-review", "STAGE_OPENED/export-control",
            "DECISION/technical-review", "STAGE_COMPLETED/technical-review",
            "DECISION/export-control", "STAGE_COMPLETED/export-control", "STAGE_OPENED/policy-board",
            "DECISION/policy-board", "DECISION/policy-board", "STAGE_COMPLETED/policy-board",
            "STAGE_OPENED/final-authorization", "DECISION/final-authorization",
            "STAGE_COMPLETED/final-authorization", "CASE_CLOSED/");

    @Inject
    DataSource dataSource;

    @Test
    void theJsonLinesExportContainsEveryEventOfACaseInOrder() {
        UUID caseId = approvedThroughEveryStage();

        List<JsonPath> lines = Arrays.stream(export("jsonl").split("\n")).map(JsonPath::from).toList();
        List<JsonPath> ofCase = lines.stream().filter(l -> caseId.toString().equals(l.getString("caseId"))).toList();

        assertEquals(FULL_STORY, ofCase.stream().map(l -> l.getString("type") + "/" + nullToEmpty(l.getString("stageKey"))).toList());
        assertEquals(List.of("olena", "minjun", "seoyeon", "jiho", "hana", "daeho", "daeho"), actorsOfDecisionsAndEnds(ofCase));
        assertEquals("APPROVED_WITH_CONDITIONS", ofCase.get(ofCase.size() - 1).getString("outcome"));
        assertTrue(ofCase.stream().allMatch(l -> l.getInt("policyVersion") >= 1));
        for (int i = 1; i < lines.size(); i++) {
            assertTrue(lines.get(i - 1).getLong("seq") < lines.get(i).getLong("seq"));
            // Neighbours in the chain link by hash (other tests' advanced clocks may date some entries out of range).
            if (lines.get(i - 1).getLong("seq") + 1 == lines.get(i).getLong("seq")) {
                assertEquals(lines.get(i - 1).getString("hash"), lines.get(i).getString("previousHash"));
            }
        }
    }

    @Test
    void eachDecisionNamesTheTokenItWasMadeWithButNeverHoldsIt() throws Exception {
        UUID caseId = Api.open(Submission.lethalArtilleryTo("UA"));
        String token = Tokens.of(MINJUN);
        Api.decide(token, caseId, "technical-review", "APPROVE", Map.of("comment", "Checked")).then().statusCode(201);
        String jti = io.restassured.path.json.JsonPath.from(new String(java.util.Base64.getUrlDecoder()
                .decode(token.split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8)).getString("jti");
        String sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        String jsonl = export("jsonl");
        JsonPath decision = Arrays.stream(jsonl.split("\n")).map(JsonPath::from)
                .filter(l -> caseId.toString().equals(l.getString("caseId")) && "DECISION".equals(l.getString("type")))
                .findFirst().orElseThrow();
        assertEquals(jti, decision.getString("tokenId"));
        assertEquals(sha256, decision.getString("tokenSha256"));
        assertTrue(java.time.Instant.parse(decision.getString("authTime")).isBefore(java.time.Instant.now()));
        String csv = export("csv");
        assertTrue(csv.startsWith(String.join(",", "seq", "id", "occurredAt", "type", "caseId", "reference", "stageKey",
                "actor", "role", "outcome", "comment", "policyVersion", "previousHash", "hash", "tokenId", "tokenSha256",
                "authTime")), csv.substring(0, 200));
        assertTrue(csv.contains(sha256));
        assertFalse(jsonl.contains(token) || csv.contains(token), "the raw token is never exported");
        assertFalse(jsonl.contains(token.split("\\.")[2]), "not even its signature");
        given().auth().oauth2(Tokens.of(DemoUser.AUDREY)).when().get("/audit/verify").then().statusCode(200)
                .body("intact", equalTo(true));
    }

    @Test
    void theCsvExportContainsEveryEventOfACaseInOrder() {
        UUID caseId = approvedThroughEveryStage();

        List<List<String>> rows = Csv.parse(export("csv"));

        assertEquals(List.of("seq", "id", "occurredAt", "type", "caseId", "reference", "stageKey", "actor", "role",
                "outcome", "comment", "policyVersion", "previousHash", "hash", "tokenId", "tokenSha256", "authTime", "keyId",
                "onBehalfOf"), rows.get(0));
        List<List<String>> ofCase = rows.stream().skip(1).filter(r -> r.get(4).equals(caseId.toString())).toList();
        assertEquals(FULL_STORY, ofCase.stream().map(r -> r.get(3) + "/" + r.get(6)).toList());
        assertTrue(ofCase.get(0).get(10).contains("technical-review, export-control"), "comment with commas survives quoting");
        long previous = 0;
        for (List<String> row : rows.subList(1, rows.size())) {
            assertTrue(Long.parseLong(row.get(0)) > previous);
            previous = Long.parseLong(row.get(0));
        }
    }

    @Test
    void theExportIsLimitedToTheDateRange() {
        approvedThroughEveryStage();

        given().auth().oauth2(Tokens.of(DemoUser.AUDREY))
                .queryParam("from", "2000-01-01").queryParam("to", "2000-01-02T00:00:00Z")
                .queryParam("format", "jsonl")
                .when().get("/audit/export").then().statusCode(200).body(equalTo(""));
    }

    @Test
    void theChainVerifiesWhenNobodyTamperedWithIt() {
        approvedThroughEveryStage();

        given().auth().oauth2(Tokens.of(DemoUser.AUDREY)).when().get("/audit/verify").then().statusCode(200)
                .body("intact", equalTo(true))
                .body("firstBrokenLink", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void alteringOneAuditRowMakesVerifyNameThatRow() throws SQLException {
        UUID caseId = approvedThroughEveryStage();
        Map<String, Object> decision = Api.caseOf(caseId).getMap("history.find { it.type == 'DECISION' && it.stageKey == 'export-control' }");
        long seq = ((Number) decision.get("seq")).longValue();
        String original = (String) decision.get("comment");
        try {
            tamper(seq, "Approved without reading it");

            given().auth().oauth2(Tokens.of(DemoUser.AUDREY)).when().get("/audit/verify").then().statusCode(200)
                    .body("intact", equalTo(false))
                    .body("firstBrokenLink.seq", equalTo((int) seq))
                    .body("firstBrokenLink.type", equalTo("DECISION"))
                    .body("firstBrokenLink.problem", containsString("content no longer matches its hash"));
        } finally {
            tamper(seq, original);
        }
        given().auth().oauth2(Tokens.of(DemoUser.AUDREY)).when().get("/audit/verify").then().statusCode(200)
                .body("intact", equalTo(true));
    }

    @Test
    void theServicesOwnDatabaseRoleCanOnlyAppendToTheRecord() throws SQLException {
        approvedThroughEveryStage();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : List.of("audit_entry", "decision", "policy")) {
                for (String sql : List.of("UPDATE " + table + " SET " + (table.equals("policy") ? "name" : "role")
                                + " = 'rewritten'", "DELETE FROM " + table, "TRUNCATE " + table + " CASCADE")) {
                    SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate(sql), sql);
                    assertEquals("42501", refused.getSQLState(), sql + ": " + refused.getMessage());
                }
                SQLException alter = assertThrows(SQLException.class,
                        () -> statement.execute("ALTER TABLE " + table + " DISABLE TRIGGER ALL"));
                assertTrue(alter.getMessage().contains("must be owner"), alter.getMessage());
            }
            try (var owned = statement.executeQuery(
                    "SELECT count(*) FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = current_user")) {
                owned.next();
                assertEquals(0, owned.getLong(1), "the service's role owns no table, index or sequence");
            }
        }
    }

    @Test
    void evenTheOwnerIsRefusedUpdatesByTheAppendOnlyTrigger() throws SQLException {
        approvedThroughEveryStage();
        try (Connection connection = superuser(); Statement statement = connection.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("UPDATE audit_entry SET comment = 'rewritten' WHERE seq = 1"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("DELETE FROM audit_entry WHERE seq = 1"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
        }
    }

    private static Connection superuser() throws SQLException {
        return java.sql.DriverManager.getConnection(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue(org.procurement.testing.PostgresResource.SUPERUSER_URL, String.class));
    }

    @Test
    void exportParametersAreCheckedAndNamed() {
        String audrey = Tokens.of(DemoUser.AUDREY);
        given().auth().oauth2(audrey).queryParam("format", "xml").when().get("/audit/export").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("format"));
        given().auth().oauth2(audrey).queryParam("from", "yesterday").when().get("/audit/export").then().statusCode(400)
                .body("violations[0].field", equalTo("from"));
        given().auth().oauth2(audrey).queryParam("from", "2026-12-01").queryParam("to", "2026-11-01")
                .when().get("/audit/export").then().statusCode(400).body("violations[0].field", equalTo("to"));
    }

    @Test
    void onlyAuditorsExportAndVerify() {
        given().auth().oauth2(Tokens.of(DemoUser.MINJUN)).when().get("/audit/export").then().statusCode(403);
        given().auth().oauth2(Tokens.of(DemoUser.DAEHO)).when().get("/audit/verify").then().statusCode(403);
    }

    /** The intruder: a superuser connection (the service's own role could not do this, see the test above). */
    private void tamper(long seq, String comment) throws SQLException {
        try (Connection connection = superuser()) {
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                // Only this session skips triggers: what an intruder with superuser rights could do.
                statement.execute("SET session_replication_role = replica");
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE audit_entry SET comment = ? WHERE seq = ?")) {
                update.setString(1, comment);
                update.setLong(2, seq);
                assertEquals(1, update.executeUpdate());
            } finally {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET session_replication_role = origin");
                }
            }
        }
    }

    private static String export(String format) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return given().auth().oauth2(Tokens.of(DemoUser.AUDREY))
                .queryParam("from", today.minusDays(1).toString()).queryParam("to", today.plusDays(1).toString())
                .queryParam("format", format)
                .when().get("/audit/export").then().statusCode(200)
                .contentType(containsString(format.equals("csv") ? "text/csv" : "application/jsonl"))
                .extract().asString();
    }

    static UUID approvedThroughEveryStage() {
        UUID caseId = Api.open(Submission.lethalArtilleryTo("UA"));
        Api.approve(MINJUN, caseId, "technical-review");
        Api.approve(SEOYEON, caseId, "export-control");
        Api.approve(JIHO, caseId, "policy-board");
        Api.approve(HANA, caseId, "policy-board");
        Api.decide(DAEHO, caseId, "final-authorization", "APPROVE_WITH_CONDITIONS",
                Map.of("conditions", "End-use monitoring visit within 6 months")).then().statusCode(201);
        return caseId;
    }

    private static List<String> actorsOfDecisionsAndEnds(List<JsonPath> ofCase) {
        List<String> actors = new ArrayList<>();
        for (JsonPath line : ofCase) {
            String type = line.getString("type");
            if (type.equals("CASE_OPENED") || type.equals("DECISION") || type.equals("CASE_CLOSED")) {
                actors.add(line.getString("actor"));
            }
        }
        return actors;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
