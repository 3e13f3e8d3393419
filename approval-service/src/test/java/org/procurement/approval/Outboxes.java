package org.procurement.approval;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads the outbox straight from the database: what the relay delivers to request-service. */
final class Outboxes {

    record Message(String type, String payload) {
    }

    private Outboxes() {
    }

    static List<Message> forRequest(DataSource dataSource, UUID requestId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT payload::json->>'type', payload FROM outbox_message WHERE aggregate_id = ? ORDER BY seq")) {
            query.setString(1, requestId.toString());
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
