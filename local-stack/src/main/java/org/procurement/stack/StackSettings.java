package org.procurement.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the stack keeps its files and which ports it uses.
 *
 * @param root           the repository root (realm file, service jars)
 * @param stateDir       logs, data and the pid file ({@code .local-stack} for the local stack)
 * @param cacheDir       the unpacked, built Keycloak (shared between checkouts and test runs)
 * @param durable        fsync on (persistent local data) or off (throw-away test data)
 * @param servicePorts   HTTP port of each service, by service name
 */
public record StackSettings(
        Path root,
        Path stateDir,
        Path cacheDir,
        int postgresPort,
        int keycloakPort,
        int keycloakManagementPort,
        Map<String, Integer> servicePorts,
        boolean durable,
        List<String> serviceJvmOptions,
        Duration keycloakTimeout,
        Duration serviceTimeout) {

    public static final String REALM = "procurement";
    public static final List<String> DEFAULT_SERVICE_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xmx256m");

    public StackSettings {
        servicePorts = Map.copyOf(servicePorts);
        serviceJvmOptions = List.copyOf(serviceJvmOptions);
    }

    /** The local stack behind {@code run.sh}: fixed ports (overridable by environment variables), durable data. */
    public static StackSettings local(Path root, Map<String, String> env) {
        Map<String, Integer> servicePorts = new LinkedHashMap<>();
        servicePorts.put(ServiceSpec.CATALOG.name(), 8081);
        servicePorts.put(ServiceSpec.REQUEST.name(), 8082);
        servicePorts.put(ServiceSpec.APPROVAL.name(), 8083);
        String jvmOptions = env.getOrDefault("SERVICE_JAVA_OPTS", "").trim();
        return new StackSettings(
                root.toAbsolutePath().normalize(),
                root.toAbsolutePath().normalize().resolve(".local-stack"),
                cacheDir(env),
                port(env, "PG_PORT", 15432),
                port(env, "KEYCLOAK_PORT", 8180),
                port(env, "KEYCLOAK_MANAGEMENT_PORT", 9180),
                servicePorts,
                true,
                jvmOptions.isEmpty() ? DEFAULT_SERVICE_JVM_OPTIONS : Arrays.asList(jvmOptions.split("\\s+")),
                Duration.ofSeconds(180),
                Duration.ofSeconds(120));
    }

    /** For system tests: every port free, state under {@code workDir}, fsync off. */
    public static StackSettings forTests(Path root, Path workDir) {
        Map<String, Integer> servicePorts = new LinkedHashMap<>();
        for (ServiceSpec service : ServiceSpec.ALL) {
            servicePorts.put(service.name(), FreePorts.find());
        }
        return new StackSettings(
                root.toAbsolutePath().normalize(),
                workDir.toAbsolutePath().normalize(),
                cacheDir(System.getenv()),
                FreePorts.find(),
                FreePorts.find(),
                FreePorts.find(),
                servicePorts,
                false,
                DEFAULT_SERVICE_JVM_OPTIONS,
                Duration.ofSeconds(180),
                Duration.ofSeconds(120));
    }

    static Path cacheDir(Map<String, String> env) {
        String override = env.get("PROCUREMENT_CACHE_DIR");
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        return Path.of(System.getProperty("user.home"), ".cache", "procurement-suite");
    }

    static int port(Map<String, String> env, String name, int defaultPort) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return defaultPort;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a port number (1-65535), was '" + value + "'");
    }

    /** The same settings with other JVM options for the services (system tests pass -D settings this way). */
    public StackSettings withServiceJvmOptions(List<String> options) {
        return new StackSettings(root, stateDir, cacheDir, postgresPort, keycloakPort, keycloakManagementPort,
                servicePorts, durable, options, keycloakTimeout, serviceTimeout);
    }

    public Path dataDir() {
        return stateDir.resolve("data");
    }

    public Path logsDir() {
        return stateDir.resolve("logs");
    }

    public Path logFile(String part) {
        return logsDir().resolve(part + ".log");
    }

    public Path pidFile() {
        return stateDir.resolve("stack.pids");
    }

    public Path postgresDataDir() {
        return dataDir().resolve("postgres");
    }

    public Path realmFile() {
        return root.resolve("deploy/keycloak/procurement-realm.json");
    }

    public Path serviceJar(ServiceSpec service) {
        return root.resolve(service.name()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public int servicePort(ServiceSpec service) {
        Integer port = servicePorts.get(service.name());
        if (port == null) {
            throw new IllegalArgumentException("no port for " + service.name());
        }
        return port;
    }

    public String serviceUrl(ServiceSpec service) {
        return "http://localhost:" + servicePort(service);
    }

    public String keycloakUrl() {
        return "http://localhost:" + keycloakPort;
    }

    public String realmUrl() {
        return keycloakUrl() + "/realms/" + REALM;
    }

    public String jdbcUrl(Database database) {
        return "jdbc:postgresql://localhost:" + postgresPort + "/" + database.name();
    }

    /** Every port the stack listens on, named by part, in start order. */
    public Map<String, Integer> ports() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("postgres", postgresPort);
        ports.put("keycloak", keycloakPort);
        ports.put("keycloak management", keycloakManagementPort);
        for (ServiceSpec service : ServiceSpec.ALL) {
            ports.put(service.name(), servicePort(service));
        }
        return ports;
    }
}
