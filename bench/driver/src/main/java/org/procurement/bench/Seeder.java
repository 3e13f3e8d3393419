package org.procurement.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Seeds by cloning template rows that the real services wrote (the demo catalogue; one request and its case
 * taken through the API to IN_REVIEW, one to APPROVED) with generate_series, so every seeded row has exactly the
 * shape the services write. Ids are deterministic: md5('bench-req-' || n)::uuid etc., so the driver and pgbench
 * can name the n-th request without a lookup.
 */
final class Seeder {

    private final Connection catalog;
    private final Connection request;
    private final Connection approval;

    /**
     * Connections as the superuser, one per database, so each can be seeded from its own thread. Request and
     * approval rows are cloned from rows that already satisfy every foreign key, so those sessions skip the
     * per-row foreign-key checks (session_replication_role = replica: triggers off; neither database has
     * triggers on the seeded tables). The catalogue keeps its triggers: they keep the item tally.
     */
    Seeder(Connection catalog, Connection request, Connection approval) throws SQLException {
        this.catalog = catalog;
        this.request = request;
        this.approval = approval;
        for (Connection c : List.of(catalog, request, approval)) {
            Db.execute(c, "SET synchronous_commit = off");
            Db.execute(c, "SET maintenance_work_mem = '256MB'");
        }
        Db.execute(request, "SET session_replication_role = replica");
        Db.execute(approval, "SET session_replication_role = replica");
    }

    /** Catalogue items numbered from..to, cloned round-robin from the demo items. */
    void catalogue(long from, long to) throws SQLException {
        Map<String, String> set = new LinkedHashMap<>();
        set.put("id", "md5('bench-item-' || g)::uuid");
        set.put("sku", "'BN' || g || '-' || t.sku");
        set.put("designation", "t.designation || ' #' || g");
        set.put("name", "t.name || ' ' || g");
        set.put("created_by", "'bench'");
        set.put("updated_by", "'bench'");
        set.put("created_at", "now() - g * interval '1 second'");
        set.put("updated_at", "now() - g * interval '1 second'");
        String templates = "(SELECT *, (row_number() OVER (ORDER BY sku)) - 1 AS rn, count(*) OVER () AS n_templates"
                + " FROM catalog_item WHERE created_by = 'demo')";
        clone(catalog, "catalog_item", templates, "t.rn = g % t.n_templates", from, to, set);
    }

    /** Requests numbered from..to, each with its lines and timeline, cloned from the request {@code templateId}. */
    void requests(long from, long to, String templateId, String ref) throws SQLException {
        String newId = "md5('bench-req-' || g)::uuid";
        String newRef = "'BEN-' || lpad(g::text, 8, '0')";
        String shift = " - g * interval '1 minute'";

        Map<String, String> set = new LinkedHashMap<>();
        set.put("id", newId);
        set.put("reference", newRef);
        set.put("title", "t.title || ' ' || g");
        set.put("created_at", "t.created_at" + shift);
        set.put("updated_at", "t.updated_at" + shift);
        set.put("submitted_at", "t.submitted_at" + shift);
        clone(request, "procurement_request", "procurement_request", "t.id = '" + templateId + "'", from, to, set);

        set = new LinkedHashMap<>();
        set.put("request_id", newId);
        clone(request, "line_item", "line_item", "t.request_id = '" + templateId + "'", from, to, set);

        set = new LinkedHashMap<>();
        set.put("request_id", newId);
        set.put("occurred_at", "t.occurred_at" + shift);
        set.put("detail", "replace(t.detail, '" + ref + "', " + newRef + ")");
        clone(request, "timeline_entry", "timeline_entry", "t.request_id = '" + templateId + "'", from, to, set);
    }

    /** The reference of a request, read before the databases are seeded from separate threads. */
    String reference(String requestId) throws SQLException {
        return Db.single(request, "SELECT reference FROM procurement_request WHERE id = '" + requestId + "'");
    }

    /**
     * The cases of requests numbered from..to, with stages and decisions, cloned from case {@code templateCaseId}
     * of request {@code templateId} (reference {@code ref}).
     */
    void cases(long from, long to, String templateId, String ref, String templateCaseId) throws SQLException {
        String newId = "md5('bench-req-' || g)::uuid";
        String newRef = "'BEN-' || lpad(g::text, 8, '0')";
        String shift = " - g * interval '1 minute'";
        String newCase = "md5('bench-case-' || g)::uuid";
        Map<String, String> set = new LinkedHashMap<>();
        set.put("id", newCase);
        set.put("request_id", newId);
        set.put("reference", newRef);
        set.put("title", "t.title || ' ' || g");
        set.put("facts", "replace(replace(t.facts::text, '" + templateId + "', " + newId + "::text), '" + ref + "', "
                + newRef + ")::jsonb");
        set.put("opened_at", "t.opened_at" + shift);
        set.put("closed_at", "t.closed_at" + shift);
        clone(approval, "approval_case", "approval_case", "t.id = '" + templateCaseId + "'", from, to, set);

        String newStage = "md5('bench-stage-' || g || '-' || t.stage_key)::uuid";
        set = new LinkedHashMap<>();
        set.put("id", newStage);
        set.put("case_id", newCase);
        clone(approval, "case_stage", "case_stage", "t.case_id = '" + templateCaseId + "'", from, to, set);

        set = new LinkedHashMap<>();
        set.put("id", "md5('bench-decision-' || g || '-' || t.stage_key || '-' || t.actor)::uuid");
        set.put("case_id", newCase);
        set.put("stage_id", newStage);
        set.put("decided_at", "t.decided_at" + shift);
        clone(approval, "decision", "decision", "t.case_id = '" + templateCaseId + "'", from, to, set);
    }

    /** VACUUM ANALYZE of one database (the seeded tables' statistics and visibility maps). */
    static void analyze(Connection c) throws SQLException {
        Db.execute(c, "VACUUM ANALYZE");
    }

    Connection catalog() {
        return catalog;
    }

    Connection request() {
        return request;
    }

    Connection approval() {
        return approval;
    }

    /**
     * INSERT INTO table SELECT (each column: its override or t.column) FROM source t CROSS JOIN generate_series g
     * WHERE template; generated columns and identities are left to their defaults.
     */
    private static void clone(Connection c, String table, String source, String template, long from, long to,
                              Map<String, String> set) throws SQLException {
        List<String> columns = Db.column(c, "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public'"
                + " AND table_name = '" + table + "' AND is_generated = 'NEVER' AND is_identity = 'NO'"
                + " ORDER BY ordinal_position");
        String names = String.join(", ", columns);
        String values = columns.stream().map(col -> set.getOrDefault(col, "t." + col)).collect(Collectors.joining(", "));
        String sql = "INSERT INTO " + table + " (" + names + ") SELECT " + values + " FROM generate_series(" + from + ", "
                + to + ") AS g, " + source + " t WHERE " + template;
        Db.update(c, sql);
    }
}
