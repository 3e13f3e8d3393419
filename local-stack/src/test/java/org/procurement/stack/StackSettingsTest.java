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
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StackSettingsTest {

    private static final Path ROOT = Path.of("/repo");

    @Test
    void theAotCacheIsTrainedWithTheJvmOptionsTheServicesRunWith() throws Exception {
        // a cache is tied to the GC it was recorded with; the root pom's aot-cache profile names the options again
        String pom = java.nio.file.Files.readString(Path.of("..", "pom.xml"));
        java.util.regex.Matcher argLine = java.util.regex.Pattern
                .compile("<quarkus.test.arg-line>([^<]*)</quarkus.test.arg-line>").matcher(pom);
        assertTrue(argLine.find(), "the root pom's aot-cache profile sets quarkus.test.arg-line");
        assertEquals(StackSettings.DEFAULT_SERVICE_JVM_OPTIONS, List.of(argLine.group(1).trim().split("\\s+")));
    }

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
        // catalog-service's client only introspects tokens (the session check of writes).
        assertEquals("catalog-service-demo-secret",
                ServiceProcess.environment(ServiceSpec.CATALOG, settings).get("OIDC_CLIENT_SECRET"));
        assertEquals("approval-service-demo-secret",
                ServiceProcess.environment(ServiceSpec.APPROVAL, settings).get("OIDC_CLIENT_SECRET"));
    }

    @Test
    void theAuditKeysGoToTheServicesThatUseThemAndTheLaunchersOwnWin() {
        StackSettings settings = StackSettings.local(ROOT, Map.of());
        Map<String, String> approval = ServiceProcess.environment(ServiceSpec.APPROVAL, settings);
        for (String name : List.of("AUDIT_HMAC_KEY", "AUDIT_HMAC_KEY_ID", "AUDIT_SIGNING_KEY", "AUDIT_VERIFY_KEY")) {
            assertTrue(approval.containsKey(name), name);
        }
        assertEquals(approval.get("AUDIT_VERIFY_KEY"),
                ServiceProcess.environment(ServiceSpec.REQUEST, settings).get("AUDIT_VERIFY_KEY"));
        assertFalse(ServiceProcess.environment(ServiceSpec.REQUEST, settings).containsKey("AUDIT_SIGNING_KEY"));
        assertFalse(ServiceProcess.environment(ServiceSpec.CATALOG, settings).containsKey("AUDIT_VERIFY_KEY"));

        Map<String, String> own = AuditKeys.environment(ServiceSpec.APPROVAL, Map.of("AUDIT_HMAC_KEY", " own-key ",
                "AUDIT_HMAC_KEY_ID", ""));
        assertEquals("own-key", own.get("AUDIT_HMAC_KEY"));
        assertEquals("k1", own.get("AUDIT_HMAC_KEY_ID"));
        assertEquals(AuditKeys.DEMO.get("AUDIT_SIGNING_KEY"), own.get("AUDIT_SIGNING_KEY"));
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

    @Test
    void existingServersFromTheEnvironment() {
        StackSettings settings = StackSettings.local(ROOT, Map.of(
                "PG_URL", " jdbc:postgresql://db.example:6543/admin?sslmode=require ",
                "PG_ADMIN_USER", "root", "PG_ADMIN_PASSWORD", " pass word ",
                "KEYCLOAK_URL", "https://sso.example/auth/"));
        ExistingPostgres server = settings.existingPostgres().orElseThrow();
        assertEquals(new ExistingPostgres("db.example", 6543, "admin", "sslmode=require", "root", " pass word "), server);
        assertEquals("jdbc:postgresql://db.example:6543/admin?sslmode=require", server.adminJdbcUrl());
        assertFalse(server.toString().contains("pass word"), "no password in log lines");
        assertEquals("jdbc:postgresql://db.example:6543/request?sslmode=require", settings.jdbcUrl(Database.REQUEST));
        assertEquals("https://sso.example/auth", settings.keycloakUrl());
        assertEquals("https://sso.example/auth/realms/procurement", settings.realmUrl());
        assertEquals(List.of("mail", "mail view", "catalog-service", "request-service", "approval-service",
                "catalog-service management", "request-service management", "approval-service management"),
                List.copyOf(settings.ports().keySet()), "ports of the existing servers are none of ours");
        assertEquals(9082, settings.managementPort(ServiceSpec.REQUEST));
        assertEquals(List.of(Database.CATALOG, Database.REQUEST, Database.APPROVAL), settings.databases(),
                "no keycloak database for an existing Keycloak");

        Map<String, String> request = ServiceProcess.environment(ServiceSpec.REQUEST, settings);
        assertEquals("jdbc:postgresql://db.example:6543/request?sslmode=require", request.get("DB_URL"));
        assertEquals("https://sso.example/auth/realms/procurement", request.get("OIDC_SERVER_URL"));
    }

    @Test
    void existingPostgresDefaultsAndIpv6() {
        ExistingPostgres plain = ExistingPostgres.parse("jdbc:postgresql://db.example", "admin", null);
        assertEquals(5432, plain.port());
        assertEquals("postgres", plain.adminDatabase());
        assertEquals("", plain.adminPassword());
        assertEquals("jdbc:postgresql://db.example:5432/catalog", plain.jdbcUrl("catalog"));
        ExistingPostgres v6 = ExistingPostgres.parse("jdbc:postgresql://[::1]:5433/", "admin", "pw");
        assertEquals("[::1]", v6.host());
        assertEquals(5433, v6.port());
        assertEquals("jdbc:postgresql://[::1]:5433/postgres", v6.adminJdbcUrl());
        assertEquals(Optional.empty(), StackSettings.local(ROOT, Map.of("PG_URL", " ")).existingPostgres(),
                "blank is unset");
    }

    @Test
    void keycloakOnAnExistingPostgresWithItsOwnPasswords() {
        StackSettings settings = StackSettings.local(ROOT, Map.of(
                "PG_URL", "jdbc:postgresql://db.example/postgres", "PG_ADMIN_USER", "root",
                "KEYCLOAK_DB_PASSWORD", "kc-secret", "CATALOG_DB_PASSWORD", "cat secret", "REQUEST_DB_PASSWORD", ""));
        assertTrue(KeycloakServer.startArguments(settings).contains("--db-url=jdbc:postgresql://db.example:5432/keycloak"));
        assertEquals("kc-secret", KeycloakServer.environment(settings).get("KC_DB_PASSWORD"));
        assertEquals("cat secret", ServiceProcess.environment(ServiceSpec.CATALOG, settings).get("DB_PASSWORD"));
        assertEquals("request", ServiceProcess.environment(ServiceSpec.REQUEST, settings).get("DB_PASSWORD"),
                "empty means the demo default");
        assertEquals(List.of("catalog", "request", "approval", "keycloak"),
                settings.databases().stream().map(Database::name).toList());
        assertEquals("cat secret", settings.databases().get(0).password(), "roles are created with it");
        assertTrue(settings.hasOwnPassword(Database.CATALOG));
        assertFalse(settings.hasOwnPassword(Database.APPROVAL));
        assertFalse(settings.ports().containsKey("postgres"), "no embedded PostgreSQL to start");
        assertTrue(settings.ports().containsKey("keycloak"), "Keycloak is still started here");
    }

    @Test
    void malformedOrConflictingVariablesAreRejectedByName() {
        String url = "jdbc:postgresql://db/postgres";
        List<List<String>> cases = List.of(
                List.of("PG_URL must look like jdbc:postgresql://host[:port][/database], was 'postgres://db/x': it must start",
                        "PG_URL", "postgres://db/x", "PG_ADMIN_USER", "root"),
                List.of("PG_URL must look like jdbc:postgresql://host[:port][/database], was 'jdbc:postgresql:///x': no valid host",
                        "PG_URL", "jdbc:postgresql:///x", "PG_ADMIN_USER", "root"),
                List.of("PG_URL must look like jdbc:postgresql://host[:port][/database], was 'jdbc:postgresql://a,b/x': give one host",
                        "PG_URL", "jdbc:postgresql://a,b/x", "PG_ADMIN_USER", "root"),
                List.of("the port in PG_URL must be a port number (1-65535), was '99999'",
                        "PG_URL", "jdbc:postgresql://db:99999/x", "PG_ADMIN_USER", "root"),
                List.of("the port in PG_URL must be a port number (1-65535), was 'x5'",
                        "PG_URL", "jdbc:postgresql://db:x5", "PG_ADMIN_USER", "root"),
                List.of("PG_URL is set, so PG_ADMIN_USER (and PG_ADMIN_PASSWORD) must be too", "PG_URL", url),
                List.of("PG_ADMIN_USER is set but PG_URL is not", "PG_ADMIN_USER", "root"),
                List.of("PG_ADMIN_PASSWORD is set but PG_URL is not", "PG_ADMIN_PASSWORD", "pw"),
                List.of("PG_PORT is the embedded server's port; with PG_URL, give the port in the URL",
                        "PG_URL", url, "PG_ADMIN_USER", "root", "PG_PORT", "5432"),
                List.of("KEYCLOAK_URL must look like https://sso.example[:port][/path], was 'sso.example': it must start"
                        + " with http:// or https://", "KEYCLOAK_URL", "sso.example"),
                List.of("KEYCLOAK_URL must look like https://sso.example[:port][/path], was 'https://sso.example/realms/"
                        + "procurement': give the server's URL, without /realms/procurement",
                        "KEYCLOAK_URL", "https://sso.example/realms/procurement"),
                List.of("KEYCLOAK_URL must look like https://sso.example[:port][/path], was 'https://sso.example?x=1': no query",
                        "KEYCLOAK_URL", "https://sso.example?x=1"),
                List.of("KEYCLOAK_URL must look like https://sso.example[:port][/path], was 'http://sso example': ",
                        "KEYCLOAK_URL", "http://sso example"),
                List.of("KEYCLOAK_PORT is for the Keycloak the launcher starts; with KEYCLOAK_URL, give the port in the URL",
                        "KEYCLOAK_URL", "https://sso.example", "KEYCLOAK_PORT", "8180"),
                List.of("REQUEST_DB_PASSWORD must not contain a single quote (')", "REQUEST_DB_PASSWORD", "it's"));
        for (List<String> c : cases) {
            Map<String, String> env = new java.util.HashMap<>();
            for (int i = 1; i < c.size(); i += 2) {
                env.put(c.get(i), c.get(i + 1));
            }
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> StackSettings.local(ROOT, env), env.toString());
            assertTrue(e.getMessage().startsWith(c.get(0)), "expected '" + c.get(0) + "...', got: " + e.getMessage());
        }
    }
}
