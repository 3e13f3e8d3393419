package org.procurement.catalog.cache;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.procurement.catalog.config.CatalogConfig;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The catalogue's version as this replica knows it. Every committed change of items raises the version in the
 * database (V6) and announces it with NOTIFY; this replica follows the announcements on a connection of its own, so
 * that judging whether a cached answer is current costs no query. Two rules keep it from ever vouching for old data:
 * <ul>
 *     <li>while it is not listening (starting, or the connection was lost and is being re-made) it reads the version
 *     from the database on every call, and after (re-)listening it reads it once more, so no announcement missed in
 *     between counts;</li>
 *     <li>after a change made through this replica ({@link #changedHere()}), the next call reads the version before
 *     answering instead of waiting for the announcement, so a caller reads their own write.</li>
 * </ul>
 */
@ApplicationScoped
public class CatalogueVersion {

    private static final Logger LOG = Logger.getLogger(CatalogueVersion.class);
    static final String CHANNEL = "catalog_version";
    static final String APPLICATION_NAME = "catalogue-version-follower";
    private static final String READ = "SELECT version FROM catalog_version WHERE id = 1";

    private final AgroalDataSource dataSource;
    private final String url;
    private final String user;
    private final String password;
    private final Duration retryAfter;

    private final AtomicLong known = new AtomicLong();
    private final AtomicLong changesHere = new AtomicLong();
    private final AtomicLong changesSeen = new AtomicLong();
    private volatile boolean listening;
    private volatile boolean running;
    private volatile Connection connection;
    private Thread follower;

    @Inject
    public CatalogueVersion(AgroalDataSource dataSource,
                            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                            @ConfigProperty(name = "quarkus.datasource.username") String user,
                            @ConfigProperty(name = "quarkus.datasource.password") String password,
                            CatalogConfig config) {
        this(dataSource, url, user, password, config.cache().listenRetry());
    }

    /** A follower of its own (tests: a second replica's). */
    public CatalogueVersion(AgroalDataSource dataSource, String url, String user, String password, Duration retryAfter) {
        this.dataSource = dataSource;
        this.url = url;
        this.user = user;
        this.password = password;
        this.retryAfter = retryAfter;
    }

    public void start(@Observes StartupEvent event) {
        running = true;
        follower = new Thread(this::follow, "catalogue-version");
        follower.setDaemon(true);
        follower.start();
    }

    public void stop(@Observes ShutdownEvent event) {
        running = false;
        listening = false;
        closeQuietly(connection);
        if (follower != null) {
            follower.interrupt();
        }
    }

    /** The version of the catalogue as committed now, as far as any answer of this replica may rely on. */
    public long current() {
        long changes = changesHere.get();
        if (!listening || changes != changesSeen.get()) {
            long read = read();
            changesSeen.accumulateAndGet(changes, Math::max);
            return advance(read);
        }
        return known.get();
    }

    /** A change was committed through this replica: the next {@link #current()} reads the version first. */
    public void changedHere() {
        changesHere.incrementAndGet();
    }

    /** Whether announcements are being followed (false: every call reads the database). */
    public boolean listening() {
        return listening;
    }

    private long advance(long version) {
        return known.accumulateAndGet(version, Math::max);
    }

    private long read() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(READ)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the catalogue's version", e);
        }
    }

    private void follow() {
        while (running) {
            try (Connection c = DriverManager.getConnection(url, connectionProperties())) {
                connection = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                    // read after LISTEN: a change committed in between is either in this read or announced to us
                    try (ResultSet r = s.executeQuery(READ)) {
                        r.next();
                        advance(r.getLong(1));
                    }
                }
                listening = true;
                LOG.debugf("following the catalogue's version from %d", known.get());
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(10_000);
                    if (notifications == null) {
                        // a quiet period: make sure the connection is still alive, or the loss goes unnoticed
                        try (Statement s = c.createStatement()) {
                            s.execute("SELECT 1");
                        }
                        continue;
                    }
                    for (PGNotification notification : notifications) {
                        advance(Long.parseLong(notification.getParameter()));
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (running) {
                    LOG.warnf("catalogue version: not following announcements (%s); reading the database on every call"
                            + " until the connection is back", e.getMessage());
                    sleep(retryAfter);
                }
            } finally {
                listening = false;
            }
        }
    }

    private Properties connectionProperties() {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        // named, so an operator sees in pg_stat_activity which connection it is
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        return properties;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException ignored) {
            // stopping anyway
        }
    }
}
