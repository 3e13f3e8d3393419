package org.procurement.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against real PostgreSQL (zonky) on free ports. */
class PostgresServerTest {

    @TempDir
    Path dir;

    @Test
    void provisioningIsIdempotentAndGivesEachServiceItsOwnDatabase() throws Exception {
        try (PostgresServer postgres = PostgresServer.start(dir.resolve("pg"), FreePorts.find(), false, dir.resolve("pg.log"), null)) {
            assertEquals(Database.ALL, postgres.provision(Database.ALL));
            assertEquals(List.of(), postgres.provision(Database.ALL), "second run creates nothing");

            DataSource owner = postgres.ownerDataSource(Database.CATALOG);
            DataSource catalog = postgres.dataSource(Database.CATALOG);
            execute(owner, "CREATE TABLE item (name text)");
            execute(owner, "INSERT INTO item VALUES ('radio')");
            assertEquals(List.of(), postgres.provision(Database.ALL));
            assertEquals("radio", query(owner, "SELECT name FROM item"));
            assertEquals("catalog", query(catalog, "SELECT current_user"));
            assertEquals("catalog_owner", query(postgres.adminDataSource(),
                    "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'catalog'"));
            SQLException refused = assertThrows(SQLException.class, () -> execute(catalog, "CREATE TABLE mine (x int)"));
            assertEquals("42501", refused.getSQLState(), "the service's role may create nothing: " + refused.getMessage());
            assertEquals("keycloak", query(postgres.adminDataSource(),
                    "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'keycloak'"));
            assertEquals("off", query(catalog, "SHOW fsync"), "throw-away test data: fsync off");
            assertEquals("localhost", query(catalog, "SHOW listen_addresses"));
        }
    }

    @Test
    void aDatabaseOwnedByTheServicesRoleIsHandedToItsOwner() throws Exception {
        try (PostgresServer postgres = PostgresServer.start(dir.resolve("old"), FreePorts.find(), false, dir.resolve("pg.log"), null)) {
            // The layout of earlier versions: the service's own role owned the database and every table in it.
            execute(postgres.adminDataSource(), "CREATE ROLE approval LOGIN PASSWORD 'approval'");
            execute(postgres.adminDataSource(), "CREATE DATABASE approval OWNER approval");
            execute(postgres.dataSource(Database.APPROVAL), "CREATE TABLE audit_entry (seq int)");

            postgres.provision(Database.ALL);

            assertEquals("approval_owner", query(postgres.adminDataSource(),
                    "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'approval'"));
            assertEquals("approval_owner", query(postgres.ownerDataSource(Database.APPROVAL),
                    "SELECT tableowner FROM pg_tables WHERE tablename = 'audit_entry'"));
        }
    }

    @Test
    void durableDataSurvivesARestartWithFsyncOn() throws Exception {
        Path data = dir.resolve("durable");
        ProcessHandle firstPostmaster;
        try (PostgresServer postgres = PostgresServer.start(data, FreePorts.find(), true, dir.resolve("pg.log"), null)) {
            firstPostmaster = postgres.postmaster();
            postgres.provision(Database.ALL);
            execute(postgres.ownerDataSource(Database.REQUEST), "CREATE TABLE request (id int)");
            execute(postgres.ownerDataSource(Database.REQUEST), "INSERT INTO request VALUES (42)");
            assertEquals("on", query(postgres.adminDataSource(), "SHOW fsync"));
            assertEquals("on", query(postgres.adminDataSource(), "SHOW synchronous_commit"));
        }
        assertFalse(firstPostmaster.isAlive(), "close() waits for the postmaster to exit");
        assertFalse(PostgresServer.readPostmasterPid(data).isPresent());

        try (PostgresServer postgres = PostgresServer.start(data, FreePorts.find(), true, dir.resolve("pg.log"), null)) {
            assertEquals(List.of(), postgres.provision(Database.ALL), "databases are still there");
            assertEquals("42", query(postgres.ownerDataSource(Database.REQUEST), "SELECT id FROM request"));
        }
    }

    @Test
    void startingAgainAfterAnOutageKeepsThePortAndTheData() throws Exception {
        int port = FreePorts.find();
        PostgresServer first = PostgresServer.start(dir.resolve("outage"), port, false, dir.resolve("pg.log"), null);
        first.provision(Database.ALL);
        execute(first.ownerDataSource(Database.APPROVAL), "CREATE TABLE decision (id int)");
        execute(first.ownerDataSource(Database.APPROVAL), "INSERT INTO decision VALUES (7)");
        assertThrows(IllegalStateException.class, first::startAgain, "only once the first one is down");
        first.close();
        assertThrows(SQLException.class, () -> query(first.dataSource(Database.APPROVAL), "SELECT 1"));

        try (PostgresServer again = first.startAgain()) {
            assertEquals(port, again.port());
            assertTrue(again.postmaster().isAlive());
            assertFalse(first.postmaster().isAlive());
            assertEquals("7", query(again.ownerDataSource(Database.APPROVAL), "SELECT id FROM decision"));
        }
    }

    @Test
    void aSecondServerOnTheSameDataDirectoryFails() throws Exception {
        Path data = dir.resolve("shared");
        try (PostgresServer postgres = PostgresServer.start(data, FreePorts.find(), false, dir.resolve("pg.log"), null)) {
            assertTrue(postgres.postmaster().isAlive());
            assertThrows(Exception.class,
                    () -> PostgresServer.start(data, FreePorts.find(), false, dir.resolve("pg2.log"), null).close());
        }
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String query(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    @Test
    void dataOfAnotherMajorVersionIsRefusedWithWhatToDo() throws Exception {
        Path data = dir.resolve("old-data");
        java.nio.file.Files.createDirectories(data);
        java.nio.file.Files.writeString(data.resolve("PG_VERSION"), "15\n");
        java.io.IOException refused = assertThrows(java.io.IOException.class, () -> PostgresServer.start(data,
                FreePorts.find(1).get(0), false, dir.resolve("old.log"), null));
        assertTrue(refused.getMessage().contains("PostgreSQL 15") && refused.getMessage().contains("--reset"),
                refused.getMessage());
    }

    @Test
    void theExpectedMajorVersionIsTheOneTheBuildShips() throws Exception {
        String pom = java.nio.file.Files.readString(Path.of("..", "pom.xml"));
        java.util.regex.Matcher version = java.util.regex.Pattern
                .compile("<zonky.binaries.version>(\\d+)\\.").matcher(pom);
        assertTrue(version.find());
        assertEquals(version.group(1), PostgresServer.MAJOR_VERSION);
        String clusters = java.nio.file.Files.readString(Path.of("..", "deploy/k8s/overlays/prod/postgres-clusters.yaml"));
        java.util.regex.Matcher images = java.util.regex.Pattern.compile("cloudnative-pg/postgresql:(\\d+)\\.")
                .matcher(clusters);
        int found = 0;
        while (images.find()) {
            assertEquals(PostgresServer.MAJOR_VERSION, images.group(1), "CloudNativePG runs the same major version");
            found++;
        }
        assertEquals(4, found, "one image per cluster");
    }
}
