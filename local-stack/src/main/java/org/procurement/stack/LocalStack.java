package org.procurement.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/**
 * The whole suite on this machine: PostgreSQL, then Keycloak, then the services; stopped in the reverse order.
 * An existing PostgreSQL or Keycloak ({@link StackSettings#existingPostgres}, {@link StackSettings#existingKeycloakUrl})
 * is used instead of starting one, and never stopped.
 * Used by the launcher ({@link Main}) and, with {@link StackSettings#forTests}, by system tests.
 * {@link #close()} may be called from another thread (a shutdown hook) while {@link #start} is still running.
 */
public final class LocalStack implements AutoCloseable {

    private final StackSettings settings;
    private final Progress progress;
    private final PidFile pidFile;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Object lock = new Object();
    /** Started parts, in start order; each entry stops its part. */
    private final List<Part> parts = new ArrayList<>();
    /** The running process of each service; replaced when a test restarts one. */
    private final java.util.Map<ServiceSpec, ServiceProcess> services = new java.util.concurrent.ConcurrentHashMap<>();
    /** Processes stopped on purpose (fault tests), whose exit is no surprise worth a warning. */
    private final java.util.Set<Long> stoppedOnPurpose = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;
    private volatile boolean up;
    private volatile boolean closedDuringStart;
    private volatile Thread startingThread;
    /** The embedded PostgreSQL and Keycloak, while running; replaced when a fault test restarts one. */
    private volatile PostgresServer postgres;
    private volatile KeycloakServer keycloak;
    private volatile KeycloakDistribution keycloakDistribution;

    private record Part(String name, Runnable stop) {
    }

    public LocalStack(StackSettings settings, Progress progress) {
        this.settings = settings;
        this.progress = progress;
        this.pidFile = new PidFile(settings.pidFile());
    }

    public StackSettings settings() {
        return settings;
    }

    /**
     * Starts every part; on failure stops what was started and throws.
     *
     * @param withServices false to start only PostgreSQL and Keycloak (e.g. to run the services in dev mode)
     * @throws StartupException naming the part that failed
     */
    public void start(boolean withServices) {
        startingThread = Thread.currentThread();
        try {
            Files.createDirectories(settings.logsDir());
            List<Database> created = settings.existingPostgres().isPresent()
                    ? useExistingPostgres(settings.existingPostgres().get()) : startPostgres();
            if (settings.existingKeycloakUrl().isPresent()) {
                checkExistingKeycloak(settings.existingKeycloakUrl().get());
            } else {
                startKeycloak(created.contains(settings.database(Database.KEYCLOAK)));
            }
            startMail();
            if (withServices) {
                startServices();
            }
            up = true;
        } catch (RuntimeException e) {
            close();
            throw e;
        } catch (IOException e) {
            close();
            throw new StartupException("stack", e.toString(), null, e);
        } finally {
            startingThread = null;
        }
    }

    private List<Database> startPostgres() {
        Progress.Step step = progress.begin("postgres", "starting on port " + settings.postgresPort());
        PostgresServer postgres;
        try {
            postgres = this.postgres = PostgresServer.start(settings.postgresDataDir(), settings.postgresPort(), settings.durable(),
                    settings.logFile("postgres"), settings.durable() ? settings.cacheDir().resolve("embedded-pg") : null);
        } catch (IOException | RuntimeException e) {
            step.fail(failed());
            throw new StartupException("postgres", String.valueOf(e.getMessage()), settings.logFile("postgres"), e);
        }
        register("postgres", List.of(postgres.postmaster()), this::closePostgres);
        try {
            List<Database> created = postgres.provision(settings.databases());
            step.done("ready on port " + settings.postgresPort() + createdText(created));
            return created;
        } catch (SQLException e) {
            step.fail(failed());
            throw new StartupException("postgres", "creating databases: " + e.getMessage(), settings.logFile("postgres"), e);
        }
    }

    /** Creates the missing roles and databases on the existing server; nothing to stop later. */
    private List<Database> useExistingPostgres(ExistingPostgres server) {
        Progress.Step step = progress.begin("postgres", "using the existing server at " + server.address());
        try {
            List<Database> created = DatabaseProvisioner.provision(server.adminDataSource(), server::adminDataSource,
                    settings.databases());
            step.done("existing server at " + server.address() + createdText(created));
            return created;
        } catch (SQLException e) {
            step.fail(failed());
            throw new StartupException("postgres", "existing server " + server.adminJdbcUrl() + " (PG_URL) as "
                    + server.adminUser() + ": " + e.getMessage() + hint(e), null, e);
        }
    }

    private static String hint(SQLException e) {
        String state = String.valueOf(e.getSQLState());
        if (state.equals("42501")) {
            return " (PG_ADMIN_USER must be allowed to create roles and databases: CREATEROLE and CREATEDB, or a superuser)";
        }
        if (state.startsWith("28")) {
            return " (check PG_ADMIN_USER and PG_ADMIN_PASSWORD)";
        }
        return "";
    }

