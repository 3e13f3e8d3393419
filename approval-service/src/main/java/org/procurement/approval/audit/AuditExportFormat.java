package org.procurement.approval.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The two export formats: CSV for spreadsheets and JSON lines for tools; both carry every column and both hashes. */
public enum AuditExportFormat {
    CSV("text/csv", ".csv"), JSONL("application/jsonl", ".jsonl");

    static final List<String> COLUMNS = List.of("seq", "id", "occurredAt", "type", "caseId", "reference", "stageKey",
            "actor", "role", "outcome", "comment", "policyVersion", "previousHash", "hash", "tokenId", "tokenSha256",
            "authTime", "keyId", "onBehalfOf");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String mediaType;
    private final String extension;

    AuditExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** Text before the first entry. */
    public String header() {
        return this == CSV ? String.join(",", COLUMNS) + "\r\n" : "";
    }

    /** One entry, with its line terminator. */
    public String line(AuditEntry e) {
        List<String> values = Stream.of(e.seq(), e.id(), e.occurredAt(), e.type(), e.caseId(), e.reference(),
                e.stageKey(), e.actor(), e.role(), e.outcome(), e.comment(), e.policyVersion(), e.previousHash(), e.hash(),
                        e.tokenId(), e.tokenSha256(), e.authTime(), e.keyId(), e.onBehalfOf())
                .map(v -> v == null ? null : v.toString()).collect(Collectors.toList());
        if (this == CSV) {
            return values.stream().map(AuditExportFormat::csvField).collect(Collectors.joining(",")) + "\r\n";
        }
        ObjectNode node = JSON.createObjectNode();
        for (int i = 0; i < COLUMNS.size(); i++) {
            node.put(COLUMNS.get(i), values.get(i));
        }
        node.put("seq", e.seq());
        if (e.policyVersion() != null) {
            node.put("policyVersion", e.policyVersion());
        }
        try {
            return JSON.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * RFC 4180: quote when needed, double the quotes inside. A cell a spreadsheet would read as a formula (starting
     * with =, +, -, @, tab or carriage return) gets a leading apostrophe first (OWASP: CSV injection), so a comment
     * typed by a user can never run in an auditor's spreadsheet.
     */
    static String csvField(String value) {
        if (value == null) {
            return "";
        }
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
