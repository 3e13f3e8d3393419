package org.procurement.outbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The receiving side of at-least-once delivery: remembers each event id in the same transaction that applies
 * the event, so a redelivered event is recognised and applied only once.
 */
@ApplicationScoped
public class ProcessedEvents {

    private final AgroalDataSource dataSource;

    public ProcessedEvents(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Records the event id; true the first time, false if it was already processed. A concurrent duplicate
     * waits for the first to commit (unique key), then sees false.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstTime(UUID eventId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO processed_event (event_id) VALUES (?) ON CONFLICT (event_id) DO NOTHING")) {
            insert.setObject(1, eventId);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record processed event " + eventId, e);
        }
    }
}
