package org.procurement.stack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keycloak started from the prepared distribution with {@code start --optimized}, its data in the
 * {@code keycloak} PostgreSQL database, the realm imported from deploy/keycloak on first start.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";

    private final ManagedProcess process;
    private final StackSettings settings;

    private KeycloakServer(ManagedProcess process, StackSettings settings) {
        this.process = process;
        this.settings = settings;
    }

    public static KeycloakServer start(KeycloakDistribution distribution, StackSettings settings) throws IOException {
        Path importDir = distribution.home().resolve("data/import");
        Files.createDirectories(importDir);
        Files.copy(settings.realmFile(), importDir.resolve(settings.realmFile().getFileName()),
                StandardCopyOption.REPLACE_EXISTING);
        List<String> command = new ArrayList<>();
        command.add(distribution.kcSh().toString());
        command.addAll(startArguments(settings));
        ManagedProcess process = ManagedProcess.start("keycloak", command, environment(settings),
                distribution.home(), settings.logFile("keycloak"));
        return new KeycloakServer(process, settings);
    }

    static List<String> startArguments(StackSettings settings) {
        return List.of(
                "start",
                "--optimized",
                "--http-enabled=true",
                "--http-host=127.0.0.1",
                "--http-port=" + settings.keycloakPort(),
                "--http-management-port=" + settings.keycloakManagementPort(),
                "--hostname=" + settings.keycloakUrl(),
                "--cache=local",
                "--db-url=" + settings.jdbcUrl(Database.KEYCLOAK),
                "--db-username=" + Database.KEYCLOAK.user(),
                "--import-realm");
    }

    /** Secrets go in the environment rather than on the command line. */
    static Map<String, String> environment(StackSettings settings) {
        return Map.of(
                "JAVA_HOME", System.getProperty("java.home"),
                "KC_DB_PASSWORD", settings.database(Database.KEYCLOAK).password(),
                "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
    }

    public Readiness.Target readiness() {
        return new Readiness.Target("keycloak",
                URI.create("http://127.0.0.1:" + settings.keycloakManagementPort() + "/health/ready"), process);
    }

    public ManagedProcess process() {
        return process;
    }

    /** SIGTERM to kc.sh, which passes it on to the JVM; Keycloak stops in a few seconds. */
    @Override
    public void close() {
        process.stop(Duration.ofSeconds(30));
    }
}
