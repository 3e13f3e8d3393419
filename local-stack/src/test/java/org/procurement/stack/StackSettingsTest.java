package org.procurement.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackSettingsTest {

    private static final Path ROOT = Path.of("/repo");

    @Test
    void localDefaults() {
        StackSettings settings = StackSettings.local(ROOT, Map.of());
        assertEquals(15432, settings.postgresPort());
        assertEquals(8180, settings.keycloakPort());
        assertEquals(9180, settings.keycloakManagementPort());
        assertEquals(8081, settings.servicePort(ServiceSpec.CATALOG));
        assertEquals(8083, settings.servicePort(ServiceSpec.APPROVAL));
        assertTrue(settings.durable());
        assertEquals(Path.of("/repo/.local-stack/data/postgres"), settings.postgresDataDir());
        assertEquals(Path.of("/repo/.local-stack/logs/keycloak.log"), settings.logFile("keycloak"));
        assertEquals(Path.of("/repo/catalog-service/target/quarkus-app/quarkus-run.jar"),
                settings.serviceJar(ServiceSpec.CATALOG));
        assertEquals(Path.of(System.getProperty("user.home"), ".cache/procurement-suite"), settings.cacheDir());
        assertEquals(StackSettings.DEFAULT_SERVICE_JVM_OPTIONS, settings.serviceJvmOptions());
    }

    @Test
    void environmentOverrides() {
        StackSettings settings = StackSettings.local(ROOT, Map.of(
                "PG_PORT", "25432", "KEYCLOAK_PORT", " 18180 ", "PROCUREMENT_CACHE_DIR", "/tmp/cache",
                "SERVICE_JAVA_OPTS", " -Xmx128m  -XX:+UseSerialGC "));
        assertEquals(25432, settings.postgresPort());
        assertEquals(18180, settings.keycloakPort());
        assertEquals("http://localhost:18180/realms/procurement", settings.realmUrl());
        assertEquals("jdbc:postgresql://localhost:25432/request", settings.jdbcUrl(Database.REQUEST));
        assertEquals(Path.of("/tmp/cache"), settings.cacheDir());
        assertEquals(List.of("-Xmx128m", "-XX:+UseSerialGC"), settings.serviceJvmOptions());
    }

    @Test
    void rejectsBadPorts() {
        for (String bad : List.of("abc", "0", "70000", "-1", "8080x")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> StackSettings.local(ROOT, Map.of("PG_PORT", bad)));
            assertTrue(e.getMessage().startsWith("PG_PORT must be a port number"), e.getMessage());
        }
    }

    @Test
    void testSettingsUseDistinctFreePortsAndNoFsync() {
        StackSettings settings = StackSettings.forTests(ROOT, Path.of("/tmp/work"));
        assertFalse(settings.durable());
        assertEquals(Path.of("/tmp/work/logs"), settings.logsDir());
        assertEquals(settings.ports().size(), new HashSet<>(settings.ports().values()).size());
        assertNotEquals(15432, settings.postgresPort());
    }

    @Test
    void serviceEnvironment() {
        StackSettings settings = StackSettings.local(ROOT, Map.of());
        Map<String, String> request = ServiceProcess.environment(ServiceSpec.REQUEST, settings);
        assertEquals("8082", request.get("HTTP_PORT"));
        assertEquals("jdbc:postgresql://localhost:15432/request", request.get("DB_URL"));
        assertEquals("request", request.get("DB_USER"));
        assertEquals("request", request.get("DB_PASSWORD"));
        assertEquals("http://localhost:8180/realms/procurement", request.get("OIDC_SERVER_URL"));
        assertEquals("http://localhost:8081", request.get("CATALOG_URL"));
        assertEquals("http://localhost:8083", request.get("APPROVAL_URL"));
        assertEquals("request-service-demo-secret", request.get("OIDC_CLIENT_SECRET"));
        assertEquals("prod,demo", request.get("QUARKUS_PROFILE"));
        assertFalse(ServiceProcess.environment(ServiceSpec.CATALOG, settings).containsKey("OIDC_CLIENT_SECRET"));
        assertEquals("approval-service-demo-secret",
                ServiceProcess.environment(ServiceSpec.APPROVAL, settings).get("OIDC_CLIENT_SECRET"));
    }

    @Test
    void keycloakArguments() {
        List<String> args = KeycloakServer.startArguments(StackSettings.local(ROOT, Map.of("KEYCLOAK_PORT", "8280")));
        assertEquals(List.of("start", "--optimized"), args.subList(0, 2));
        assertTrue(args.contains("--hostname=http://localhost:8280"), args.toString());
        assertTrue(args.contains("--http-port=8280"));
        assertTrue(args.contains("--http-management-port=9180"));
        assertTrue(args.contains("--cache=local"));
        assertTrue(args.contains("--db-url=jdbc:postgresql://localhost:15432/keycloak"));
        assertTrue(args.contains("--import-realm"));
        assertFalse(args.stream().anyMatch(arg -> arg.contains("password")), "secrets belong in the environment");
    }
}
