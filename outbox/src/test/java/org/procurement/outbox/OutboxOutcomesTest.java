package org.procurement.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.ServiceAccountTokenEndpoint;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A service learns each message's fate in the transaction that marks it: delivered, or refused with the answer. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakePeer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceAccountTokenEndpoint.class, scope = TestResourceScope.GLOBAL)
class OutboxOutcomesTest {

    @Inject
    Outbox outbox;
    @Inject
    OutboxRelay relay;
    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void clean() {
        await().atMost(Duration.ofSeconds(10)).until(() -> relay.drain() == 0 && count(
                "SELECT count(*) FROM outbox_message WHERE delivered_at IS NULL AND dead_at IS NULL") == 0);
        FakePeer.reset();
        RecordedOutcomes.CALLS.clear();
    }

    private UUID enqueue(String aggregate) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(id, "peer", "POST", "/internal/events", aggregate,
                Map.of("n", 1)));
        return id;
    }

    @Test
    void theServiceHearsOfADeliveryAndOfARefusalWithTheReceiversStatusAndAnswer() {
        UUID delivered = enqueue("outcome-1");
        await().atMost(Duration.ofSeconds(5)).until(() -> RecordedOutcomes.CALLS.contains("delivered " + delivered));

        FakePeer.SCRIPT.add(409);
        UUID refused = enqueue("outcome-2");
        await().atMost(Duration.ofSeconds(5)).until(() -> RecordedOutcomes.CALLS.stream()
                .anyMatch(call -> call.startsWith("refused " + refused + " 409 ")));
        assertEquals(1, count("SELECT count(*) FROM outbox_message WHERE id = '" + refused + "' AND dead_at IS NOT NULL"));
    }

    @Test
    void whenTheServicesReactionFailsTheMessageIsNotMarkedAndComesAgain() {
        RecordedOutcomes.failOnceFor = "outcome-3";
        UUID id = enqueue("outcome-3");
        // The first delivery's reaction failed: nothing was marked, so the message is delivered again once its
        // lease runs out, and this time the reaction and the mark commit together.
        await().atMost(Duration.ofSeconds(60)).until(() -> RecordedOutcomes.CALLS.contains("delivered " + id));
        assertTrue(FakePeer.RECEIVED.size() >= 2, "delivered twice: " + FakePeer.RECEIVED.size());
        assertEquals(1, count("SELECT count(*) FROM outbox_message WHERE id = '" + id + "' AND delivered_at IS NOT NULL"));
    }

    private long count(String query) {
        try (Connection connection = dataSource.getConnection(); Statement st = connection.createStatement();
             ResultSet rows = st.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
