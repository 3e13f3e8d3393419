package org.procurement.support.security;

import java.time.Instant;

/**
 * Which access token a call was made with, as a record can name it without holding it: the token's id ({@code jti}),
 * the SHA-256 of the raw token (hex; the token itself is never stored or logged) and when the user signed in
 * ({@code auth_time}, absent from service-account tokens).
 */
public record TokenEvidence(String tokenId, String tokenSha256, Instant authTime) {
}
