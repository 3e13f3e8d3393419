package org.procurement.approval.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;

/** Keys and timing of the audit chain (prefix {@code approval.audit}); the keys come from secrets, never the database. */
@ConfigMapping(prefix = "approval.audit")
public interface AuditConfig {

    /** HMAC-SHA-256 key of new links, base64, at least 32 bytes ({@code AUDIT_HMAC_KEY}). */
    String hmacKey();

    /** The name stored with each entry it hashes ({@code AUDIT_HMAC_KEY_ID}). */
    @WithDefault("k1")
    String hmacKeyId();

    /** Keys retired by a rotation, by id, so that the entries they hashed still verify. */
    Map<String, String> previousHmacKeys();

    /** Ed25519 private key signing checkpoints, PKCS#8 base64 ({@code AUDIT_SIGNING_KEY}). */
    String signingKey();

    /** Its public key, X.509 base64 ({@code AUDIT_VERIFY_KEY}); request-service verifies with the same one. */
    String verifyKey();

    /** How often a checkpoint is signed when the chain has grown ({@code 60s}, or {@code off}). */
    @WithDefault("60s")
    String checkpointInterval();

    /** How often each replica links entries a crashed writer left pending ({@code 1s}, or {@code off}). */
    @WithDefault("1s")
    String linkInterval();
}
