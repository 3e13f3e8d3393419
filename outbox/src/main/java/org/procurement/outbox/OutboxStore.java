package org.procurement.outbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The outbox table. Claims are single statements with {@code FOR UPDATE SKIP LOCKED} and a lease, so several
 * replicas relay side by side without delivering one message twice at once, and a replica that dies mid-way
 * only delays its messages until the lease runs out.
 */
@ApplicationScoped
public class OutboxStore {

    private static final String CLAIM = """
            UPDATE outbox_message m
               SET lease_until = now() + ?::interval, attempts = m.attempts + 1
             WHERE m.id IN (
                   SELECT o.id FROM outbox_message o
                    WHERE o.delivered_at IS NULL AND o.dead_at IS NULL
                      AND o.next_attempt_at <= now()
                      AND (o.lease_until IS NULL OR o.lease_until < now())
                      -- only the oldest undelivered message of each aggregate, so events arrive in order
                      AND NOT EXISTS (SELECT 1 FROM outbox_message e
                                       WHERE e.aggregate_id = o.aggregate_id AND e.seq < o.seq
                                         AND e.delivered_at IS NULL AND e.dead_at IS NULL)
                    ORDER BY o.seq
                    LIMIT ?
                    FOR UPDATE SKIP LOCKED)
            RETURNING m.id, m.destination, m.method, m.path, m.aggregate_id, m.payload, m.attempts, m.created_at,
                      m.correlation_id, m.traceparent
            """;

    private final AgroalDataSource dataSource;

    public OutboxStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Inserts within the caller's transaction (the connection is enlisted in it). */
    void insert(OutboxMessage message) {
        insert(message, "");
    }

    /** As {@link #insert}, but a message whose id is already there is left as it is (derived ids). */
    void insertOnce(OutboxMessage message) {
        insert(message, " ON CONFLICT (id) DO NOTHING");
    }

    private void insert(OutboxMessage message, String onConflict) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO outbox_message (id, destination, method, path, aggregate_id, payload,
                                                 correlation_id, traceparent)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?)""" + onConflict)) {
            insert.setObject(1, message.id());
            insert.setString(2, message.destination());
            insert.setString(3, message.method());
            insert.setString(4, message.path());
            insert.setString(5, message.aggregateId());
            insert.setString(6, message.payload());
            insert.setString(7, message.correlationId());
            insert.setString(8, message.traceparent());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write to the outbox", e);
        }
    }

    List<OutboxMessage> claim(int batchSize, Duration lease) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setString(1, lease.toMillis() + " milliseconds");
            claim.setInt(2, batchSize);
            List<OutboxMessage> claimed = new ArrayList<>();
            try (ResultSet rows = claim.executeQuery()) {
                while (rows.next()) {
                    claimed.add(new OutboxMessage(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6), rows.getInt(7),
                            rows.getObject(8, java.time.OffsetDateTime.class).toInstant(), rows.getString(9),
                            rows.getString(10)));
                }
            }
            return claimed;
        }
    }

    void markDelivered(UUID id) throws SQLException {
        execute("UPDATE outbox_message SET delivered_at = now(), lease_until = NULL, last_error = NULL WHERE id = ?",
                id);
    }

    void markFailed(UUID id, String error, Duration retryIn) throws SQLException {
        execute("""
                UPDATE outbox_message SET lease_until = NULL, last_error = ?, next_attempt_at = now() + ?::interval
                 WHERE id = ?""", truncate(error), retryIn.toMillis() + " milliseconds", id);
    }

    /**
     * Gives back a claimed message that was not tried (its receiver just failed another one): the claim's attempt is
     * not counted, and it waits as long as the failed one before it is claimed again.
     */
    void putBack(UUID id, Duration wait) throws SQLException {
        execute("""
                UPDATE outbox_message SET lease_until = NULL, attempts = attempts - 1, next_attempt_at = now() + ?::interval
                 WHERE id = ?""", wait.toMillis() + " milliseconds", id);
    }

    /** The receiver refused the message for good (a 4xx that retrying cannot fix): kept, never retried. */
    void markDead(UUID id, String error) throws SQLException {
        execute("UPDATE outbox_message SET lease_until = NULL, dead_at = now(), last_error = ? WHERE id = ?",
                truncate(error), id);
    }

    /** Undelivered messages and the age in seconds of the oldest, for metrics. */
    Backlog backlog() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("""
                     SELECT count(*), coalesce(extract(epoch FROM now() - min(created_at)), 0)
                       FROM outbox_message WHERE delivered_at IS NULL AND dead_at IS NULL""");
             ResultSet row = query.executeQuery()) {
            row.next();
            return new Backlog(row.getLong(1), row.getDouble(2));
        }
    }

    public record Backlog(long pending, double oldestAgeSeconds) {
    }

    private void execute(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static String truncate(String error) {
        return error == null ? null : error.length() <= 1000 ? error : error.substring(0, 1000);
    }
}
