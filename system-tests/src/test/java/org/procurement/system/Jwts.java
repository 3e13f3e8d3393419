package org.procurement.system;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Just enough JWT to forge bad tokens: read a token's parts, change claims, sign RS256 or not at all. */
final class Jwts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private Jwts() {
    }

    static Map<String, Object> header(String token) {
        return part(token, 0);
    }

    static Map<String, Object> claims(String token) {
        return part(token, 1);
    }

    private static Map<String, Object> part(String token, int index) {
        try {
            return JSON.readValue(Base64.getUrlDecoder().decode(token.split("\\.")[index]),
                    new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not a JWT", e);
        }
    }

    static String encode(Map<String, Object> json) {
        try {
            return ENCODER.encodeToString(JSON.writeValueAsBytes(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** header.claims signed RS256 with {@code key}. */
    static String sign(Map<String, Object> header, Map<String, Object> claims, PrivateKey key) {
        String signingInput = encode(header) + "." + encode(claims);
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + ENCODER.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same claims with {@code alg: none} and an empty signature. */
    static String unsigned(String token) {
        Map<String, Object> header = new LinkedHashMap<>(header(token));
        header.put("alg", "none");
        return encode(header) + "." + encode(claims(token)) + ".";
    }

    /** The original header and signature around changed claims. */
    static String withClaims(String token, Map<String, Object> claims) {
        String[] parts = token.split("\\.");
        return parts[0] + "." + encode(claims) + "." + parts[2];
    }

    static KeyPair freshRsaKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
