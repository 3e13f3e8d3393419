package org.procurement.system;

import org.procurement.stack.LocalStack;
import org.procurement.stack.Progress;
import org.procurement.stack.ServiceSpec;
import org.procurement.stack.StackSettings;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole suite for the system tests: embedded PostgreSQL, Keycloak with the project's realm and the three
 * services as separate processes from their packaged jars, on free ports. Started once per test JVM and
 * stopped when it exits.
 */
final class Suite {

    private static Suite instance;

    private final LocalStack stack;
    private final StackSettings settings;

    private Suite(LocalStack stack) {
        this.stack = stack;
        this.settings = stack.settings();
    }

    static synchronized Suite get() {
        if (instance == null) {
            Path root = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
            List<String> jvm = new ArrayList<>(StackSettings.DEFAULT_SERVICE_JVM_OPTIONS);
            // Retries of undelivered events stay frequent so that recoveries show within seconds.
            jvm.add("-Doutbox.max-backoff=2s");
            jvm.add("-Doutbox.poll-interval=500ms");
            // approval-service signs a checkpoint of its audit chain every 2 s while it grows (AuditInsiderIT waits
            // for one to reach request-service).
            jvm.add("-Dapproval.audit.checkpoint-interval=2s");
            // A write's session check is remembered 2 s (30 s in production), so SessionEndIT sees a disabled user
            // lose their writes without waiting half a minute.
            jvm.add("-Dprocurement.session-check.cache-ttl=2s");
            // A request waiting for stock checks every 2 s (60 s in production) whether the stock is there.
            jvm.add("-Drequest.reservation.retry-interval=2s");
            // Each delivery's age is logged, for reading latencies out of the service logs.
            jvm.add("-Dquarkus.log.category.\"org.procurement.outbox\".level=DEBUG");
            // Logs as production writes them: one JSON object per line (CorrelationIT parses them).
            jvm.add("-DLOG_JSON=" + System.getProperty("suite.log-json", "true"));
            StackSettings settings = StackSettings.forTests(root, root.resolve("system-tests/target/stack"))
                    .withServiceJvmOptions(jvm);
            deleteRecursively(settings.dataDir());   // every run starts from empty databases
            LocalStack stack = new LocalStack(settings, Progress.console());
            Instant started = Instant.now();
            Story.say("starting PostgreSQL, Keycloak and the three services (logs in %s)", settings.logsDir());
            stack.start(true);
            Story.say("suite up in %d s: catalog %s, request %s, approval %s, keycloak %s",
                    Duration.between(started, Instant.now()).toSeconds(), settings.serviceUrl(ServiceSpec.CATALOG),
                    settings.serviceUrl(ServiceSpec.REQUEST), settings.serviceUrl(ServiceSpec.APPROVAL),
                    settings.keycloakUrl());
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "suite-stop"));
            instance = new Suite(stack);
        }
        return instance;
    }

    private static void deleteRecursively(Path dir) {
        if (!java.nio.file.Files.exists(dir)) {
            return;
        }
        try (var paths = java.nio.file.Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    String url(ServiceSpec service) {
        return settings.serviceUrl(service);
    }

    /** The service's management interface: health and metrics. */
    String managementUrl(ServiceSpec service) {
        return settings.managementUrl(service);
    }

    String keycloakUrl() {
        return settings.keycloakUrl();
    }

    /** The stack's mail server's HTTP view of what it received. */
    String mailViewUrl() {
        return settings.mailViewUrl();
    }

    Path screenshots() {
        return settings.root().resolve("system-tests/target/screenshots");
    }

    String realmUrl() {
        return settings.realmUrl();
    }

    Path logsDir() {
        return settings.logsDir();
    }

    Path log(ServiceSpec service) {
        return settings.logFile(service.name());
    }

    void stop(ServiceSpec service) {
        Story.say("stopping %s", service.name());
        stack.stopService(service);
    }

    void kill(ServiceSpec service) {
        Story.say("killing %s with SIGKILL", service.name());
        stack.killService(service);
    }

    void start(ServiceSpec service) {
        Story.say("starting %s again", service.name());
        stack.startService(service);
    }

    void stopPostgres() {
        Story.say("stopping PostgreSQL (fast shutdown; all three services' databases and Keycloak's go away)");
        stack.stopPostgres();
    }

    void startPostgres() {
        Story.say("starting PostgreSQL again on the same data directory and port");
        stack.startPostgresAgain();
    }

    void stopKeycloak() {
        Story.say("stopping Keycloak");
        stack.stopKeycloak();
    }

    void startKeycloak() {
        Story.say("starting Keycloak again");
        stack.startKeycloakAgain();
    }

    /** A connection to a service's database as the PostgreSQL superuser: the insider who can switch triggers off. */
    java.sql.Connection connectAsSuperuser(org.procurement.stack.Database database) throws java.sql.SQLException {
        // The embedded server trusts local connections of its superuser 'postgres'.
        return java.sql.DriverManager.getConnection(settings.jdbcUrl(database), "postgres", "postgres");
    }

    /** A connection to a service's own database, as that service's user (for counting what the APIs don't show). */
    java.sql.Connection connect(org.procurement.stack.Database database) throws java.sql.SQLException {
        org.procurement.stack.Database withPassword = settings.database(database);
        return java.sql.DriverManager.getConnection(settings.jdbcUrl(database), withPassword.user(),
                withPassword.password());
    }
}
