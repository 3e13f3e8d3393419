package org.procurement.request;

import org.procurement.support.audit.Ed25519Keys;
import org.procurement.support.audit.SignedCheckpoint;
import org.procurement.testing.contract.EventContract;

import java.security.PrivateKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/** Checkpoints signed as approval-service signs them, with the demo key pair of both services' test configuration. */
public final class SignedCheckpoints {

    /** approval-service's demo signing key; request-service's test configuration has its public half. */
    static final PrivateKey APPROVAL_SERVICE = Ed25519Keys.privateKey(
            "MC4CAQAwBQYDK2VwBCIEIKaE1RMiYT+gtQAr10CzMru6R0U54KUdL/lLHi9HUlj4", "demo signing key");
    static final String KEY_ID = Ed25519Keys.keyId(Ed25519Keys.publicKey(
            "MCowBQYDK2VwAyEAprVBIqMZdRa8vvSeZ2wpOhxocU5LWae8Pnuuuw7FQhQ=", "demo verify key"));
    /** Rising across every test class of the run, so that the newest copy is always the last one sent. */
    private static final AtomicLong SEQ = new AtomicLong(System.currentTimeMillis());

    private SignedCheckpoints() {
    }

    public static SignedCheckpoint next() {
        return sign(SEQ.incrementAndGet(), APPROVAL_SERVICE);
    }

    static SignedCheckpoint sign(long seq, PrivateKey key) {
        byte[] hash = new byte[32];
        ThreadLocalRandom.current().nextBytes(hash);
        return SignedCheckpoint.sign(seq, HexFormat.of().formatHex(hash), Instant.now().truncatedTo(ChronoUnit.MILLIS),
                key, KEY_ID);
    }

    /** The copy as approval-service sends it: the shared contract document with this checkpoint's values. */
    public static String json(SignedCheckpoint c) {
        return EventContract.document("audit-checkpoint", Map.of("seq", c.seq(), "hash", c.hash(),
                "createdAt", c.createdAt().toString(), "keyId", c.keyId(), "signature", c.signature()));
    }
}
