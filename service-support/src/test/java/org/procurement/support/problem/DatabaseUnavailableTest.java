package org.procurement.support.problem;

import jakarta.persistence.PersistenceException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseUnavailableTest {

    @Test
    void aRefusedOrLostConnectionAnywhereInTheCausesIsAnOutage() {
        SQLException refused = new SQLException("Connection to localhost:15432 refused", "08001");
        assertTrue(DatabaseUnavailable.causedBy(refused));
        assertTrue(DatabaseUnavailable.causedBy(new PersistenceException(
                new JDBCConnectionException("could not prepare statement", new SQLException("I/O error", "08006")))));
        assertTrue(DatabaseUnavailable.causedBy(new IllegalStateException("outbox",
                new SQLException("terminating connection due to administrator command", "57P01"))));
        assertTrue(DatabaseUnavailable.causedBy(new RuntimeException(
                new SQLException("Acquisition timeout while waiting for new connection"))));
        assertTrue(DatabaseUnavailable.causedBy(new SQLTransientConnectionException("the database system is starting up",
                "57P03")));
    }

    @Test
    void otherDatabaseErrorsAndBugsAreNot() {
        assertFalse(DatabaseUnavailable.causedBy(new SQLException("duplicate key value", "23505")));
        assertFalse(DatabaseUnavailable.causedBy(new SQLException("syntax error", "42601")));
        assertFalse(DatabaseUnavailable.causedBy(new SQLException("no state")));
        assertFalse(DatabaseUnavailable.causedBy(new NullPointerException()));
        RuntimeException loop = new RuntimeException("self");
        assertFalse(DatabaseUnavailable.causedBy(new IllegalStateException(loop)));
    }
}
