package org.procurement.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** How the relay delivers: where each destination lives, how often it polls and how it backs off. */
@ConfigMapping(prefix = "outbox")
public interface OutboxConfig {

    /** Base URL per destination name, e.g. {@code outbox.destinations.approval.url=http://localhost:8083}. */
    Map<String, Destination> destinations();

    /** How often the relay looks for due retries (new messages are sent right after their commit). */
    @WithDefault("2s")
    Duration pollInterval();

    /** Delay before the first poll after start. */
    @WithDefault("2s")
    Duration pollDelay();

    /** How many messages one relay pass claims. */
    @WithDefault("20")
    int batchSize();

    /** How long a claimed message is reserved for the replica delivering it before another may retry it. */
    @WithDefault("30s")
    Duration lease();

    /** First retry delay; doubles on each failure up to {@link #maxBackoff()}. */
    @WithDefault("1s")
    Duration initialBackoff();

    @WithDefault("60s")
    Duration maxBackoff();

    /** Connect and response timeout of one delivery. */
    @WithDefault("5s")
    Duration timeout();

    /**
     * Keycloak's admin API for the realm ({@code .../admin/realms/<realm>}), where notices find their recipients;
     * by default derived from {@code quarkus.oidc-client.auth-server-url}.
     */
    Optional<String> directoryUrl();

    interface Destination {
        String url();
    }
}
