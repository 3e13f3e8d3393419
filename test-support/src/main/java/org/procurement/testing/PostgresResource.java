package org.procurement.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A real PostgreSQL 17 server for a service's tests: a fresh cluster on a free port, started once per test run
 * when registered with {@code @WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)}.
 * Laid out as in production: database {@code app} owned by {@code app_owner}, which Flyway migrates with, while the
 * service runs as {@code app}, a role that owns nothing. Tests that play an intruder connect as the superuser through
 * {@link #SUPERUSER_URL}.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE = "app";
    public static final String RUNTIME_ROLE = "app";
    public static final String OWNER_ROLE = "app_owner";
    /** Config key of a JDBC URL for the service's database as the superuser (user and password postgres). */
    public static final String SUPERUSER_URL = "test.postgres.superuser-url";

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            postgres = EmbeddedPostgres.builder().start();
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE ROLE " + OWNER_ROLE + " LOGIN PASSWORD '" + OWNER_ROLE + "'");
                statement.execute("CREATE ROLE " + RUNTIME_ROLE + " LOGIN PASSWORD '" + RUNTIME_ROLE + "'");
                statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER_ROLE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database and its roles", e);
        }
        return Map.of(
                // No user in the URL: the driver would prefer it to the user each pool (service, Flyway) sets.
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE,
                "quarkus.datasource.username", RUNTIME_ROLE,
                "quarkus.datasource.password", RUNTIME_ROLE,
                "quarkus.flyway.username", OWNER_ROLE,
                "quarkus.flyway.password", OWNER_ROLE,
                SUPERUSER_URL, postgres.getJdbcUrl("postgres", DATABASE));
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
