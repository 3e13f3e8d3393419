package org.procurement.approval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.microprofile.config.ConfigProvider;
import org.procurement.testing.PostgresResource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The insider the keyed chain is for: a PostgreSQL superuser who switches the append-only triggers off for their own
 * session and has read how entries are hashed, but does not hold the HMAC key (so rewritten links are plain SHA-256).
 */
final class Intruder {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Intruder() {
    }

    /** Runs the statement with triggers off in this session only; returns the rows changed. */
    static int execute(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect()) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                return statement.executeUpdate();
            }
        }
    }

    /** Rewrites an entry's outcome and gives it a plain SHA-256 hash of its new content, as before keys existed. */
    static void rewriteOutcome(long seq, String outcome) throws SQLException {
        assertEquals(1, execute("UPDATE audit_entry SET outcome = ? WHERE seq = ?", outcome, seq));
        Map<String, Object> row = rows("SELECT * FROM audit_entry WHERE seq = ?", seq).get(0);
        assertEquals(1, execute("UPDATE audit_entry SET hash = ? WHERE seq = ?", plainHash(row), seq));
    }

    /** The entry's hash as an intruder without the key computes it: SHA-256 of the canonical JSON. */
    static String plainHash(Map<String, Object> row) {
        ObjectNode node = JSON.createObjectNode();
        node.put("seq", ((Number) row.get("seq")).longValue());
        node.put("id", row.get("id").toString());
        node.put("occurredAt", ((OffsetDateTime) row.get("occurred_at")).toInstant().toString());
        node.put("type", (String) row.get("type"));
        node.put("caseId", row.get("case_id") == null ? null : row.get("case_id").toString());
        for (String[] column : new String[][] {{"reference", "reference"}, {"stageKey", "stage_key"},
                {"actor", "actor"}, {"onBehalfOf", "on_behalf_of"}, {"role", "role"}, {"outcome", "outcome"},
                {"comment", "comment"}}) {
            // onBehalfOf is part of the content only when there is one (an act done as someone's delegate).
            if (!column[0].equals("onBehalfOf") || row.get(column[1]) != null) {
                node.put(column[0], (String) row.get(column[1]));
            }
        }
        node.put("policyVersion", (Integer) row.get("policy_version"));
        if (row.get("token_id") != null || row.get("token_sha256") != null || row.get("auth_time") != null) {
            node.put("tokenId", (String) row.get("token_id"));
            node.put("tokenSha256", (String) row.get("token_sha256"));
            node.put("authTime", row.get("auth_time") == null ? null
                    : ((OffsetDateTime) row.get("auth_time")).toInstant().toString());
        }
        if (row.get("key_id") != null) {
            node.put("keyId", (String) row.get("key_id"));
        }
        node.put("previousHash", (String) row.get("previous_hash"));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(JSON.writeValueAsString(node).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Map<String, Object>> rows(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= result.getMetaData().getColumnCount(); c++) {
                        Object value = result.getObject(c);
                        if (value instanceof java.sql.Timestamp) {
                            value = result.getObject(c, OffsetDateTime.class);
                        }
                        row.put(result.getMetaData().getColumnLabel(c), value);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    /** Puts rows back exactly as they were read (to undo a deletion after the test). */
    static void insert(String table, List<Map<String, Object>> rows) throws SQLException {
        for (Map<String, Object> row : rows) {
            String columns = String.join(", ", row.keySet());
            String marks = String.join(", ", row.keySet().stream().map(c -> "?").toList());
            execute("INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")", row.values().toArray());
        }
    }

    private static Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(ConfigProvider.getConfig()
                .getValue(PostgresResource.SUPERUSER_URL, String.class));
        try (Statement statement = connection.createStatement()) {
            // Only this session skips the append-only triggers: what a superuser could do.
            statement.execute("SET session_replication_role = replica");
        }
        return connection;
    }
}
