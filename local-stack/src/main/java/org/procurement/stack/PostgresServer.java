package org.procurement.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * PostgreSQL from zonky's embedded binaries, in a data directory that outlives the process
 * (the launcher keeps it in .local-stack/data/postgres; tests in a temporary directory).
 * Trust authentication on localhost only: demo use.
 */
public final class PostgresServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    private final ProcessHandle postmaster;
    private final boolean durable;
    private final Path log;
    private final Path binariesDir;

    private PostgresServer(EmbeddedPostgres postgres, Path dataDir, ProcessHandle postmaster, boolean durable, Path log,
                           Path binariesDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
        this.postmaster = postmaster;
        this.durable = durable;
        this.log = log;
        this.binariesDir = binariesDir;
    }

    /**
     * @param durable     fsync and synchronous commit on (zonky turns both off, which is right only for throw-away data)
     * @param binariesDir where zonky unpacks the PostgreSQL binaries, or null for its default under java.io.tmpdir
     */
    public static PostgresServer start(Path dataDir, int port, boolean durable, Path log, Path binariesDir)
            throws IOException {
        ManagedProcess.rotate(log);
        return launch(dataDir, port, durable, log, binariesDir);
    }

    /**
     * A new server on this one's data directory and port, with the same settings and log (appended to), once this
     * one is closed: the same server coming back after an outage, as clients see it. For fault tests.
     */
    public PostgresServer startAgain() throws IOException {
        if (postmaster.isAlive()) {
            throw new IllegalStateException("postgres (pid " + postmaster.pid() + ") is still running on " + dataDir);
        }
        return launch(dataDir, port(), durable, log, binariesDir);
    }

    private static PostgresServer launch(Path dataDir, int port, boolean durable, Path log, Path binariesDir)
            throws IOException {
        requireSameMajorVersion(dataDir);
        Files.createDirectories(dataDir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(90))
                .setLocaleConfig("locale", "C.UTF-8")
                .setServerConfig("listen_addresses", "localhost")
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()));
        if (durable) {
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        if (binariesDir != null) {
            Files.createDirectories(binariesDir);
            builder.setOverrideWorkingDirectory(binariesDir.toFile());
        }
        EmbeddedPostgres postgres = builder.start();
        ProcessHandle postmaster = readPostmasterPid(dataDir).flatMap(ProcessHandle::of)
                .orElseThrow(() -> new IOException("postgres started but " + dataDir.resolve("postmaster.pid") + " names no live process"));
        return new PostgresServer(postgres, dataDir, postmaster, durable, log, binariesDir);
    }

    /** The PostgreSQL major version of the embedded binaries (zonky.binaries.version in the root pom; a test checks). */
    public static final String MAJOR_VERSION = "17";

    /**
     * A data directory made by another major version cannot be opened by these binaries; say so, and what to do,
     * instead of PostgreSQL's own start-up failure in the log.
     */
    static void requireSameMajorVersion(Path dataDir) throws IOException {
        Path versionFile = dataDir.resolve("PG_VERSION");
        if (!Files.isRegularFile(versionFile)) {
            return;
        }
        String made = Files.readString(versionFile).trim();
        if (!made.equals(MAJOR_VERSION)) {
            throw new IOException("the data in " + dataDir + " was made by PostgreSQL " + made + ", and the stack now runs "
                    + "PostgreSQL " + MAJOR_VERSION + ": start afresh with ./run.sh --reset (the demo data is recreated), or "
                    + "move the data over with pg_upgrade first");
        }
    }

    /** The first line of postmaster.pid, if the file is there. */
    static Optional<Long> readPostmasterPid(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
    }

    public int port() {
        return postgres.getPort();
    }

    public ProcessHandle postmaster() {
        return postmaster;
    }

    /** A superuser connection source. */
    public DataSource adminDataSource() {
        return postgres.getPostgresDatabase();
    }

    /** Connections as the database's own user. */
    public DataSource dataSource(Database database) {
        return postgres.getDatabase(database.user(), database.name());
    }

    /** Connections as the database's owner (who migrates it). */
    public DataSource ownerDataSource(Database database) {
        return postgres.getDatabase(database.owner(), database.name());
    }

    public List<Database> provision(List<Database> databases) throws java.sql.SQLException {
        return DatabaseProvisioner.provision(adminDataSource(), name -> postgres.getDatabase("postgres", name), databases);
    }

    /** Fast shutdown (pg_ctl stop -m fast), then waits for the postmaster to be gone. */
    @Override
    public void close() throws IOException {
        postgres.close();
        if (!ProcessTrees.awaitExit(postmaster, Duration.ofSeconds(60).toNanos())) {
            postmaster.destroyForcibly();
        }
    }

    public Path dataDir() {
        return dataDir;
    }
}
