package org.procurement.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PG_URL: the stack on an existing PostgreSQL server. A real zonky server, started here, plays the existing server;
 * the stack must provision it, point everything at it, never stop it and never drop anything on it.
 */
class ExistingPostgresTest {

    @TempDir
    Path dir;

    private PostgresServer existing;
    private StandInKeycloak keycloak;

    @BeforeEach
    void startTheExistingServer() throws Exception {
        existing = PostgresServer.start(dir.resolve("existing-pg"), FreePorts.find(), false, dir.resolve("existing-pg.log"), null);
        keycloak = StandInKeycloak.withRealm();
    }

    @AfterEach
    void stopIt() throws Exception {
        keycloak.close();
        existing.close();
    }

    private String pgUrl() {
        return "jdbc:postgresql://localhost:" + existing.port() + "/postgres";
    }

    /** What a user of run.sh sets, here with the stand-in Keycloak so that no Keycloak is started. */
    private Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("PG_URL", pgUrl());
        env.put("PG_ADMIN_USER", "postgres");
        env.put("PG_ADMIN_PASSWORD", "unused-trust-auth");
        env.put("KEYCLOAK_URL", keycloak.url());
        env.put("PROCUREMENT_CACHE_DIR", dir.resolve("cache").toString());
        return env;
    }

    @Test
    void theFourDatabasesAreCreatedOnceAndDataIsLeftAlone() throws Exception {
        StackSettings settings = StackSettings.local(dir, Map.of("PG_URL", pgUrl(), "PG_ADMIN_USER", "postgres"));
        ExistingPostgres server = settings.existingPostgres().orElseThrow();
        assertEquals(Database.ALL, DatabaseProvisioner.provision(server.adminDataSource(), server::adminDataSource, settings.databases()));
        assertEquals(List.of("approval", "catalog", "keycloak", "request"), databasesOnTheExistingServer());

        execute(settings, Database.KEYCLOAK, "CREATE TABLE realm (name text)");
        execute(settings, Database.KEYCLOAK, "INSERT INTO realm VALUES ('procurement')");
        assertEquals(List.of(), DatabaseProvisioner.provision(server.adminDataSource(), server::adminDataSource, settings.databases()),
                "second run creates nothing");
        assertEquals("procurement", query(settings, Database.KEYCLOAK, "SELECT name FROM realm"));
        assertEquals("keycloak", query(settings, Database.KEYCLOAK, "SELECT current_user"));
        assertTrue(KeycloakServer.startArguments(settings)
                .contains("--db-url=jdbc:postgresql://localhost:" + existing.port() + "/keycloak"));
    }

    @Test
    void theStackProvisionsTheExistingServerPointsTheServicesAtItAndLeavesItRunning() throws Exception {
        StackSettings settings = StackSettings.forTests(dir, dir.resolve("state")).withExisting(
                Optional.of(ExistingPostgres.parse(pgUrl(), "postgres", "")), Optional.of(keycloak.url() + "/"));
        for (ServiceSpec service : ServiceSpec.ALL) {
            ProcessesTest.writeStandInJar(settings.serviceJar(service));
        }
        assertFalse(settings.ports().containsKey("postgres"));
        assertFalse(settings.ports().containsKey("keycloak"));

        try (LocalStack stack = new LocalStack(settings, Progress.silent())) {
            stack.start(true);
            String env = get(settings.serviceUrl(ServiceSpec.REQUEST) + "/env");
            assertTrue(env.contains("DB_URL=jdbc:postgresql://localhost:" + existing.port() + "/request\n"), env);
            assertTrue(env.contains("DB_PASSWORD=request\n"), env);
            assertTrue(env.contains("OIDC_SERVER_URL=" + keycloak.url() + "/realms/procurement\n"), env);
            List<String> parts = new ArrayList<>(new PidFile(settings.pidFile()).read().keySet());
            assertEquals(List.of("mail", "catalog-service", "request-service", "approval-service"), parts,
                    "only what the stack started is in the pid file");
        }
        assertTrue(existing.postmaster().isAlive(), "an existing server is not stopped with the stack");
        assertEquals(List.of("approval", "catalog", "request"), databasesOnTheExistingServer(),
                "with an existing Keycloak, no keycloak database");
    }

    @Test
    void aSecondRunLeavesTheDataAloneAndResetIsRefused() throws Exception {
        StackSettings settings = StackSettings.local(dir, env());
        try (LocalStack stack = new LocalStack(settings, Progress.silent())) {
            stack.start(false);
        }
        execute(settings, Database.CATALOG, "CREATE TABLE item (name text)");
        execute(settings, Database.CATALOG, "INSERT INTO item VALUES ('radio')");

        try (LocalStack stack = new LocalStack(StackSettings.local(dir, env()), Progress.silent())) {
            stack.start(false);
        }
        assertEquals("radio", query(settings, Database.CATALOG, "SELECT name FROM item"));

        Run reset = launch(env(), "--reset");
        assertEquals(2, reset.exitCode());
        assertTrue(reset.stderr().startsWith("run.sh: --reset refused: PG_URL names an existing PostgreSQL server"
                + " (localhost:" + existing.port() + "), and the launcher never drops databases there."), reset.stderr());
        assertTrue(reset.stderr().contains("drop the databases catalog, request, approval on that server yourself"),
                reset.stderr());
        assertEquals("radio", query(settings, Database.CATALOG, "SELECT name FROM item"));
        assertEquals(List.of("approval", "catalog", "request"), databasesOnTheExistingServer());
    }

    @Test
    void aServerThatCannotBeReachedOrUsedIsReportedAsThePostgresPart() throws Exception {
        int nothing = FreePorts.find();
        StartupException refused = startFails(StackSettings.local(dir, Map.of(
                "PG_URL", "jdbc:postgresql://localhost:" + nothing + "/postgres", "PG_ADMIN_USER", "postgres",
                "KEYCLOAK_URL", keycloak.url())));
        assertEquals("postgres", refused.part());
        assertTrue(refused.getMessage().startsWith("postgres: existing server jdbc:postgresql://localhost:" + nothing
                + "/postgres (PG_URL) as postgres: Connection to localhost:" + nothing + " refused"), refused.getMessage());

        Map<String, String> unknownUser = env();
        unknownUser.put("PG_ADMIN_USER", "nobody");
        StartupException login = startFails(StackSettings.local(dir, unknownUser));
        assertTrue(login.getMessage().contains("\"nobody\" does not exist (check PG_ADMIN_USER and PG_ADMIN_PASSWORD)"),
                login.getMessage());

        try (Connection connection = existing.adminDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE weak LOGIN");
        }
        Map<String, String> weak = env();
        weak.put("PG_ADMIN_USER", "weak");
        StartupException denied = startFails(StackSettings.local(dir, weak));
        assertTrue(denied.getMessage().contains("permission denied to create role"), denied.getMessage());
        assertTrue(denied.getMessage().endsWith("(PG_ADMIN_USER must be allowed to create roles and databases:"
                + " CREATEROLE and CREATEDB, or a superuser)"), denied.getMessage());
        assertEquals(List.of(), databasesOnTheExistingServer());
    }

    private static StartupException startFails(StackSettings settings) {
        LocalStack stack = new LocalStack(settings, Progress.silent());
        return assertThrows(StartupException.class, () -> stack.start(false));
    }

    private record Run(int exitCode, String stderr) {
    }

    /** The launcher's main entry, with {@code env} as its environment; what it printed to stderr. */
    private static Run launch(Map<String, String> env, String... args) {
        PrintStream originalErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return new Run(Main.run(args, env), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(originalErr);
        }
    }

    /** The databases on the existing server other than PostgreSQL's own, sorted by name. */
    private List<String> databasesOnTheExistingServer() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = existing.adminDataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT datname FROM pg_database WHERE datname NOT IN"
                     + " ('postgres', 'template0', 'template1') ORDER BY datname")) {
            while (result.next()) {
                names.add(result.getString(1));
            }
        }
        return names;
    }

    /** As the database's own role, through the JDBC URL the services get. */
    private static Connection connect(StackSettings settings, Database database) throws SQLException {
        Database resolved = settings.database(database);
        // As the owner: the service roles may create nothing.
        return DriverManager.getConnection(settings.jdbcUrl(database), resolved.owner(), resolved.ownerPassword());
    }

    private static void execute(StackSettings settings, Database database, String sql) throws SQLException {
        try (Connection connection = connect(settings, database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String query(StackSettings settings, Database database, String sql) throws SQLException {
        try (Connection connection = connect(settings, database); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            assertTrue(result.next());
            return result.getString(1);
        }
    }

    private static String get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
