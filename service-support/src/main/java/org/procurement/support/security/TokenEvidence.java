package org.procurement.support.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Which access token a call was made with, as a record can name it without holding it: the token's id ({@code jti}),
 * the SHA-256 of the raw token (hex; the token itself is never stored or logged) and when the user signed in
 * ({@code auth_time}, absent from service-account tokens).
 */
public record TokenEvidence(String tokenId, String tokenSha256, Instant authTime) {

    /** The SHA-256 of a raw token, in hex: how records and caches name a token without keeping it. */
    public static String sha256(String rawToken) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(rawToken.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
