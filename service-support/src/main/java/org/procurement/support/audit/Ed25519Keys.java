package org.procurement.support.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/** Ed25519 keys from configuration (base64 of PKCS#8 and X.509 encodings, as the JDK writes them). */
public final class Ed25519Keys {

    public static final String ALGORITHM = "Ed25519";

    private Ed25519Keys() {
    }

    /** @throws IllegalArgumentException naming {@code property} when the value is missing or not such a key */
    public static PrivateKey privateKey(String base64, String property) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(decode(base64, property)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(property + " is not an Ed25519 private key (PKCS#8, base64): " + e.getMessage());
        }
    }

    /** @throws IllegalArgumentException naming {@code property} when the value is missing or not such a key */
    public static PublicKey publicKey(String base64, String property) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(decode(base64, property)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(property + " is not an Ed25519 public key (X.509, base64): " + e.getMessage());
        }
    }

    /** A short, stable name for a public key: {@code ed25519:} and the first 16 hex digits of its SHA-256. */
    public static String keyId(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return "ed25519:" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Whether the two keys are a pair (a mismatch would only show when the first checkpoint fails to verify). */
    public static boolean arePair(PrivateKey signing, PublicKey verifying) {
        try {
            byte[] probe = "key pair probe".getBytes(StandardCharsets.UTF_8);
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(signing);
            signer.update(probe);
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(verifying);
            verifier.update(probe);
            return verifier.verify(signer.sign());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static byte[] decode(String base64, String property) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalArgumentException(property + " is not set");
        }
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(property + " is not valid base64: " + e.getMessage());
        }
    }
}
