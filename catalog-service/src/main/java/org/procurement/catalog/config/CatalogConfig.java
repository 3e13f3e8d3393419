package org.procurement.catalog.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "catalog")
public interface CatalogConfig {

    /** ISO 4217 code of the one currency every price is in. */
    @WithDefault("USD")
    String currency();

    /**
     * Filtered listings (text, lethal, in-stock) count their matches up to this many, or up to the end of the page
     * asked for if that is further; beyond it the total is a lower bound. Counting every match of a common word in
     * a million items took longer than finding the page.
     */
    @WithDefault("1000")
    int countLimit();

    PendingChange pendingChange();

    Cache cache();

    /** The cached read path (docs/performance.md). */
    interface Cache {
        /** At most this many bytes of serialised answers are kept per replica ({@code CATALOG_CACHE_MAX_BYTES}). */
        @WithDefault("16000000")
        long maxBytes();

        /** Pause before the version follower reconnects after losing its connection. */
        @WithDefault("1s")
        java.time.Duration listenRetry();
    }

    /** Changes that lower control, waiting for a second administrator. */
    interface PendingChange {
        /** How long one waits before it expires ({@code CATALOG_PENDING_CHANGE_EXPIRY}, ISO-8601). */
        @WithDefault("P7D")
        java.time.Duration expiry();
    }
}
