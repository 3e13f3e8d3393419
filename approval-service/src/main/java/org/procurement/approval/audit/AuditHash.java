package org.procurement.approval.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An entry's hash over its canonical content and the previous entry's hash: HMAC-SHA-256 with the key the entry
 * names ({@code keyId}), or plain SHA-256 for entries written before keys existed. The canonical form is a JSON object
 * with a fixed member order, written by a private mapper so that no application setting can ever change it.
 */
public final class AuditHash {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final ObjectMapper CANONICAL = new ObjectMapper();

    private AuditHash() {
    }

    /** @param key the key the entry names, or null for an entry without key id (a plain SHA-256 link) */
    public static String of(AuditEntry entry, ChainKey key) {
        String canonical = canonical(entry);
        return key == null ? sha256(canonical) : key.hmac(canonical);
    }

    static String canonical(AuditEntry e) {
        ObjectNode node = CANONICAL.createObjectNode();
        node.put("seq", e.seq());
        node.put("id", e.id().toString());
        node.put("occurredAt", e.occurredAt().toString());
        node.put("type", e.type().name());
        node.put("caseId", e.caseId() == null ? null : e.caseId().toString());
        node.put("reference", e.reference());
        node.put("stageKey", e.stageKey());
        node.put("actor", e.actor());
        // Delegation came later still: the delegator is hashed when there is one, so older entries read as before.
        if (e.onBehalfOf() != null) {
            node.put("onBehalfOf", e.onBehalfOf());
        }
        node.put("role", e.role());
        node.put("outcome", e.outcome());
        node.put("comment", e.comment());
        node.put("policyVersion", e.policyVersion());
        // Token evidence joined the content later: present, it is hashed; absent (system events, older entries), the
        // canonical form is exactly what it was, so entries written before it still verify.
        if (e.tokenId() != null || e.tokenSha256() != null || e.authTime() != null) {
            node.put("tokenId", e.tokenId());
            node.put("tokenSha256", e.tokenSha256());
            node.put("authTime", e.authTime() == null ? null : e.authTime().toString());
        }
        // Likewise the key id: present on keyed entries only, so that a plain SHA-256 entry reads as before.
        if (e.keyId() != null) {
            node.put("keyId", e.keyId());
        }
        node.put("previousHash", e.previousHash());
        try {
            return CANONICAL.writeValueAsString(node);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
