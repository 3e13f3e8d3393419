package org.procurement.approval.fuzz;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * A profile of its own, so the fuzz suite runs against a fresh application and database whose leftovers never
 * reach the other tests. The outbox relay stays idle: nothing listens for its messages here, and retrying the
 * hundreds the fuzz inputs leave behind would only slow the suite down.
 */
public class FuzzProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("outbox.poll-interval", "1h", "outbox.poll-delay", "1h");
    }
}
