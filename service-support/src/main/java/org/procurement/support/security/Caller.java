package org.procurement.support.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.procurement.support.problem.ProblemException;

import java.security.Principal;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** Who is calling: user name, realm roles and organisation, read from the verified access token. */
@RequestScoped
public class Caller {

    /** Token claim carrying the caller's organisation (for example {@code UA-MOD}). */
    public static final String ORG_CLAIM = "org";

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String username() {
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken jwt && jwt.getClaim("preferred_username") != null) {
            return jwt.getClaim("preferred_username").toString();
        }
        return principal == null ? "anonymous" : principal.getName();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public Optional<String> organisation() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object org = jwt.getClaim(ORG_CLAIM);
            if (org != null && !org.toString().isBlank()) {
                return Optional.of(org.toString());
            }
        }
        return Optional.empty();
    }

    /** The token this call was made with, for records that must name it; empty without a bearer token. */
    public Optional<TokenEvidence> tokenEvidence() {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getRawToken() == null) {
            return Optional.empty();
        }
        Object jti = jwt.getClaim("jti");
        Object authTime = jwt.getClaim("auth_time");
        Instant signedIn = null;
        if (authTime instanceof Number seconds) {
            signedIn = Instant.ofEpochSecond(seconds.longValue());
        } else if (authTime != null && authTime.toString().matches("\\d{1,12}")) {
            signedIn = Instant.ofEpochSecond(Long.parseLong(authTime.toString()));
        }
        return Optional.of(new TokenEvidence(jti == null ? null : jti.toString(), TokenEvidence.sha256(jwt.getRawToken()),
                signedIn));
    }

    /** The caller's organisation; its absence is a misconfigured account, refused rather than guessed. */
    public String requireOrganisation() {
        return organisation().orElseThrow(() -> ProblemException.forbidden(
                "Your account has no organisation (token claim '" + ORG_CLAIM + "'); ask an administrator to set it."));
    }
}
