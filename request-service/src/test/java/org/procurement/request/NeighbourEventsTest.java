package org.procurement.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procurement.testing.OutboxSchema;
import org.procurement.testing.ServiceAccountTokenEndpoint;
import org.procurement.testing.contract.EventContract;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.procurement.request.Api.as;
import static org.procurement.testing.DemoUser.OLENA;

/** What request-service tells its neighbours, read from its outbox: written in the same transaction as the change. */
@QuarkusTest
class NeighbourEventsTest {

    @InjectCatalogue
    WireMockServer catalogueServer;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    ObjectMapper json;

    private Scenarios scenarios;

    record Sent(String destination, String method, String path, JsonNode body) {
    }

    @BeforeEach
    void stubs() {
        scenarios = new Scenarios(new CatalogueStubs(catalogueServer));
    }

    @Test
    void submittingAsksApprovalServiceToOpenACaseWithTheFrozenFacts() throws Exception {
        String id = scenarios.submitted(OLENA);
        List<Sent> sent = sentFor(id);
        assertEquals(1, sent.size(), sent.toString());
        Sent openCase = sent.get(0);
        assertEquals("approval", openCase.destination());
        assertEquals("POST /internal/cases", openCase.method() + " " + openCase.path());
        JsonNode body = openCase.body();
        EventContract.assertShape("open-case", body);
        assertEquals(id, body.get("requestId").asText());
        assertEquals(1, body.get("round").asInt());
        assertEquals("UA-MOD", body.get("organisation").asText());
        assertEquals("olena", body.get("submittedBy").asText());
        assertEquals("UA", body.get("destinationCountry").asText());
        assertTrue(body.get("endUserCertificate").get("noReExportUndertaking").asBoolean());
        assertEquals(1, body.get("lines").size());
        assertTrue(body.get("lines").get(0).get("lethal").isBoolean());
        assertEquals(0, body.get("total").decimalValue().compareTo(body.get("lines").get(0).get("lineTotal").decimalValue()));
        assertEquals(body.get("eventId").asText(), eventIdOf(id, 0));
    }

    @Test
    void theCaseIsOpenedWithTheRoundsDocumentsNamedBySha256() throws Exception {
        String id = scenarios.completeDraft(OLENA);
        String sha = DocumentsTest.upload(OLENA, id, "END_USER_CERTIFICATE", "EUC signed.pdf", DocumentsTest.PDF,
                "application/pdf").then().statusCode(201).extract().path("sha256");
        Api.submit(OLENA, id);
        JsonNode body = sentFor(id).get(0).body();
        EventContract.assertShape("open-case", body);
        assertEquals(1, body.get("documents").size());
        assertEquals("END_USER_CERTIFICATE", body.get("documents").get(0).get("kind").asText());
        assertEquals("EUC signed.pdf", body.get("documents").get(0).get("fileName").asText());
        assertEquals(sha, body.get("documents").get(0).get("sha256").asText());
        assertEquals(DocumentsTest.sha256(DocumentsTest.PDF), sha);
    }

    @Test
    void theOutboxTableIsTheOneTheOutboxModuleShips() throws Exception {
        OutboxSchema.assertAsShipped(dataSource);
    }

    @Test
    void theCatalogueIsAskedWithTheServiceAccountNotTheUser() {
        scenarios.submitted(OLENA);
        catalogueServer.verify(getRequestedFor(urlPathEqualTo("/catalog/items"))
                .withHeader("Authorization",
                        equalTo("Bearer " + ServiceAccountTokenEndpoint.lastIssuedTo("request-service"))));
    }

    @Test
    void withdrawingARequestUnderReviewCancelsItsCase() throws Exception {
        String id = scenarios.inReview(OLENA);
        as(OLENA).body("{\"reason\": \"Requirement met by another supplier\"}").post("/requests/" + id + "/withdraw")
                .then().statusCode(200);
        List<Sent> sent = sentFor(id);
        assertEquals(2, sent.size(), sent.toString());
        assertEquals("POST /internal/cases/cancellations", sent.get(1).method() + " " + sent.get(1).path());
        EventContract.assertShape("case-cancellation", sent.get(1).body());
        assertEquals("Requirement met by another supplier", sent.get(1).body().get("reason").asText());
        assertEquals("olena", sent.get(1).body().get("actor").asText());
    }

    @Test
    void approvalReservesTheQuantitiesAndALaterWithdrawalReleasesThem() throws Exception {
        String id = scenarios.decided(OLENA, "APPROVED_WITH_CONDITIONS");
        String reference = as(OLENA).get("/requests/" + id).then().extract().path("reference");
        List<Sent> sent = sentFor(id);
        assertEquals(2, sent.size(), sent.toString());
        Sent reserve = sent.get(1);
        assertEquals("catalog", reserve.destination());
        assertEquals("POST /catalog/reservations", reserve.method() + " " + reserve.path());
        EventContract.assertShape("reservation", reserve.body());
        assertEquals(reference, reserve.body().get("reference").asText());
        assertTrue(reserve.body().get("lines").get(0).get("quantity").asInt() > 0);

        as(OLENA).body("{\"reason\": \"Delivered by another programme\"}").post("/requests/" + id + "/withdraw")
                .then().statusCode(200);
        List<Sent> after = sentFor(id);
        assertEquals(3, after.size(), after.toString());
        assertEquals("DELETE /catalog/reservations/" + reference, after.get(2).method() + " " + after.get(2).path());
    }

    @Test
    void rejectionAndReturnReserveNothing() throws Exception {
        for (String outcome : new String[] {"REJECTED", "RETURNED"}) {
            String id = scenarios.decided(OLENA, outcome);
            assertEquals(List.of("approval"), sentFor(id).stream().map(Sent::destination).toList());
        }
    }

    @Test
    void aRefusedSubmissionSendsNothing() throws Exception {
        String id = Api.createDraft(OLENA, Drafts.titleOnly("Incomplete"));
        as(OLENA).post("/requests/" + id + "/submit").then().statusCode(422);
        assertEquals(List.of(), sentFor(id));
    }

    private List<Sent> sentFor(String requestId) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT destination, method, path, payload FROM outbox_message WHERE aggregate_id = ? ORDER BY seq")) {
            query.setString(1, requestId);
            List<Sent> sent = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String payload = rows.getString(4);
                    sent.add(new Sent(rows.getString(1), rows.getString(2), rows.getString(3),
                            payload == null ? null : json.readTree(payload)));
                }
            }
            return sent;
        }
    }

    private String eventIdOf(String requestId, int index) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT id FROM outbox_message WHERE aggregate_id = ? ORDER BY seq")) {
            query.setString(1, requestId);
            try (ResultSet rows = query.executeQuery()) {
                for (int i = 0; i <= index; i++) {
                    rows.next();
                }
                return rows.getString(1);
            }
        }
    }
}
