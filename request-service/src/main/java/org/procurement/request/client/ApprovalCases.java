package org.procurement.request.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.procurement.support.problem.ProblemException;

import java.time.temporal.ChronoUnit;

/**
 * The cases in approval-service as a withdrawal needs them: cancel the request's case now and learn whether the
 * cancellation or a decision came first. Cancelling is idempotent there, so a retry is safe. Whatever else goes
 * wrong becomes one 503 problem, and the withdrawal changes nothing.
 */
@ApplicationScoped
public class ApprovalCases {

    private static final Logger LOG = Logger.getLogger(ApprovalCases.class);

    /** What a cancellation found. */
    public enum Outcome {
        /** The case is cancelled (by this call or an earlier one): the withdrawal wins. */
        CANCELLED,
        /** The case was decided before the cancellation arrived: the decision wins. */
        DECIDED,
        /** No case yet (its opening is still on the way): the cancellation follows it through the outbox. */
        NO_CASE
    }

    /** @param caseStatus the case's status when {@link Outcome#DECIDED} */
    public record Cancelled(Outcome outcome, String caseStatus) {
    }

    private final ApprovalClient client;

    public ApprovalCases(@RestClient ApprovalClient client) {
        this.client = client;
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, abortOn = ProblemException.class)
    @Fallback(fallbackMethod = "unreachable", skipOn = ProblemException.class)
    public Cancelled cancel(Cancellation cancellation) {
        try {
            CaseCancellation found = client.cancel(cancellation, cancellation.eventId().toString());
            return "ALREADY_CLOSED".equals(found.result()) ? new Cancelled(Outcome.DECIDED, found.caseStatus())
                    : new Cancelled(Outcome.CANCELLED, found.caseStatus());
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return new Cancelled(Outcome.NO_CASE, null);
            }
            throw e;
        }
    }

    Cancelled unreachable(Cancellation cancellation) {
        LOG.warnf("approval-service could not cancel the case of request %s; answering 503", cancellation.requestId());
        throw new ProblemException(503, "approval-unavailable", "Approval service unavailable",
                "The approval service could not be reached to stop the request's case; nothing was changed. "
                        + "Try again in a minute.");
    }
}
