package org.procurement.stack;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;

/** Creates the login roles and databases that are missing; leaves existing ones (and their data) alone. */
public final class DatabaseProvisioner {

    private DatabaseProvisioner() {
    }

    /**
     * @param admin connections as a superuser, or an account with CREATEROLE and CREATEDB
     * @return the databases that did not exist before
     */
    public static List<Database> provision(DataSource admin, Function<String, DataSource> adminIn,
                                           List<Database> databases) throws SQLException {
        List<Database> created = new ArrayList<>();
        try (Connection connection = admin.getConnection()) {
            for (Database database : databases) {
                if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", database.user())) {
                    execute(connection, "CREATE ROLE \"" + database.user() + "\" LOGIN PASSWORD '" + database.password() + "'");
                }
                if (database.separateOwner()
                        && !exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", database.owner())) {
                    execute(connection, "CREATE ROLE \"" + database.owner() + "\" LOGIN PASSWORD '" + database.ownerPassword() + "'");
                }
                if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", database.name())) {
                    execute(connection, "CREATE DATABASE \"" + database.name() + "\" OWNER \"" + database.owner()
                            + "\" ENCODING 'UTF8' TEMPLATE template0");
                    created.add(database);
                } else if (database.separateOwner() && !exists(connection, "SELECT 1 FROM pg_database d JOIN pg_roles r "
                        + "ON r.oid = d.datdba WHERE d.datname = ? AND r.rolname = '" + database.owner() + "'", database.name())) {
                    // Made before databases had owners apart: the service's role owned everything. Hand it all over.
                    execute(connection, "ALTER DATABASE \"" + database.name() + "\" OWNER TO \"" + database.owner() + "\"");
                    try (Connection inside = adminIn.apply(database.name()).getConnection()) {
                        execute(inside, "REASSIGN OWNED BY \"" + database.user() + "\" TO \"" + database.owner() + "\"");
                    }
                }
            }
        }
        return created;
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
