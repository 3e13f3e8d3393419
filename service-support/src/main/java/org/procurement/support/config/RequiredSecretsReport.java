package org.procurement.support.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Injecting {@link RequiredSecrets} registers the mapping, so Quarkus checks it while it reads the configuration,
 * before the database or anything else starts. At start it says how many were given (never their values).
 */
@ApplicationScoped
public class RequiredSecretsReport {

    private static final Logger LOG = Logger.getLogger(RequiredSecretsReport.class);

    private final RequiredSecrets secrets;

    public RequiredSecretsReport(RequiredSecrets secrets) {
        this.secrets = secrets;
    }

    void report(@Observes StartupEvent started) {
        if (!secrets.values().isEmpty()) {
            LOG.infof("Production secrets present: %s", String.join(", ", new java.util.TreeSet<>(secrets.values().keySet())));
        }
    }
}
