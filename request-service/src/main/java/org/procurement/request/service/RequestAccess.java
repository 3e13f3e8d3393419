package org.procurement.request.service;

import jakarta.enterprise.context.RequestScoped;
import org.procurement.request.domain.Request;
import org.procurement.request.domain.RequestStatus;
import org.procurement.support.problem.ProblemException;
import org.procurement.support.security.Caller;
import org.procurement.support.security.Roles;

import java.util.Map;
import java.util.Optional;

/**
 * Who may see and change which request. A request the caller may not see answers 404, exactly like one that does
 * not exist, so that no organisation learns of another's requests.
 */
@RequestScoped
public class RequestAccess {

    private final Caller caller;

    public RequestAccess(Caller caller) {
        this.caller = caller;
    }

    /**
     * Requesters see their organisation's requests; approver roles see every request except drafts; catalogue admins
     * see the approved requests waiting for stock.
     */
    public boolean canSee(Request request) {
        if (caller.hasRole(Roles.REQUESTER) && ownOrganisation(request)) {
            return true;
        }
        if (caller.hasRole(Roles.CATALOG_ADMIN) && request.status() == RequestStatus.APPROVED_AWAITING_STOCK) {
            return true;
        }
        return isApprover(caller) && request.status() != RequestStatus.DRAFT;
    }

    public Request requireVisible(Optional<Request> request, Object id) {
        return request.filter(this::canSee).orElseThrow(() -> ProblemException.notFound("Request", id));
    }

    /** Changes are for requesters of the request's own organisation; to anyone else it does not exist. */
    public Request requireOwn(Optional<Request> request, Object id) {
        return request.filter(r -> caller.hasRole(Roles.REQUESTER) && ownOrganisation(r))
                .orElseThrow(() -> ProblemException.notFound("Request", id));
    }

    /** The JPQL condition restricting a list to what the caller may see, with its parameters. */
    public VisibleScope scope() {
        boolean requester = caller.hasRole(Roles.REQUESTER);
        boolean approver = isApprover(caller);
        if (requester && approver) {
            return new VisibleScope("(organisation = :ownOrganisation or status <> :draft)",
                    Map.of("ownOrganisation", caller.requireOrganisation(), "draft", RequestStatus.DRAFT));
        }
        if (requester) {
            return new VisibleScope("organisation = :ownOrganisation",
                    Map.of("ownOrganisation", caller.requireOrganisation()));
        }
        if (approver) {
            return new VisibleScope("status <> :draft", Map.of("draft", RequestStatus.DRAFT));
        }
        if (caller.hasRole(Roles.CATALOG_ADMIN)) {
            // Catalogue admins see the approved requests waiting for their stock, and nothing else.
            return new VisibleScope("status = :awaiting", Map.of("awaiting", RequestStatus.APPROVED_AWAITING_STOCK));
        }
        throw ProblemException.forbidden("Your roles do not allow reading requests.");
    }

    private boolean ownOrganisation(Request request) {
        return caller.organisation().map(request.organisation()::equals).orElse(false);
    }

    /** A JPQL condition and its named parameters. */
    public record VisibleScope(String condition, Map<String, Object> parameters) {
    }

    /** Approver roles and auditors see submitted requests of every organisation, and never drafts. */
    private static boolean isApprover(Caller caller) {
        return Roles.DECIDERS.stream().anyMatch(caller::hasRole) || caller.hasRole(Roles.AUDITOR);
    }
}
