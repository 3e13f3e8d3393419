package org.procurement.approval.policy;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The default policy exactly as the migration loads it, read from the migration itself. */
public final class DefaultPolicy {

    static final ObjectMapper JSON = new ObjectMapper();

    private DefaultPolicy() {
    }

    public static Policy load() {
        try (InputStream in = DefaultPolicy.class.getResourceAsStream("/db/migration/V3__default_policy.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int start = sql.indexOf("$policy$", sql.indexOf("VALUES")) + "$policy$".length();
            int end = sql.indexOf("$policy$", start);
            return JSON.readValue(sql.substring(start, end), Policy.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
