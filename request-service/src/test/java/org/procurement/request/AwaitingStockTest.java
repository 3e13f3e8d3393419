package org.procurement.request;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procurement.outbox.OutboxMessage;
import org.procurement.request.outbox.ReservationOutcomes;
import org.procurement.request.service.AwaitingStock;
import org.procurement.testing.MailServer;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.ServiceAccountTokenEndpoint;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.procurement.request.Api.as;
import static org.procurement.testing.DemoUser.ADMIN;
import static org.procurement.testing.DemoUser.OLENA;

/**
 * An approved request whose quantities the catalogue cannot reserve waits for stock, visibly; its submitter and the
 * catalogue admins are told once; the reservation is asked for again once the catalogue has the quantities, and its
 * acceptance makes the request approved again.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceAccountTokenEndpoint.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeCatalogue.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = MailServer.class, scope = TestResourceScope.GLOBAL)
class AwaitingStockTest {

    private static final String SHORT = """
            {"type": "https://procurement.example/problems/insufficient-quantity", "title": "Insufficient quantity",
             "status": 409, "detail": "Nothing was reserved: 1 line(s) cannot be met.",
             "violations": [{"field": "lines[0].quantity", "message": "asks for 2 of KR-T-1 but only 0 are available"}]}""";

    @InjectCatalogue
    WireMockServer catalogueServer;
    @Inject
    ReservationOutcomes outcomes;
    @Inject
    AwaitingStock awaitingStock;
    @Inject
    AgroalDataSource dataSource;

    private CatalogueStubs catalogue;

    @BeforeEach
    void stubs() {
        catalogue = new CatalogueStubs(catalogueServer);
    }

    /** An approved request of olena for two of a fresh item, of which the catalogue now lists {@code available}. */
    private String approved(UUID item, int available) {
        catalogue.serve(item, CatalogueStubs.item(item, Scenarios.sku(item), "1000.00", available));
        String id = Api.createDraft(OLENA, Drafts.complete(item));
        Api.submit(OLENA, id);
        Api.event(id, Api.caseOpened(1));
        Api.event(id, Api.caseClosed(1, "APPROVED", null, null, "daeho"));
        return id;
    }

    @Test
    void aRefusedReservationMakesTheRequestWaitAndAReservationThatLaterSucceedsApprovesItAgain() throws Exception {
        UUID item = UUID.randomUUID();
        String id = approved(item, 50);
        String reference = as(OLENA).get("/requests/" + id).then().extract().path("reference");
        List<OutboxMessage> reservations = reservationsOf(id);
        assertEquals(1, reservations.size());

        refuse(reservations.get(0), 409);
        refuse(reservations.get(0), 409);
        as(OLENA).get("/requests/" + id).then().body("status", equalTo("APPROVED_AWAITING_STOCK"));
        as(OLENA).get("/requests/" + id + "/timeline").then()
                .body("[-1].action", equalTo("RESERVATION_REFUSED"))
                .body("[-1].actor", equalTo("catalog-service"))
                .body("[-1].detail", org.hamcrest.Matchers.containsString("only 0 are available"));

        // Told once each, though the refusal came twice: the submitter and both catalogue admins.
        await().atMost(Duration.ofSeconds(15)).until(() -> mailsAbout(reference, "waiting for stock").size() == 3);
        assertEquals(List.of("admin@demo.invalid", "jisoo@demo.invalid", "olena@demo.invalid"),
                mailsAbout(reference, "waiting for stock").stream().map(mail -> mail.to().get(0)).sorted().toList());
        assertTrue(MailServer.receivedBy("olena@demo.invalid").stream()
                .anyMatch(mail -> mail.text().contains("only 0 are available")));

        // The catalogue admins see it, and only what waits for stock.
        as(ADMIN).queryParam("status", "APPROVED_AWAITING_STOCK").get("/requests").then().statusCode(200)
                .body("items.id", hasItem(id));
        as(ADMIN).get("/requests/" + id).then().statusCode(200).body("status", equalTo("APPROVED_AWAITING_STOCK"));
        String other = approved(UUID.randomUUID(), 50);
        as(ADMIN).get("/requests/" + other).then().statusCode(404);
        as(ADMIN).get("/requests").then().statusCode(200).body("items.id", not(hasItem(other)));

        // The catalogue has the stock (50 >= 2): the reservation is sent again, once, however often the check runs.
        int before = reservationsOf(id).size();
        assertTrue(awaitingStock.retry() >= 1);
        awaitingStock.retry();
        List<OutboxMessage> after = reservationsOf(id);
        assertEquals(before + 1, after.size(), "one more reservation, not one per check");

        QuarkusTransaction.requiringNew().run(() -> {
            mark("delivered_at", after.get(after.size() - 1));
            outcomes.delivered(after.get(after.size() - 1));
        });
        as(OLENA).get("/requests/" + id).then().body("status", equalTo("APPROVED"));
        as(OLENA).get("/requests/" + id + "/timeline").then().body("[-1].action", equalTo("RESERVED"));
        await().atMost(Duration.ofSeconds(15)).until(() -> mailsAbout(reference, "Reserved").size() == 1);
        as(ADMIN).get("/requests/" + id).then().statusCode(404);
    }

    @Test
    void whileTheStockIsShortNothingIsAskedAgainAndTheRequestMayBeWithdrawn() throws Exception {
        UUID item = UUID.randomUUID();
        String id = approved(item, 50);
        OutboxMessage reservation = reservationsOf(id).get(0);
        refuse(reservation, 409);
        catalogue.serve(item, CatalogueStubs.item(item, Scenarios.sku(item), "1000.00", 1));

        awaitingStock.retry();
        assertEquals(1, reservationsOf(id).size(), "one unit available, two wanted: not asked again");

        as(OLENA).body("{\"reason\": \"Found elsewhere\"}").post("/requests/" + id + "/withdraw").then()
                .statusCode(200).body("status", equalTo("WITHDRAWN"));
        awaitingStock.retry();
        assertEquals(1, reservationsOf(id).size());
    }

    @Test
    void otherRefusalsOfOtherMessagesChangeNothing() throws Exception {
        String id = approved(UUID.randomUUID(), 50);
        OutboxMessage reservation = reservationsOf(id).get(0);
        refuse(reservation, 422);
        as(OLENA).get("/requests/" + id).then().body("status", equalTo("APPROVED"));
    }

    /** What the relay does with a refused message: marks it dead and lets the service react, in one transaction. */
    private void refuse(OutboxMessage message, int status) {
        QuarkusTransaction.requiringNew().run(() -> {
            mark("dead_at", message);
            outcomes.refused(message, status, SHORT);
        });
    }

    private void mark(String column, OutboxMessage message) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE outbox_message SET " + column + " = now() WHERE id = ?")) {
            update.setObject(1, message.id());
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<MailServer.ReceivedMail> mailsAbout(String reference, String what) {
        return MailServer.received().stream()
                .filter(mail -> mail.subject().contains("[" + reference + "]") && mail.subject().contains(what)).toList();
    }

    private List<OutboxMessage> reservationsOf(String requestId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("""
                     SELECT id, destination, method, path, aggregate_id, payload, attempts FROM outbox_message
                      WHERE aggregate_id = ? AND method = 'POST' AND path = '/catalog/reservations' ORDER BY seq""")) {
            query.setString(1, requestId);
            List<OutboxMessage> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new OutboxMessage(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6), rows.getInt(7), Instant.now(),
                            null, null));
                }
            }
            return found;
        }
    }
}
