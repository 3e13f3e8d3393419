package org.procurement.approval;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads the outbox straight from the database: what a relay would deliver to request-service. */
final class Outboxes {

    record Message(String type, String payload) {
    }

    private Outboxes() {
    }

    static List<Message> forRequest(DataSource dataSource, UUID requestId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT type, payload::text FROM outbox_message WHERE request_id = ? ORDER BY created_at, type DESC")) {
            query.setObject(1, requestId);
            List<Message> messages = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    messages.add(new Message(rows.getString(1), rows.getString(2)));
                }
            }
            return messages;
        }
    }
}
