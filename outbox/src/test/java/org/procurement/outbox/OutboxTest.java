package org.procurement.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procurement.testing.OutboxSchema;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.ServiceAccountTokenEndpoint;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakePeer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceAccountTokenEndpoint.class, scope = TestResourceScope.GLOBAL)
class OutboxTest {

    /** The client id the test application's oidc-client presents (application.properties). */
    private static final String CLIENT_ID = "outbox-test";

    @Inject
    Outbox outbox;
    @Inject
    OutboxRelay relay;
    @Inject
    OutboxStore store;
    @Inject
    Delivery delivery;
    @Inject
    OutboxConfig config;
    @Inject
    ManagedExecutor executor;
    @Inject
    jakarta.enterprise.inject.Instance<OutboxOutcomes> outcomes;
    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void clean() throws SQLException {
        await().atMost(Duration.ofSeconds(10)).until(() -> relay.drain() == 0 && pending() == 0);
        sql("DELETE FROM outbox_message");
        FakePeer.reset();
    }

    private UUID enqueue(String destination, String aggregate, Object payload) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(id, destination, "POST", "/internal/events", aggregate, payload));
        return id;
    }

    @Test
    void committedEventIsDeliveredPromptlyWithItsIdAndTheServiceToken() {
        UUID id = enqueue("peer", "request-1", Map.of("type", "CASE_OPENED"));
        await().atMost(Duration.ofSeconds(5)).until(() -> FakePeer.RECEIVED.size() == 1);
        FakePeer.Received received = FakePeer.RECEIVED.get(0);
        assertEquals(id.toString(), received.eventId());
        assertEquals("/internal/events", received.path());
        assertEquals("Bearer " + ServiceAccountTokenEndpoint.lastIssuedTo(CLIENT_ID), received.authorization());
        assertEquals("{\"type\":\"CASE_OPENED\"}", received.body());
        await().atMost(Duration.ofSeconds(5)).until(() -> deliveredAt(id) != null);
    }

    @Test
    void aRefusedTokenIsReplacedByAFreshOneForTheNextAttempt() throws SQLException {
        FakePeer.SCRIPT.add(401);
        UUID id = enqueue("peer", "request-t1", Map.of("n", 1));
        await().atMost(Duration.ofSeconds(10)).until(() -> deliveredAt(id) != null);
        assertEquals(2, FakePeer.AUTHORIZATIONS.size(), FakePeer.AUTHORIZATIONS.toString());
        String refused = FakePeer.AUTHORIZATIONS.get(0);
        String accepted = FakePeer.AUTHORIZATIONS.get(1);
        assertTrue(!refused.equals(accepted), "the attempt after a 401 must not reuse the refused token");
        assertEquals("Bearer " + ServiceAccountTokenEndpoint.lastIssuedTo(CLIENT_ID), accepted);
        assertEquals(2, count("SELECT attempts FROM outbox_message WHERE id = '" + id + "'"));
    }

    @Test
    void deliveryCarriesTheCorrelationIdOfTheWorkThatWroteItAndTheRelayLogsUnderIt() {
        List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                // Read while the relay logs, on its thread: what the log line's %X{correlationId} shows.
                logged.add(record.getMessage() + " | " + MDC.get("correlationId"));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger relayLog = java.util.logging.Logger.getLogger(OutboxRelay.class.getName());
        relayLog.addHandler(handler);
        try {
            FakePeer.SCRIPT.add(503);
            UUID id;
            MDC.put("correlationId", "submit-7f3a:42");
            try {
                id = enqueue("peer", "request-c1", Map.of("n", 1));
            } finally {
                MDC.remove("correlationId");
            }
            assertEquals("submit-7f3a:42", text("SELECT correlation_id FROM outbox_message WHERE id = '" + id + "'"));
            await().atMost(Duration.ofSeconds(5)).until(() -> FakePeer.RECEIVED.size() == 1);
            assertEquals("submit-7f3a:42", FakePeer.RECEIVED.get(0).correlationId());
            assertEquals(null, FakePeer.RECEIVED.get(0).traceparent(), "no trace context without tracing");
            assertTrue(logged.stream().anyMatch(line -> line.contains("will retry") && line.endsWith("| submit-7f3a:42")),
                    logged.toString());
        } finally {
            relayLog.removeHandler(handler);
        }
    }

    @Test
    void workWithoutACorrelationIdGetsAFreshOneThatTheReceiverSees() {
        UUID id = enqueue("peer", "request-c2", Map.of());
        String stored = text("SELECT correlation_id FROM outbox_message WHERE id = '" + id + "'");
        assertTrue(stored != null && stored.matches("[0-9a-f-]{36}"), stored);
        await().atMost(Duration.ofSeconds(5)).until(() -> FakePeer.RECEIVED.size() == 1);
        assertEquals(stored, FakePeer.RECEIVED.get(0).correlationId());
    }

    @Test
    void malformedCorrelationIdInTheMdcIsNotStored() {
        MDC.put("correlationId", "bad id\r\nforged line");
        UUID id;
        try {
            id = enqueue("peer", "request-c3", Map.of());
        } finally {
            MDC.remove("correlationId");
        }
        String stored = text("SELECT correlation_id FROM outbox_message WHERE id = '" + id + "'");
        assertTrue(stored.matches("[0-9a-f-]{36}"), stored);
    }

    @Test
    void currentTraceContextTravelsAsTraceparent() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        MDC.put("traceId", traceId);
        MDC.put("spanId", "00f067aa0ba902b7");
        MDC.put("sampled", "true");
        UUID id;
        try {
            id = enqueue("peer", "request-c4", Map.of());
        } finally {
            MDC.remove("traceId");
            MDC.remove("spanId");
            MDC.remove("sampled");
        }
        String expected = "00-" + traceId + "-00f067aa0ba902b7-01";
        assertEquals(expected, text("SELECT traceparent FROM outbox_message WHERE id = '" + id + "'"));
        await().atMost(Duration.ofSeconds(5)).until(() -> FakePeer.RECEIVED.size() == 1);
        assertEquals(expected, FakePeer.RECEIVED.get(0).traceparent());
    }

    @Test
    void rolledBackTransactionLeavesNothingToSend() throws SQLException {
        UUID id = UUID.randomUUID();
        assertThrows(QuarkusTransactionException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.enqueue(id, "peer", "POST", "/internal/events", "request-2", Map.of());
            QuarkusTransaction.setRollbackOnly();
        }));
        relay.drain();
        assertEquals(0, count("SELECT count(*) FROM outbox_message WHERE id = '" + id + "'"));
        assertTrue(FakePeer.RECEIVED.isEmpty());
    }

    @Test
    void peerFailingForAWhileGetsTheEventOnceItRecovers() throws SQLException {
        FakePeer.SCRIPT.addAll(List.of(503, 503, 500));
        UUID id = enqueue("peer", "request-3", Map.of("n", 1));
        await().atMost(Duration.ofSeconds(10)).until(() -> deliveredAt(id) != null);
        assertEquals(1, FakePeer.RECEIVED.size());
        assertEquals(4, count("SELECT attempts FROM outbox_message WHERE id = '" + id + "'"));
    }

    @Test
    void unreachablePeerKeepsTheEventPendingWithTheReason() throws SQLException {
        UUID id = enqueue("nowhere", "request-4", Map.of());
        await().atMost(Duration.ofSeconds(5)).until(() -> count(
                "SELECT attempts FROM outbox_message WHERE id = '" + id + "'") >= 2);
        assertEquals(null, deliveredAt(id));
        assertTrue(text("SELECT last_error FROM outbox_message WHERE id = '" + id + "'").contains("unreachable"));
        sql("DELETE FROM outbox_message WHERE id = '" + id + "'");
    }

    @Test
    void eventRefusedForGoodIsKeptAsDeadAndNotRetried() throws SQLException {
        FakePeer.SCRIPT.add(422);
        UUID id = enqueue("peer", "request-5", Map.of());
        await().atMost(Duration.ofSeconds(5)).until(() -> text(
                "SELECT dead_at::text FROM outbox_message WHERE id = '" + id + "'") != null);
        relay.drain();
        assertEquals(1, count("SELECT attempts FROM outbox_message WHERE id = '" + id + "'"));
        assertTrue(text("SELECT last_error FROM outbox_message WHERE id = '" + id + "'").startsWith("HTTP 422"));
    }

    @Test
    void eventsOfOneAggregateArriveInTheOrderTheyWereWritten() {
        for (int i = 0; i < 5; i++) {
            FakePeer.SCRIPT.add(i % 2 == 0 ? 503 : 200);
        }
        List<UUID> written = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            written.add(enqueue("peer", "request-6", Map.of("n", i)));
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> written.stream().allMatch(id -> deliveredAt(id) != null));
        List<String> arrived = FakePeer.RECEIVED.stream().map(FakePeer.Received::eventId).distinct().toList();
        assertEquals(written.stream().map(UUID::toString).toList(), arrived);
    }

    @Test
    void aReceiverThatNeverAnswersCostsOneTimeoutAPassAndHoldsNobodyElseUp() throws SQLException {
        // each call to the silent receiver waits out the timeout (2 s here); six of them used to take a whole pass
        List<UUID> silent = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            silent.add(enqueue("silent", "request-silent-" + i, Map.of("n", i)));
        }
        UUID other = enqueue("peer", "request-10", Map.of("n", 1));
        await().atMost(Duration.ofSeconds(10)).until(() -> deliveredAt(other) != null);
        long neverTried = silent.stream()
                .filter(id -> count("SELECT attempts FROM outbox_message WHERE id = '" + id + "'") == 0).count();
        assertTrue(neverTried >= 3, "the other receiver's event waited behind " + (6 - neverTried) + " silent calls");
        // the ones put back are still pending, not lost
        assertEquals(6, count("SELECT count(*) FROM outbox_message WHERE destination = 'silent'"
                + " AND delivered_at IS NULL AND dead_at IS NULL"));
        sql("DELETE FROM outbox_message WHERE destination = 'silent'");
    }

    @Test
    void twoRelaysSideBySideDeliverEveryEventExactlyOnce() throws Exception {
        int events = 150;
        List<UUID> written = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < events; i++) {
                UUID id = UUID.randomUUID();
                written.add(id);
                outbox.enqueue(id, "peer", "POST", "/internal/events", "aggregate-" + i, Map.of("n", i));
            }
        });
        // A second relay over the same table stands for a second replica of the service.
        OutboxRelay replica = new OutboxRelay(store, delivery, config, executor, outcomes);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> passes = List.of(relay::drain, replica::drain);
            pool.invokeAll(passes);
        } finally {
            pool.shutdown();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> written.stream().allMatch(id -> deliveredAt(id) != null));
        Map<String, Long> perEvent = FakePeer.RECEIVED.stream()
                .collect(Collectors.groupingBy(FakePeer.Received::eventId, Collectors.counting()));
        assertEquals(events, perEvent.size());
        assertTrue(perEvent.values().stream().allMatch(n -> n == 1), perEvent.toString());
    }

    @Test
    void theShippedMigrationCreatesTheOutboxTableEveryServiceHas() throws SQLException {
        OutboxSchema.assertAsShipped(dataSource);
    }

    @Test
    void backlogIsMeasured() throws SQLException {
        UUID id = enqueue("nowhere", "request-7", Map.of());
        OutboxStore.Backlog backlog = store.backlog();
        assertTrue(backlog.pending() >= 1);
        assertTrue(backlog.oldestAgeSeconds() >= 0);
        sql("DELETE FROM outbox_message WHERE id = '" + id + "'");
    }

    private Object deliveredAt(UUID id) {
        return text("SELECT delivered_at::text FROM outbox_message WHERE id = '" + id + "'");
    }

    private long pending() {
        return count("SELECT count(*) FROM outbox_message WHERE delivered_at IS NULL AND dead_at IS NULL");
    }

    private long count(String query) {
        String value = text(query);
        return value == null ? 0 : Long.parseLong(value);
    }

    private String text(String query) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement st = connection.createStatement()) {
            st.execute(statement);
        }
    }
}
