package org.procurement.request;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.procurement.support.audit.Ed25519Keys;
import org.procurement.support.audit.SignedCheckpoint;
import org.procurement.testing.DemoUser;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.ServiceAccountTokenEndpoint;
import org.procurement.testing.Tokens;

import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Copies of approval-service's signed audit checkpoints: only genuine ones are kept, each once, and never changed. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceAccountTokenEndpoint.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeCatalogue.class, scope = TestResourceScope.GLOBAL)
class AuditCheckpointCopiesTest {

    private static final String APPROVAL = Tokens.service("approval-service");

    @Test
    void aCheckpointSignedByApprovalServiceIsKeptOnceAndReadBack() {
        SignedCheckpoint checkpoint = SignedCheckpoints.next();

        send(checkpoint).then().statusCode(201)
                .body("seq", equalTo(checkpoint.seq()))
                .body("hash", equalTo(checkpoint.hash()))
                .body("signature", equalTo(checkpoint.signature()));
        send(checkpoint).then().statusCode(200).body("seq", equalTo(checkpoint.seq()));

        for (String reader : List.of(APPROVAL, Tokens.of(DemoUser.AUDREY))) {
            given().auth().oauth2(reader).get("/internal/audit-checkpoints/latest").then().statusCode(200)
                    .body("seq", equalTo(checkpoint.seq()))
                    .body("hash", equalTo(checkpoint.hash()))
                    .body("createdAt", equalTo(checkpoint.createdAt().toString()))
                    .body("keyId", equalTo(checkpoint.keyId()))
                    .body("signature", equalTo(checkpoint.signature()));
        }
    }

    @Test
    void aForgedCheckpointIsRefusedAndNotKept() throws Exception {
        SignedCheckpoint forged = SignedCheckpoints.sign(SignedCheckpoints.next().seq(),
                KeyPairGenerator.getInstance(Ed25519Keys.ALGORITHM).generateKeyPair().getPrivate());
        SignedCheckpoint genuine = SignedCheckpoints.next();
        SignedCheckpoint moved = new SignedCheckpoint(genuine.seq() + 1000, genuine.hash(), genuine.createdAt(),
                genuine.keyId(), genuine.signature());

        for (SignedCheckpoint refused : List.of(forged, moved)) {
            send(refused).then().statusCode(422).contentType("application/problem+json")
                    .body("type", equalTo("https://procurement.example/problems/invalid-signature"))
                    .body("violations.field", hasItem("signature"));
        }
        given().auth().oauth2(APPROVAL).get("/internal/audit-checkpoints/latest").then().statusCode(200)
                .body("seq", org.hamcrest.Matchers.lessThan(moved.seq()));
    }

    @Test
    void anotherCheckpointForAKeptPositionIsRefused() {
        SignedCheckpoint kept = SignedCheckpoints.next();
        send(kept).then().statusCode(201);
        SignedCheckpoint other = SignedCheckpoints.sign(kept.seq(), SignedCheckpoints.APPROVAL_SERVICE);

        send(other).then().statusCode(409).body("type", equalTo("https://procurement.example/problems/checkpoint-conflict"));
    }

    @Test
    void malformedFieldsAreNamed() {
        given().auth().oauth2(APPROVAL).contentType(ContentType.JSON)
                .body("{\"seq\": 0, \"hash\": \"XYZ\", \"createdAt\": \"2026-11-30T10:15:00Z\", \"keyId\": \"k\", "
                        + "\"signature\": \"c2ln\"}")
                .post("/internal/audit-checkpoints").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItems("seq", "hash"));
    }

    @Test
    void onlyApprovalServiceSendsAndOnlyServicesAndAuditorsRead() {
        SignedCheckpoint checkpoint = SignedCheckpoints.next();
        given().contentType(ContentType.JSON).body(SignedCheckpoints.json(checkpoint))
                .post("/internal/audit-checkpoints").then().statusCode(401);
        given().auth().oauth2(Tokens.of(DemoUser.AUDREY)).contentType(ContentType.JSON)
                .body(SignedCheckpoints.json(checkpoint)).post("/internal/audit-checkpoints").then().statusCode(403);
        given().auth().oauth2(Tokens.of(DemoUser.OLENA)).get("/internal/audit-checkpoints/latest").then().statusCode(403);
        given().get("/internal/audit-checkpoints/latest").then().statusCode(401);
    }

    @Test
    void withoutAnyCopyTheLatestIsA404Problem() throws SQLException {
        try (Connection connection = superuser(); Statement statement = connection.createStatement()) {
            long before = count(statement);
            // Moved aside and back (triggers off in this session only), so the other tests keep their copies.
            statement.execute("SET session_replication_role = replica");
            statement.execute("CREATE TEMP TABLE kept AS SELECT * FROM audit_checkpoint_copy");
            statement.execute("DELETE FROM audit_checkpoint_copy");
            try {
                given().auth().oauth2(Tokens.of(DemoUser.AUDREY)).get("/internal/audit-checkpoints/latest").then()
                        .statusCode(404).contentType("application/problem+json");
            } finally {
                statement.execute("INSERT INTO audit_checkpoint_copy SELECT * FROM kept");
            }
            assertEquals(before, count(statement));
        }
    }

    private static long count(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM audit_checkpoint_copy")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void theServicesOwnRoleCannotRewriteTheCopies() throws SQLException {
        send(SignedCheckpoints.next()).then().statusCode(201);
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        try (Connection connection = DriverManager.getConnection(url, PostgresResource.RUNTIME_ROLE, PostgresResource.RUNTIME_ROLE);
             Statement statement = connection.createStatement()) {
            for (String sql : List.of("UPDATE audit_checkpoint_copy SET head_hash = head_hash",
                    "DELETE FROM audit_checkpoint_copy")) {
                SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate(sql), sql);
                assertEquals("42501", refused.getSQLState(), refused.getMessage());
            }
        }
        try (Connection connection = superuser();
             PreparedStatement update = connection.prepareStatement("UPDATE audit_checkpoint_copy SET head_hash = head_hash")) {
            SQLException refused = assertThrows(SQLException.class, update::executeUpdate);
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        }
    }

    private static io.restassured.response.Response send(SignedCheckpoint checkpoint) {
        RequestSpecification spec = given().auth().oauth2(APPROVAL).contentType(ContentType.JSON)
                .body(SignedCheckpoints.json(checkpoint));
        return spec.post("/internal/audit-checkpoints");
    }

    private static Connection superuser() throws SQLException {
        return DriverManager.getConnection(ConfigProvider.getConfig().getValue(PostgresResource.SUPERUSER_URL, String.class));
    }
}
