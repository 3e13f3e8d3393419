package org.procurement.stack;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the stack keeps its files and which ports it uses.
 *
 * @param root           the repository root (realm file, service jars)
 * @param stateDir       logs, data and the pid file ({@code .local-stack} for the local stack)
 * @param cacheDir       the unpacked, built Keycloak (shared between checkouts and test runs)
 * @param durable        fsync on (persistent local data) or off (throw-away test data)
 * @param servicePorts   HTTP port of each service, by service name, and of its management interface (name + " management");
 *                       also the mail server's SMTP port ({@code mail}) and the HTTP port of its view ({@code mail view})
 * @param existingPostgres    a running PostgreSQL server to use (PG_URL) instead of starting the embedded one
 * @param existingKeycloakUrl a running Keycloak to use (KEYCLOAK_URL, without trailing slash) instead of starting one
 * @param databasePasswords   passwords other than the demo default, by database name (CATALOG_DB_PASSWORD etc.)
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
        Duration serviceTimeout,
        Optional<ExistingPostgres> existingPostgres,
        Optional<String> existingKeycloakUrl,
        Map<String, String> databasePasswords) {

    public static final String REALM = "procurement";
    static final String MAIL = "mail";
    static final String MAIL_VIEW = "mail view";
    /**
     * Small heaps for small services: without -Xms the JVM commits an initial heap of 1/64 of the host's memory
     * (capped at -Xmx), so every service held its whole 256 MB heap; a 24 MB young generation and a 128 MB cap
     * bring catalog-service from 332 to 260 MB resident after 30 s of listing load. Code cache and thread stacks
     * are capped for the same reason; MALLOC_ARENA_MAX (set in ServiceProcess) limits glibc's per-thread arenas.
     * An initial heap of 32 MB, not 16: a JDK 25 AOT cache's archived heap objects do not fit in 16 MB and the JVM
     * refuses the cache ({@link AotCache}). The root pom trains the cache with these same options.
     * TrimNativeHeapInterval hands memory that glibc keeps after a burst back to the system every 5 s: measured on
     * approval-service after 60 s of inbox and case-list load, 336 MB resident without it, 283 MB with it.
     */
    public static final List<String> DEFAULT_SERVICE_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx128m",
            "-Xmn24m", "-Xss512k", "-XX:ReservedCodeCacheSize=48m", "-XX:TrimNativeHeapInterval=5000");

    public StackSettings {
        servicePorts = Map.copyOf(servicePorts);
        serviceJvmOptions = List.copyOf(serviceJvmOptions);
        databasePasswords = Map.copyOf(databasePasswords);
    }

    /**
     * The local stack behind {@code run.sh}: fixed ports (overridable by environment variables), durable data;
     * an existing PostgreSQL (PG_URL) and/or Keycloak (KEYCLOAK_URL) instead of the embedded ones if given.
     *
     * @throws IllegalArgumentException naming the environment variable that is malformed or does not fit
     */
    public static StackSettings local(Path root, Map<String, String> env) {
        Map<String, Integer> servicePorts = new LinkedHashMap<>();
        servicePorts.put(ServiceSpec.CATALOG.name(), 8081);
        servicePorts.put(ServiceSpec.REQUEST.name(), 8082);
        servicePorts.put(ServiceSpec.APPROVAL.name(), 8083);
        for (ServiceSpec service : ServiceSpec.ALL) {
            // Health and metrics: the management interface, 9081-9083 beside the API's 8081-8083.
            servicePorts.put(managementKey(service), servicePorts.get(service.name()) + 1000);
        }
        servicePorts.put(MAIL, port(env, "MAIL_SMTP_PORT", 3025));
        servicePorts.put(MAIL_VIEW, port(env, "MAIL_VIEW_PORT", 8025));
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
                Duration.ofSeconds(120),
                existingPostgres(env),
                existingKeycloakUrl(env),
                databasePasswords(env));
    }

    /** For system tests: every port free, state under {@code workDir}, fsync off. */
    public static StackSettings forTests(Path root, Path workDir) {
        int services = ServiceSpec.ALL.size();
        List<Integer> ports = FreePorts.find(3 + 2 * services + 2);
        Map<String, Integer> servicePorts = new LinkedHashMap<>();
        for (int i = 0; i < services; i++) {
            servicePorts.put(ServiceSpec.ALL.get(i).name(), ports.get(3 + i));
            servicePorts.put(managementKey(ServiceSpec.ALL.get(i)), ports.get(3 + services + i));
        }
        servicePorts.put(MAIL, ports.get(3 + 2 * services));
        servicePorts.put(MAIL_VIEW, ports.get(4 + 2 * services));
        return new StackSettings(
                root.toAbsolutePath().normalize(),
                workDir.toAbsolutePath().normalize(),
                cacheDir(System.getenv()),
                ports.get(0),
                ports.get(1),
                ports.get(2),
                servicePorts,
                false,
                DEFAULT_SERVICE_JVM_OPTIONS,
                Duration.ofSeconds(180),
                Duration.ofSeconds(120),
                Optional.empty(),
                Optional.empty(),
                Map.of());
    }

    /** The same settings with an existing PostgreSQL and/or Keycloak (empty: start the embedded one). */
    public StackSettings withExisting(Optional<ExistingPostgres> postgres, Optional<String> keycloakUrl) {
        return new StackSettings(root, stateDir, cacheDir, postgresPort, keycloakPort, keycloakManagementPort,
                servicePorts, durable, serviceJvmOptions, keycloakTimeout, serviceTimeout, postgres,
                keycloakUrl.map(StackSettings::keycloakUrl), databasePasswords);
    }

    static Optional<ExistingPostgres> existingPostgres(Map<String, String> env) {
        String url = value(env, "PG_URL");
        if (url == null) {
            for (String name : List.of("PG_ADMIN_USER", "PG_ADMIN_PASSWORD")) {
                if (value(env, name) != null) {
                    throw new IllegalArgumentException(name + " is set but PG_URL is not; both name an existing server");
                }
            }
            return Optional.empty();
        }
        if (value(env, "PG_PORT") != null) {
            throw new IllegalArgumentException("PG_PORT is the embedded server's port; with PG_URL, give the port in the URL");
        }
        return Optional.of(ExistingPostgres.parse(url, value(env, "PG_ADMIN_USER"), env.get("PG_ADMIN_PASSWORD")));
    }

    static Optional<String> existingKeycloakUrl(Map<String, String> env) {
        String url = value(env, "KEYCLOAK_URL");
        if (url == null) {
            return Optional.empty();
        }
        for (String name : List.of("KEYCLOAK_PORT", "KEYCLOAK_MANAGEMENT_PORT")) {
            if (value(env, name) != null) {
                throw new IllegalArgumentException(name + " is for the Keycloak the launcher starts; with KEYCLOAK_URL,"
                        + " give the port in the URL");
            }
        }
        return Optional.of(keycloakUrl(url));
    }

    /** Checks a Keycloak base URL ({@code http[s]://host[:port][/path]}); returns it without trailing slash. */
    static String keycloakUrl(String value) {
        String url = value.trim().replaceAll("/+$", "");
        String problem;
        try {
            URI uri = new URI(url);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                problem = "it must start with http:// or https://";
            } else if (uri.getHost() == null || uri.getRawUserInfo() != null) {
                problem = "no valid host";
            } else if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                problem = "no query or fragment, please";
            } else if (uri.getPath().contains("/realms/")) {
                problem = "give the server's URL, without /realms/" + REALM;
            } else {
                return url;
            }
        } catch (URISyntaxException e) {
            problem = e.getMessage();
        }
        throw new IllegalArgumentException("KEYCLOAK_URL must look like https://sso.example[:port][/path], was '"
                + value + "': " + problem);
    }

    /** CATALOG_DB_PASSWORD, REQUEST_DB_PASSWORD, APPROVAL_DB_PASSWORD, KEYCLOAK_DB_PASSWORD, where given. */
    static Map<String, String> databasePasswords(Map<String, String> env) {
        Map<String, String> passwords = new LinkedHashMap<>();
        for (Database database : Database.ALL) {
            String name = passwordVariable(database);
            String password = env.get(name);
            if (password == null || password.isEmpty()) {
                continue;
            }
            if (password.contains("'")) {
                throw new IllegalArgumentException(name + " must not contain a single quote (');"
                        + " it goes into CREATE ROLE ... PASSWORD '...'");
            }
            passwords.put(database.name(), password);
        }
        return passwords;
    }

    /** The environment variable that overrides a database's password, e.g. CATALOG_DB_PASSWORD. */
    public static String passwordVariable(Database database) {
        return database.name().toUpperCase(Locale.ROOT) + "_DB_PASSWORD";
    }

    /** The trimmed value of an environment variable, or null if unset or blank. */
    private static String value(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value.trim();
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
        return value == null || value.isBlank() ? defaultPort : portNumber(name, value);
    }

    /** @throws IllegalArgumentException "{@code name} must be a port number (1-65535), was '...'" */
    static int portNumber(String name, String value) {
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
                servicePorts, durable, options, keycloakTimeout, serviceTimeout, existingPostgres, existingKeycloakUrl,
                databasePasswords);
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

    /** The mail server's SMTP port (the services send there). */
    public int mailPort() {
        return servicePorts.getOrDefault(MAIL, 3025);
    }

    public int mailViewPort() {
        return servicePorts.getOrDefault(MAIL_VIEW, 8025);
    }

    /** The mail server's HTTP view: what it received, per address. */
    public String mailViewUrl() {
        return "http://localhost:" + mailViewPort();
    }

    public String serviceUrl(ServiceSpec service) {
        return "http://localhost:" + servicePort(service);
    }

    /** The port of the service's management interface (health, metrics). */
    public int managementPort(ServiceSpec service) {
        Integer port = servicePorts.get(managementKey(service));
        return port == null ? servicePort(service) + 1000 : port;
    }

    /** Health and metrics: http://localhost:&lt;management port&gt; (then /q/health/ready, /q/metrics). */
    public String managementUrl(ServiceSpec service) {
        return "http://localhost:" + managementPort(service);
    }

    private static String managementKey(ServiceSpec service) {
        return service.name() + " management";
    }

    /** The Keycloak base URL: the existing one (KEYCLOAK_URL) or the one the stack starts. */
    public String keycloakUrl() {
        return existingKeycloakUrl.orElse("http://localhost:" + keycloakPort);
    }

    public String realmUrl() {
        return keycloakUrl() + "/realms/" + REALM;
    }

    /** On the existing server (PG_URL) or the embedded one. */
    public String jdbcUrl(Database database) {
        return existingPostgres.map(server -> server.jdbcUrl(database.name()))
                .orElse("jdbc:postgresql://localhost:" + postgresPort + "/" + database.name());
    }

    /** The database with the password the stack uses for it: the demo default or its *_DB_PASSWORD. */
    public Database database(Database database) {
        String password = databasePasswords.get(database.name());
        return password == null ? database : new Database(database.name(), database.user(), password);
    }

    /** True if the password of {@code database} is not the demo default (so not to be printed). */
    public boolean hasOwnPassword(Database database) {
        return databasePasswords.containsKey(database.name());
    }

    /** The databases the stack needs (keycloak's only if it starts Keycloak), with their passwords. */
    public List<Database> databases() {
        return Database.ALL.stream()
                .filter(database -> existingKeycloakUrl.isEmpty() || !database.equals(Database.KEYCLOAK))
                .map(this::database)
                .toList();
    }

    /** Every port the stack listens on (not those of an existing server), named by part, in start order. */
    public Map<String, Integer> ports() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        if (existingPostgres.isEmpty()) {
            ports.put("postgres", postgresPort);
        }
        if (existingKeycloakUrl.isEmpty()) {
            ports.put("keycloak", keycloakPort);
            ports.put("keycloak management", keycloakManagementPort);
        }
        ports.put(MAIL, mailPort());
        ports.put(MAIL_VIEW, mailViewPort());
        for (ServiceSpec service : ServiceSpec.ALL) {
            ports.put(service.name(), servicePort(service));
        }
        for (ServiceSpec service : ServiceSpec.ALL) {
            ports.put(managementKey(service), managementPort(service));
        }
        return ports;
    }
}
