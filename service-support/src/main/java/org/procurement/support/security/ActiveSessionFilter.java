package org.procurement.support.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Set;

/**
 * Every state-changing call made with a person's token needs a session Keycloak still holds active (see
 * {@link ActiveSessions}); reads rely on the token's signature alone. Calls without a token are left to the
 * endpoint's own rules (401 or public), and service accounts have no session to end.
 */
public class ActiveSessionFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final ActiveSessions sessions;
    private final CurrentIdentityAssociation identities;

    public ActiveSessionFilter(ActiveSessions sessions, CurrentIdentityAssociation identities) {
        this.sessions = sessions;
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Void> requireActiveSession(ContainerRequestContext request) {
        if (!sessions.enabled() || SAFE_METHODS.contains(request.getMethod())) {
            return Uni.createFrom().voidItem();
        }
        // Authentication is lazy in these services: resolve the identity without blocking the I/O thread.
        return identities.getDeferredIdentity().onItem().transformToUni(this::requireActiveSession);
    }

    private Uni<Void> requireActiveSession(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)
                || token.getRawToken() == null || identity.hasRole(Roles.SERVICE)) {
            return Uni.createFrom().voidItem();
        }
        return sessions.requireActive(token.getRawToken());
    }
}
