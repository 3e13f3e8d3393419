package org.procurement.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The bench's demo users, signed in through the realm's test client. Access tokens live 5 minutes, so a token older
 * than four is replaced by a new sign-in (with the user's one-time code where the role requires one).
 */
final class SignedInUsers {

    private static final Duration RENEW_AFTER = Duration.ofMinutes(4);

    private final String realmUrl;
    private final Map<String, String> tokens = new HashMap<>();
    private final Map<String, Instant> signedIn = new HashMap<>();

    SignedInUsers(String realmUrl) {
        this.realmUrl = realmUrl;
    }

    synchronized String get(String user) {
        Instant at = signedIn.get(user);
        if (at == null || Instant.now().isAfter(at.plus(RENEW_AFTER))) {
            try {
                tokens.put(user, Http.token(realmUrl, user));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            signedIn.put(user, Instant.now());
        }
        return tokens.get(user);
    }
}
