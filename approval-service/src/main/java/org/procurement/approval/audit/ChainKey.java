package org.procurement.approval.audit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/** One HMAC key of the audit chain and the id entries name it by. The secret never leaves this object. */
public final class ChainKey {

    static final String ALGORITHM = "HmacSHA256";
    /** Below this a key is refused (RFC 2104: at least the hash's output length). */
    static final int MIN_BYTES = 32;

    private final String id;
    private final SecretKeySpec secret;

    ChainKey(String id, byte[] secret) {
        if (id == null || !id.matches("[A-Za-z0-9._-]{1,40}")) {
            throw new IllegalArgumentException("an audit key id is 1-40 letters, digits, '.', '_' or '-', was '" + id + "'");
        }
        if (secret.length < MIN_BYTES) {
            throw new IllegalArgumentException("audit key " + id + " has " + secret.length + " bytes; at least "
                    + MIN_BYTES + " are needed");
        }
        this.id = id;
        this.secret = new SecretKeySpec(secret, ALGORITHM);
    }

    public String id() {
        return id;
    }

    /** HMAC-SHA-256 of the text (UTF-8), hex. */
    String hmac(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Override
    public String toString() {
        return "ChainKey[" + id + "]";
    }
}
