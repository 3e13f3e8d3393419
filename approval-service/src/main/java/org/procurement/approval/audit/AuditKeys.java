package org.procurement.approval.audit;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.procurement.approval.config.AuditConfig;
import org.procurement.support.audit.Ed25519Keys;
import org.procurement.support.audit.SignedCheckpoint;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The audit chain's keys, read once at start: a malformed or short key stops the service there, naming the
 * property, rather than at the first decision.
 */
@Startup
@ApplicationScoped
public class AuditKeys {

    private final ChainKey current;
    private final Map<String, ChainKey> byId = new LinkedHashMap<>();
    private final PrivateKey signingKey;
    private final PublicKey verifyKey;
    private final String signingKeyId;

    public AuditKeys(AuditConfig config) {
        current = chainKey(config.hmacKeyId(), config.hmacKey(), "approval.audit.hmac-key");
        config.previousHmacKeys().forEach((id, key) ->
                byId.put(id, chainKey(id, key, "approval.audit.previous-hmac-keys." + id)));
        byId.put(current.id(), current);
        signingKey = Ed25519Keys.privateKey(config.signingKey(), "approval.audit.signing-key");
        verifyKey = Ed25519Keys.publicKey(config.verifyKey(), "approval.audit.verify-key");
        if (!Ed25519Keys.arePair(signingKey, verifyKey)) {
            throw new IllegalArgumentException("approval.audit.signing-key and approval.audit.verify-key are not a key pair");
        }
        signingKeyId = Ed25519Keys.keyId(verifyKey);
    }

    private static ChainKey chainKey(String id, String base64, String property) {
        byte[] secret;
        try {
            secret = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(property + " is not valid base64: " + e.getMessage());
        }
        try {
            return new ChainKey(id, secret);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(property + ": " + e.getMessage());
        }
    }

    /** The key new entries are hashed with. */
    public ChainKey current() {
        return current;
    }

    /** The current or a previous key by its id. */
    public Optional<ChainKey> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public SignedCheckpoint sign(long seq, String hash, Instant at) {
        return SignedCheckpoint.sign(seq, hash, at, signingKey, signingKeyId);
    }

    public boolean verifies(SignedCheckpoint checkpoint) {
        return checkpoint.verifiesWith(verifyKey);
    }
}
