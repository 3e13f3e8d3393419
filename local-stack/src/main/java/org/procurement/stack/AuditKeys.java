package org.procurement.stack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit chain's keys the stack gives the services (their production profile has no default): approval-service
 * hashes with the HMAC key and signs checkpoints, request-service verifies them with the public key. The launcher's
 * own AUDIT_* variables win; otherwise the published DEMO keys, the same as the services' dev and test configuration.
 */
final class AuditKeys {

    static final Map<String, String> DEMO = Map.of(
            "AUDIT_HMAC_KEY", "rr1KUNsEhw2T/BU+LUM/u4+T/8MMJCJoQtwfd1C0USQ=",
            "AUDIT_HMAC_KEY_ID", "k1",
            "AUDIT_SIGNING_KEY", "MC4CAQAwBQYDK2VwBCIEIKaE1RMiYT+gtQAr10CzMru6R0U54KUdL/lLHi9HUlj4",
            "AUDIT_VERIFY_KEY", "MCowBQYDK2VwAyEAprVBIqMZdRa8vvSeZ2wpOhxocU5LWae8Pnuuuw7FQhQ=");

    private AuditKeys() {
    }

    static Map<String, String> environment(ServiceSpec spec, Map<String, String> launcherEnv) {
        List<String> names;
        if (spec.equals(ServiceSpec.APPROVAL)) {
            names = List.of("AUDIT_HMAC_KEY", "AUDIT_HMAC_KEY_ID", "AUDIT_SIGNING_KEY", "AUDIT_VERIFY_KEY");
        } else if (spec.equals(ServiceSpec.REQUEST)) {
            names = List.of("AUDIT_VERIFY_KEY");
        } else {
            names = List.of();
        }
        Map<String, String> env = new LinkedHashMap<>();
        for (String name : names) {
            String own = launcherEnv.get(name);
            env.put(name, own == null || own.isBlank() ? DEMO.get(name) : own.strip());
        }
        return env;
    }
}
