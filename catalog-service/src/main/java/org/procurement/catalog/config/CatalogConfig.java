package org.procurement.catalog.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "catalog")
public interface CatalogConfig {

    /** ISO 4217 code of the one currency every price is in. */
    @WithDefault("USD")
    String currency();
}
