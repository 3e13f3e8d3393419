package org.procurement.support.problem;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Recognises a failure caused by the database being out of reach (down, restarting, or no connection to be had in
 * time), as opposed to a bug: the caller gets 503 and may retry, instead of 500.
 */
final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    /** True if {@code failure} or one of its causes says the database cannot be reached. */
    static boolean causedBy(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLException sql && (unavailable(sql.getSQLState()) || acquisitionTimeout(sql))) {
                return true;
            }
            if (t instanceof org.hibernate.JDBCException jdbc && unavailable(jdbc.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception: refused, broken, lost) and 57P01-57P03 (the server is shutting down,
     * crashed, or not yet accepting connections).
     */
    static boolean unavailable(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.equals("57P01") || sqlState.equals("57P02")
                || sqlState.equals("57P03"));
    }

    /** The pool gave up waiting for a connection (Agroal says so in the message only). */
    private static boolean acquisitionTimeout(SQLException e) {
        return e.getSQLState() == null && e.getMessage() != null && e.getMessage().startsWith("Acquisition timeout");
    }
}
