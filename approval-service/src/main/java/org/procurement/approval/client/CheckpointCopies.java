package org.procurement.approval.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.procurement.support.audit.SignedCheckpoint;

import java.time.temporal.ChronoUnit;

/**
 * The checkpoint copies request-service keeps, as this service sees them: the newest one, bounded in time and retried
 * once. Whatever goes wrong becomes an answer that says so (verification then falls back to the local checkpoint);
 * nobody above this class sees HTTP. Limits are overridable through MicroProfile Fault Tolerance configuration.
 */
@ApplicationScoped
public class CheckpointCopies {

    private static final Logger LOG = Logger.getLogger(CheckpointCopies.class);

    private final CheckpointCopiesClient client;

    public CheckpointCopies(@RestClient CheckpointCopiesClient client) {
        this.client = client;
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, jitter = 100)
    @Fallback(fallbackMethod = "unreachable")
    public CheckpointLookup latest() {
        CheckpointCopy copy;
        try {
            copy = client.latest();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return CheckpointLookup.none();
            }
            throw e;
        }
        return CheckpointLookup.found(new SignedCheckpoint(copy.seq(), copy.hash(), copy.createdAt(), copy.keyId(),
                copy.signature()));
    }

    CheckpointLookup unreachable(Throwable failure) {
        LOG.warnf("request-service's checkpoint copies could not be read: %s", failure.toString());
        return CheckpointLookup.unreachable(failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage()));
    }
}
