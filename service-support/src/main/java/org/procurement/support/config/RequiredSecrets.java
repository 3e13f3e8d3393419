package org.procurement.support.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;

import java.util.Map;

/**
 * The secrets a service cannot run without in production, listed in its application.properties as
 * {@code %prod.procurement.secrets.<name>=${ENV_VAR}} with no default. Quarkus builds this mapping before anything
 * starts (no database connection, no migration), and a variable that is not set stops the service with
 * "Could not expand value ENV_VAR in property procurement.secrets.<name>". Several of those settings are optional
 * to Quarkus itself (a datasource may have no password), so without this list a missing one would go unnoticed
 * until the first connection failed, or not at all.
 */
@ConfigMapping(prefix = "procurement.secrets")
public interface RequiredSecrets {

    @WithParentName
    Map<String, String> values();
}
