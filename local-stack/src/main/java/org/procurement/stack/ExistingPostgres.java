package org.procurement.stack;

import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL server that is already running (PG_URL), used instead of the embedded one. The launcher only
 * creates the roles and databases it is missing there; it never drops or alters anything.
 *
 * @param host          host name or address; an IPv6 address keeps its brackets
 * @param adminDatabase the database the admin account connects to (e.g. postgres)
 * @param parameters    the JDBC URL's query (e.g. {@code sslmode=require}) without '?', or "" ; kept for every connection
 * @param adminUser     an account allowed to create roles and databases
 */
public record ExistingPostgres(String host, int port, String adminDatabase, String parameters,
                               String adminUser, String adminPassword) {

    private static final String PREFIX = "jdbc:postgresql://";

    /**
     * Parses {@code jdbc:postgresql://host[:port][/database][?parameters]}; port 5432 and database postgres
     * by default.
     *
     * @throws IllegalArgumentException naming {@code PG_URL} and what is wrong with it
     */
    public static ExistingPostgres parse(String url, String adminUser, String adminPassword) {
        String value = url.trim();
        if (!value.startsWith(PREFIX)) {
            throw bad(url, "it must start with " + PREFIX);
        }
        String rest = value.substring(PREFIX.length());
        String parameters = "";
        int query = rest.indexOf('?');
        if (query >= 0) {
            parameters = rest.substring(query + 1);
            rest = rest.substring(0, query);
        }
        String database = "postgres";
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            if (slash < rest.length() - 1) {
                database = rest.substring(slash + 1);
            }
            rest = rest.substring(0, slash);
        }
        if (rest.contains(",") || rest.contains("@")) {
            throw bad(url, "give one host, without user name (use PG_ADMIN_USER / PG_ADMIN_PASSWORD)");
        }
        String host = rest;
        String port = null;
        int colon = rest.startsWith("[") ? rest.indexOf(':', rest.indexOf(']')) : rest.lastIndexOf(':');
        if (colon >= 0) {
            host = rest.substring(0, colon);
            port = rest.substring(colon + 1);
        }
        if (host.isEmpty() || host.matches(".*\\s.*") || (host.startsWith("[") && !host.endsWith("]"))) {
            throw bad(url, "no valid host");
        }
        int portNumber = port == null ? 5432 : StackSettings.portNumber("the port in PG_URL", port);
        if (database.contains("/") || database.isBlank()) {
            throw bad(url, "no valid database name");
        }
        if (adminUser == null || adminUser.isBlank()) {
            throw new IllegalArgumentException("PG_URL is set, so PG_ADMIN_USER (and PG_ADMIN_PASSWORD) must be too:"
                    + " an account allowed to create roles and databases on that server");
        }
        return new ExistingPostgres(host, portNumber, database, parameters, adminUser.trim(),
                adminPassword == null ? "" : adminPassword);
    }

    private static IllegalArgumentException bad(String url, String why) {
        return new IllegalArgumentException("PG_URL must look like jdbc:postgresql://host[:port][/database], was '"
                + url + "': " + why);
    }

    /** The JDBC URL of {@code database} on this server, with the same parameters. */
    public String jdbcUrl(String database) {
        return PREFIX + host + ":" + port + "/" + database + (parameters.isEmpty() ? "" : "?" + parameters);
    }

    public String adminJdbcUrl() {
        return jdbcUrl(adminDatabase);
    }

    /** "host:port", for messages. */
    public String address() {
        return host + ":" + port;
    }

    /** Connections as the admin account; gives up connecting after 10 s. */
    public DataSource adminDataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(adminJdbcUrl());
        dataSource.setUser(adminUser);
        if (!adminPassword.isEmpty()) {
            dataSource.setPassword(adminPassword);
        }
        dataSource.setConnectTimeout(10);
        dataSource.setLoginTimeout(10);
        dataSource.setApplicationName("procurement local-stack");
        return dataSource;
    }

    /** Connections as the admin account to one database (to hand its objects to their owner). */
    public DataSource adminDataSource(String database) {
        PGSimpleDataSource dataSource = (PGSimpleDataSource) adminDataSource();
        dataSource.setDatabaseName(database);
        return dataSource;
    }

    /** Without the password. */
    @Override
    public String toString() {
        return "ExistingPostgres[" + adminJdbcUrl() + " as " + adminUser + "]";
    }
}
