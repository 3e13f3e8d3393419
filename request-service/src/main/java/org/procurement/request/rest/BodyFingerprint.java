package org.procurement.request.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 of a request body as parsed, so that an idempotent retry matches regardless of whitespace or key order
 * while any change of content does not.
 */
@ApplicationScoped
class BodyFingerprint {

    private final ObjectMapper mapper;

    BodyFingerprint(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    String of(Object body) {
        try {
            byte[] canonical = mapper.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint a request body", e);
        }
    }
}
