package org.procurement.catalog.fuzz;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A profile of its own, so the fuzz suite runs against a fresh application and database: the thousands of items,
 * reservations and withdrawals it leaves behind never reach the other tests' listings and tallies.
 */
public class FuzzProfile implements QuarkusTestProfile {
}
