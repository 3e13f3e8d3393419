package org.procurement.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Under the prod profile no secret has a fallback: the packaged services are started with every secret but one, and
 * each must stop at start with a message naming the missing variable. With all of them given, the same start gets
 * past configuration (and fails only on the database these tests do not provide), so the check can tell.
 */
class ProductionSecretsTests {

    /** Every secret each service reads, with a value that is well-formed but not a real one. */
    private static final Map<String, Map<String, String>> SECRETS = Map.of(
            "catalog-service", Map.of("DB_PASSWORD", "x", "DB_OWNER_PASSWORD", "x", "OIDC_CLIENT_SECRET", "x"),
            "request-service", Map.of("DB_PASSWORD", "x", "DB_OWNER_PASSWORD", "x", "OIDC_CLIENT_SECRET", "x",
                    "AUDIT_VERIFY_KEY", "MCowBQYDK2VwAyEAprVBIqMZdRa8vvSeZ2wpOhxocU5LWae8Pnuuuw7FQhQ="),
            "approval-service", Map.of("DB_PASSWORD", "x", "DB_OWNER_PASSWORD", "x", "OIDC_CLIENT_SECRET", "x",
                    "AUDIT_HMAC_KEY", "rr1KUNsEhw2T/BU+LUM/u4+T/8MMJCJoQtwfd1C0USQ=",
                    "AUDIT_SIGNING_KEY", "MC4CAQAwBQYDK2VwBCIEIKaE1RMiYT+gtQAr10CzMru6R0U54KUdL/lLHi9HUlj4",
                    "AUDIT_VERIFY_KEY", "MCowBQYDK2VwAyEAprVBIqMZdRa8vvSeZ2wpOhxocU5LWae8Pnuuuw7FQhQ="));

    static Stream<Arguments> eachSecretOfEachService() {
        List<Arguments> cases = new ArrayList<>();
        SECRETS.forEach((service, secrets) -> secrets.keySet().stream().sorted()
                .forEach(name -> cases.add(Arguments.of(service, name))));
        return cases.stream();
    }

    /** The secrets this test gives are all the secrets the service reads (a new one must be added above). */
    @Test
    void theListCoversEverySecretTheServicesRead() throws IOException {
        for (String service : Manifests.SERVICES) {
            List<String> read = ServiceSettingsTests.settingsReadBy(service).keySet().stream()
                    .filter(name -> name.endsWith("PASSWORD") || name.endsWith("SECRET") || name.endsWith("_KEY"))
                    .sorted().toList();
            assertEquals(read, SECRETS.get(service).keySet().stream().sorted().toList(), service);
        }
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("eachSecretOfEachService")
    void aMissingSecretStopsTheServiceNamingIt(String service, String missing) throws Exception {
        Map<String, String> env = new LinkedHashMap<>(SECRETS.get(service));
        env.remove(missing);
        Start start = start(service, env);
        assertNotEquals(0, start.exitCode(), start.output());
        assertTrue(start.output().contains(missing), service + " must name " + missing + ":\n" + start.output());
    }

    @ParameterizedTest(name = "{0} with every secret")
    @MethodSource("services")
    void withEverySecretGivenTheStartGetsPastConfiguration(String service) throws Exception {
        Start start = start(service, SECRETS.get(service));
        for (String name : SECRETS.get(service).keySet()) {
            assertFalse(start.output().contains("Could not expand value " + name), name + ":\n" + start.output());
        }
    }

    static Stream<String> services() {
        return Manifests.SERVICES.stream();
    }

    private record Start(int exitCode, String output) {
    }

    /** Runs the packaged service under prod, with no database and no Keycloak, until it gives up (at most 90 s). */
    private static Start start(String service, Map<String, String> secrets) throws Exception {
        Path jar = Manifests.repoRoot().resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        assertTrue(Files.isRegularFile(jar), jar + " is missing: package the services first (./mvnw verify builds "
                + "them before this module)");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx96m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString())
                .redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("DB_") || name.startsWith("OIDC_")
                || name.startsWith("AUDIT_"));
        env.put("QUARKUS_PROFILE", "prod");
        env.put("HTTP_PORT", "0");
        env.put("QUARKUS_MANAGEMENT_PORT", "0");
        env.put("DB_URL", "jdbc:postgresql://127.0.0.1:1/" + service.replace("-service", ""));
        env.put("DB_OWNER_USER", "owner");
        env.put("OIDC_SERVER_URL", "http://127.0.0.1:1/realms/procurement");
        env.put("LOG_JSON", "false");
        env.putAll(secrets);
        Path log = Files.createTempFile(service, ".log");
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        try {
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                return new Start(0, service + " was still running after 90 s:\n" + Files.readString(log));
            }
            return new Start(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }
}
