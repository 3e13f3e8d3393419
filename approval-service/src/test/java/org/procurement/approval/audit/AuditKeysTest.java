package org.procurement.approval.audit;

import org.junit.jupiter.api.Test;
import org.procurement.approval.config.AuditConfig;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keys are checked when the service starts, and a refusal names the property to fix. */
class AuditKeysTest {

    private static final String HMAC = "rr1KUNsEhw2T/BU+LUM/u4+T/8MMJCJoQtwfd1C0USQ=";
    private static final String SIGNING = "MC4CAQAwBQYDK2VwBCIEIKaE1RMiYT+gtQAr10CzMru6R0U54KUdL/lLHi9HUlj4";
    private static final String VERIFY = "MCowBQYDK2VwAyEAprVBIqMZdRa8vvSeZ2wpOhxocU5LWae8Pnuuuw7FQhQ=";
    private static final String OTHER_VERIFY = "MCowBQYDK2VwAyEAoTNiGve3hER+lAxoM0Rb40JgZ+el3ggjE/rYZR4GO5s=";

    @Test
    void theDemoKeysLoadAndPreviousKeysAreFoundByTheirId() {
        AuditKeys keys = new AuditKeys(config(HMAC, "k2", Map.of("k1", HMAC), SIGNING, VERIFY));
        assertEquals("k2", keys.current().id());
        assertTrue(keys.find("k1").isPresent());
        assertTrue(keys.find("k3").isEmpty());
    }

    @Test
    void aShortOrMalformedKeyStopsTheServiceNamingTheProperty() {
        assertMessage("approval.audit.hmac-key: audit key k1 has 16 bytes; at least 32 are needed",
                config("AAAAAAAAAAAAAAAAAAAAAA==", "k1", Map.of(), SIGNING, VERIFY));
        assertMessage("approval.audit.previous-hmac-keys.k0 is not valid base64",
                config(HMAC, "k1", Map.of("k0", "not base64!"), SIGNING, VERIFY));
        assertMessage("approval.audit.hmac-key: an audit key id is 1-40 letters",
                config(HMAC, "k 1", Map.of(), SIGNING, VERIFY));
        assertMessage("approval.audit.signing-key is not an Ed25519 private key", config(HMAC, "k1", Map.of(), VERIFY, VERIFY));
        assertMessage("approval.audit.verify-key is not set", config(HMAC, "k1", Map.of(), SIGNING, ""));
        assertMessage("approval.audit.signing-key and approval.audit.verify-key are not a key pair",
                config(HMAC, "k1", Map.of(), SIGNING, OTHER_VERIFY));
    }

    private static void assertMessage(String start, AuditConfig config) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new AuditKeys(config));
        assertTrue(refused.getMessage().startsWith(start), refused.getMessage());
    }

    private static AuditConfig config(String hmacKey, String keyId, Map<String, String> previous, String signing,
                                      String verify) {
        return new AuditConfig() {
            public String hmacKey() {
                return hmacKey;
            }

            public String hmacKeyId() {
                return keyId;
            }

            public Map<String, String> previousHmacKeys() {
                return previous;
            }

            public String signingKey() {
                return signing;
            }

            public String verifyKey() {
                return verify;
            }

            public String checkpointInterval() {
                return "off";
            }

            public String linkInterval() {
                return "off";
            }
        };
    }
}
