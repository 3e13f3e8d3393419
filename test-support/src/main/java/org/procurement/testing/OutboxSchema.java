package org.procurement.testing;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The outbox table as the outbox module's migration (db/outbox/R__outbox_message.sql) defines it. The outbox
 * module's test checks a database built from that file alone, each sending service's test checks its own database
 * (built from its early migrations too): the same columns and indexes everywhere, or a test fails.
 */
public final class OutboxSchema {

    static final List<String> COLUMNS = List.of(
            "id uuid NOT NULL", "seq bigint NOT NULL", "destination character varying(40) NOT NULL",
            "method character varying(8) NOT NULL", "path character varying(400) NOT NULL",
            "aggregate_id character varying(100) NOT NULL", "payload text NULL",
            "created_at timestamp with time zone NOT NULL", "attempts integer NOT NULL",
            "next_attempt_at timestamp with time zone NOT NULL", "lease_until timestamp with time zone NULL",
            "delivered_at timestamp with time zone NULL", "dead_at timestamp with time zone NULL",
            "last_error character varying(1000) NULL", "correlation_id character varying(64) NULL",
            "traceparent character varying(55) NULL");

    static final List<String> INDEXES = List.of("outbox_message_aggregate", "outbox_message_pending",
            "outbox_message_pkey", "outbox_message_seq_key");

    private OutboxSchema() {
    }

    public static void assertAsShipped(DataSource dataSource) throws SQLException {
        assertEquals(COLUMNS, list(dataSource, """
                SELECT column_name || ' ' || data_type
                       || coalesce('(' || character_maximum_length || ')', '')
                       || CASE is_nullable WHEN 'YES' THEN ' NULL' ELSE ' NOT NULL' END
                FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name = 'outbox_message' ORDER BY ordinal_position"""),
                "outbox_message columns");
        assertEquals(INDEXES, list(dataSource, """
                SELECT indexname FROM pg_indexes
                WHERE schemaname = current_schema() AND tablename = 'outbox_message' ORDER BY indexname"""),
                "outbox_message indexes");
    }

    private static List<String> list(DataSource dataSource, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
