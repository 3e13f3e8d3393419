package org.procurement.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bench's demo users, signed in through the realm's test client. Access tokens live 5 minutes, so a token older
 * than four is replaced by a new sign-in (with the user's one-time code where the role requires one).
 */
final class SignedInUsers {

    private static final Duration RENEW_AFTER = Duration.ofMinutes(4);

    private final String realmUrl;
    private record SignedIn(String token, Instant at) {
    }

    private final Map<String, SignedIn> tokens = new ConcurrentHashMap<>();

    SignedInUsers(String realmUrl) {
        this.realmUrl = realmUrl;
    }

    /** A current token of the user; called on every request of a load, so the common case takes no lock. */
    String get(String user) {
        SignedIn current = tokens.get(user);
        if (current != null && Instant.now().isBefore(current.at().plus(RENEW_AFTER))) {
            return current.token();
        }
        return renew(user);
    }

    private synchronized String renew(String user) {
        SignedIn current = tokens.get(user);
        if (current != null && Instant.now().isBefore(current.at().plus(RENEW_AFTER))) {
            return current.token();
        }
        try {
            SignedIn fresh = new SignedIn(Http.token(realmUrl, user), Instant.now());
            tokens.put(user, fresh);
            return fresh.token();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