    private static String createdText(List<Database> created) {
        return created.isEmpty() ? ""
                : ", created databases " + created.stream().map(Database::name).collect(Collectors.joining(", "));
    }

    /** The existing Keycloak must serve the realm; it is not started, imported into or stopped. */
    private void checkExistingKeycloak(String keycloakUrl) {
        Progress.Step step = progress.begin("keycloak", "checking the existing server at " + keycloakUrl);
        String issuer;
        try {
            issuer = ExistingKeycloak.check(keycloakUrl, Duration.ofSeconds(10));
        } catch (StartupException e) {
            step.fail(failed());
            throw e;
        }
        step.done("existing server serves the realm (issuer " + issuer + ")");
    }

    private void startKeycloak(boolean freshDatabase) throws IOException {
        KeycloakDistribution distribution = KeycloakDistribution.prepare(BuildInfo.load(), settings.cacheDir(),
                settings.logFile("keycloak-build"), progress);
        RealmFingerprint fingerprint = new RealmFingerprint(settings.realmFile(), settings.dataDir().resolve("realm.sha256"));
        Progress.Step step = progress.begin("keycloak", freshDatabase ? "starting, importing the realm" : "starting");
        keycloakDistribution = distribution;
        KeycloakServer keycloak = this.keycloak = KeycloakServer.start(distribution, settings);
        register("keycloak", keycloak.process().tree(), this::closeKeycloak);
        try {
            Readiness.awaitAll(List.of(keycloak.readiness()), settings.keycloakTimeout(), step);
        } catch (StartupException e) {
            step.fail(failed());
            throw e;
        }
        // now kc.sh has started the Keycloak JVM: record it too, for `run.sh stop` after a killed launcher
        pidFile.record("keycloak", keycloak.process().tree());
        step.done("ready at " + settings.keycloakUrl());
        if (freshDatabase) {
            fingerprint.remember();
        } else if (fingerprint.changed()) {
            progress.say("keycloak: NOTE " + settings.root().relativize(settings.realmFile()) + " changed since the realm"
                    + " was imported, and Keycloak keeps the imported realm. ./run.sh --reset re-imports it (wiping local data).");
        }
    }

    private void startMail() throws IOException {
        Progress.Step step = progress.begin("mail", "starting (SMTP on port " + settings.mailPort() + ")");
        SmtpServer mail;
        try {
            mail = SmtpServer.start(BuildInfo.mailJar(), settings);
        } catch (StartupException e) {
            step.fail(failed());
            throw e;
        }
        register("mail", List.of(mail.process().handle()), mail::close);
        try {
            Readiness.awaitAll(List.of(mail.readiness()), settings.serviceTimeout(), step);
        } catch (StartupException e) {
            step.fail(failed());
            throw e;
        }
        step.done("ready: SMTP on port " + settings.mailPort() + ", received mail at " + settings.mailViewUrl());
    }

    private void startServices() throws IOException {
        Progress.Step step = progress.begin("services", "starting " + ServiceSpec.ALL.stream()
                .map(ServiceSpec::name).collect(Collectors.joining(", ")));
        List<Readiness.Target> targets = new ArrayList<>();
        try {
            for (ServiceSpec spec : ServiceSpec.ALL) {
                ServiceProcess service = ServiceProcess.start(spec, settings);
                services.put(spec, service);
                register(spec.name(), service.process().tree(), () -> stopService(spec));
                targets.add(service.readiness());
            }
            progress.say("services: " + ServiceSpec.ALL.stream()
                    .map(spec -> spec.name() + ": " + services.get(spec).aotCache().why())
                    .collect(Collectors.joining("; ")));
            Readiness.awaitAll(targets, settings.serviceTimeout(), step);
        } catch (StartupException e) {
            step.fail(failed());
            throw e;
        }
        step.done("all ready");
    }

    /** Stops one service gracefully (SIGTERM); {@link #startService} brings it back. For fault tests. */
    public void stopService(ServiceSpec spec) {
        ServiceProcess service = services.get(spec);
        if (service != null) {
            stoppedOnPurpose.add(service.process().pid());
            service.close();
        }
    }

