package org.procurement.system;

import org.junit.jupiter.api.Test;
import org.procurement.stack.Database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The insider with the application's own credentials: the role each service runs as on the suite's PostgreSQL can
 * read and append to the record, but neither rewrite it nor switch off the triggers that guard it.
 */
class DatabaseRolesIT {

    private static final Map<Database, List<String>> APPEND_ONLY = Map.of(
            Database.APPROVAL, List.of("audit_entry", "audit_checkpoint", "decision", "policy"),
            Database.REQUEST, List.of("timeline_entry", "audit_checkpoint_copy"),
            Database.CATALOG, List.of("item_history"));

    @Test
    void theServicesOwnRolesCannotRewriteOrUnguardTheRecord() throws SQLException {
        Suite.get();
        int refusals = 0;
        for (var entry : APPEND_ONLY.entrySet()) {
            try (Connection connection = Suite.get().connect(entry.getKey()); Statement statement = connection.createStatement()) {
                assertEquals(entry.getKey().user(), query(statement, "SELECT current_user"));
                for (String table : entry.getValue()) {
                    for (String sql : List.of("UPDATE " + table + " SET " + keyOf(table) + " = " + keyOf(table), "DELETE FROM " + table,
                            "TRUNCATE " + table + " CASCADE")) {
                        SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate(sql), sql);
                        assertEquals("42501", refused.getSQLState(), sql + ": " + refused.getMessage());
                        refusals++;
                    }
                    SQLException alter = assertThrows(SQLException.class,
                            () -> statement.execute("ALTER TABLE " + table + " DISABLE TRIGGER ALL"));
                    assertTrue(alter.getMessage().contains("must be owner"), alter.getMessage());
                    refusals++;
                    query(statement, "SELECT count(*) FROM " + table);
                }
                assertEquals("0", query(statement, "SELECT count(*) FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner "
                        + "WHERE r.rolname = current_user"), entry.getKey().user() + " owns nothing");
                assertEquals(entry.getKey().owner(), query(statement,
                        "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"));
            }
        }
        Story.say("%d rewrites and trigger switches refused to the services' own database roles", refusals);
    }

    private static String keyOf(String table) {
        return switch (table) {
            case "audit_entry", "audit_checkpoint", "audit_checkpoint_copy" -> "seq";
            case "policy" -> "version";
            default -> "id";
        };
    }

    private static String query(Statement statement, String sql) throws SQLException {
        try (var result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
