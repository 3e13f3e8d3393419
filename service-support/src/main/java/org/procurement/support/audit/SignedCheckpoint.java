package org.procurement.support.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

/**
 * approval-service's signed statement "the audit chain had this head at this position, at this time". The signing
 * side (approval-service) and the keeping side (request-service) share this one definition of the signed text, so
 * they cannot drift apart.
 *
 * @param seq       position of the chain's head entry
 * @param hash      that entry's hash (hex)
 * @param createdAt when the checkpoint was signed (millisecond precision, so it survives the database and JSON)
 * @param keyId     which signing key ({@link Ed25519Keys#keyId})
 * @param signature Ed25519 signature (base64) of {@link #text()}
 */
public record SignedCheckpoint(long seq, String hash, Instant createdAt, String keyId, String signature) {

    /** Names the statement and its version, so a signature can never be replayed as anything else. */
    public static final String PREFIX = "procurement-audit-checkpoint|v1";

    public static SignedCheckpoint sign(long seq, String hash, Instant createdAt, PrivateKey key, String keyId) {
        try {
            Signature signer = Signature.getInstance(Ed25519Keys.ALGORITHM);
            signer.initSign(key);
            signer.update(text(seq, hash, createdAt, keyId).getBytes(StandardCharsets.UTF_8));
            return new SignedCheckpoint(seq, hash, createdAt, keyId, Base64.getEncoder().encodeToString(signer.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign the audit checkpoint", e);
        }
    }

    /** The exact text that is signed. */
    public static String text(long seq, String hash, Instant createdAt, String keyId) {
        return PREFIX + "|" + seq + "|" + hash + "|" + createdAt + "|" + keyId;
    }

    public String text() {
        return text(seq, hash, createdAt, keyId);
    }

    /** True only if {@link #signature} is a valid signature of {@link #text()} by the holder of {@code key}'s pair. */
    public boolean verifiesWith(PublicKey key) {
        if (signature == null || hash == null || createdAt == null || keyId == null) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(Ed25519Keys.ALGORITHM);
            verifier.initVerify(key);
            verifier.update(text().getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (IllegalArgumentException | GeneralSecurityException notAValidSignature) {
            return false;
        }
    }
}