    /** Kills one service at once (SIGKILL), as a crash would: no shutdown hooks, nothing flushed. */
    public void killService(ServiceSpec spec) {
        ServiceProcess service = services.get(spec);
        if (service != null) {
            stoppedOnPurpose.add(service.process().pid());
            service.process().tree().forEach(ProcessHandle::destroyForcibly);
            try {
                service.process().waitFor(java.time.Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Starts a stopped or killed service again and waits until it is ready. */
    public void startService(ServiceSpec spec) {
        Progress.Step step = progress.begin(spec.name(), "restarting");
        try {
            ServiceProcess service = ServiceProcess.start(spec, settings);
            services.put(spec, service);
            pidFile.record(spec.name(), service.process().tree());
            Readiness.awaitAll(List.of(service.readiness()), settings.serviceTimeout(), step);
            step.done("ready again");
        } catch (IOException e) {
            step.fail("failed");
            throw new StartupException(spec.name(), e.toString(), settings.logFile(spec.name()), e);
        }
    }

    /**
     * Stops the embedded PostgreSQL (fast shutdown: sessions are ended, the data stays) as an outage looks to its
     * clients; {@link #startPostgresAgain} brings it back. For fault tests.
     */
    public void stopPostgres() {
        PostgresServer running = requireEmbedded(postgres, "postgres");
        stoppedOnPurpose.add(running.postmaster().pid());
        closePostgres();
    }

    /** Starts the embedded PostgreSQL again on the same data directory and port, after {@link #stopPostgres}. */
    public void startPostgresAgain() {
        PostgresServer stopped = requireEmbedded(postgres, "postgres");
        Progress.Step step = progress.begin("postgres", "restarting on port " + settings.postgresPort());
        try {
            PostgresServer started = stopped.startAgain();
            postgres = started;
            pidFile.record("postgres", List.of(started.postmaster()));
            step.done("ready again");
        } catch (IOException | RuntimeException e) {
            step.fail("failed");
            throw new StartupException("postgres", String.valueOf(e.getMessage()), settings.logFile("postgres"), e);
        }
    }

    /** Stops the embedded Keycloak (SIGTERM); {@link #startKeycloakAgain} brings it back. For fault tests. */
    public void stopKeycloak() {
        KeycloakServer running = requireEmbedded(keycloak, "keycloak");
        running.process().tree().forEach(process -> stoppedOnPurpose.add(process.pid()));
        closeKeycloak();
    }

    /** Starts the embedded Keycloak again (same database, port and realm) and waits until it is ready. */
    public void startKeycloakAgain() {
        requireEmbedded(keycloak, "keycloak");
        Progress.Step step = progress.begin("keycloak", "restarting");
        try {
            KeycloakServer started = KeycloakServer.start(keycloakDistribution, settings);
            keycloak = started;
            Readiness.awaitAll(List.of(started.readiness()), settings.keycloakTimeout(), step);
            pidFile.record("keycloak", started.process().tree());
            step.done("ready again");
        } catch (IOException e) {
            step.fail("failed");
            throw new StartupException("keycloak", e.toString(), settings.logFile("keycloak"), e);
        }
    }

    private static <T> T requireEmbedded(T part, String name) {
        if (part == null) {
            throw new IllegalStateException(name + " was not started by this stack (an existing server is used)");
        }
        return part;
    }

    /** Stops the current PostgreSQL unless it is already stopped. */
    private void closePostgres() {
        PostgresServer current = postgres;
        if (current != null && current.postmaster().isAlive()) {
            try {
                current.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void closeKeycloak() {
        KeycloakServer current = keycloak;
        if (current != null && current.process().isAlive()) {
            current.close();
        }
    }

    /**
     * Records a started part (pid file, stop order, a warning if it dies once the stack is up: it is not restarted).
     * If the stack is being closed meanwhile, stops the part at once and aborts the start.
     */
    private void register(String name, List<ProcessHandle> processes, Runnable stop) {
        synchronized (lock) {
            if (!stopping) {
                parts.add(new Part(name, stop));
                pidFile.record(name, processes);
                ProcessHandle main = processes.get(0);
                main.onExit().thenRun(() -> {
                    if (up && !stopping && !stoppedOnPurpose.contains(main.pid())) {
                        progress.say("WARNING: " + name + " (pid " + main.pid() + ") exited unexpectedly; see "
                                + settings.logFile(name));
                    }
                });
                return;
            }
        }
        stop.run();
        throw new StartupException(name, "stopped during startup", null);
    }

    private String failed() {
        return closedDuringStart ? "start interrupted" : "failed";
    }

    /** True if {@link #close()} was called from another thread (Ctrl-C) while {@link #start} was running. */
    public boolean closedDuringStart() {
        return closedDuringStart;
    }

    /** Blocks until {@link #close()} has run (the launcher's main thread waits here). */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    /** Stops the services, then Keycloak, then PostgreSQL. Idempotent; safe to call from a shutdown hook. */
    @Override
    public void close() {
        List<Part> toStop;
        synchronized (lock) {
            if (stopping) {
                return;
            }
            stopping = true;
            toStop = new ArrayList<>(parts);
        }
        try {
            Thread starter = startingThread;
            if (starter != null && starter != Thread.currentThread()) {
                closedDuringStart = true;
                starter.interrupt();
            }
            Collections.reverse(toStop);
            for (Part part : toStop) {
                stopPart(part);
            }
            pidFile.delete();
        } finally {
            closed.countDown();
        }
    }

    private void stopPart(Part part) {
        Progress.Step step = progress.begin(part.name(), "stopping");
        try {
            part.stop().run();
            step.done("stopped");
        } catch (RuntimeException e) {
            step.fail("stop failed: " + e.getMessage());
        }
        pidFile.remove(part.name());
    }
}
