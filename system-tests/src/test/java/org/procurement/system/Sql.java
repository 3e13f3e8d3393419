package org.procurement.system;

import org.procurement.stack.Database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Read-only SQL on the services' databases through the suite's PostgreSQL, for counts the APIs do not offer. */
final class Sql {

    private Sql() {
    }

    /** The first column of the first row as a long (a count or a sum; null as 0). */
    static long number(Database database, String sql, Object... parameters) {
        List<Map<String, Object>> rows = rows(database, sql, parameters);
        Object value = rows.isEmpty() ? null : rows.get(0).values().iterator().next();
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** Two columns as a map from the first (as a string) to the second (as a long), e.g. a count per status. */
    static Map<String, Long> countsBy(Database database, String sql, Object... parameters) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (Map<String, Object> row : rows(database, sql, parameters)) {
            var values = row.values().iterator();
            counts.put(String.valueOf(values.next()), ((Number) values.next()).longValue());
        }
        return counts;
    }

    static List<Map<String, Object>> rows(Database database, String sql, Object... parameters) {
        try (Connection connection = Suite.get().connect(database);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object parameter = parameters[i];
                if (parameter instanceof java.util.Collection<?> values && values.isEmpty()) {
                    // an empty array literal of no stated type: PostgreSQL takes the type the query needs
                    statement.setObject(i + 1, "{}", java.sql.Types.OTHER);
                } else if (parameter instanceof java.util.Collection<?> values) {
                    statement.setArray(i + 1, connection.createArrayOf(arrayType(values), values.toArray()));
                } else {
                    statement.setObject(i + 1, parameter);
                }
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= columns; c++) {
                        row.put(result.getMetaData().getColumnLabel(c), result.getObject(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("SQL on " + database.name() + " failed: " + sql, e);
        }
    }

    /** uuid[] for UUIDs, text[] for anything else (bind with {@code = ANY(?)}). */
    private static String arrayType(java.util.Collection<?> values) {
        return !values.isEmpty() && values.iterator().next() instanceof java.util.UUID ? "uuid" : "text";
    }
}
