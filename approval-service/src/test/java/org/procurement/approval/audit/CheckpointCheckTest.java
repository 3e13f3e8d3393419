package org.procurement.approval.audit;

import org.junit.jupiter.api.Test;
import org.procurement.support.audit.Ed25519Keys;
import org.procurement.support.audit.SignedCheckpoint;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A signed checkpoint against the chain as it is now: agreement, a removed tail, a changed head, a forged signature. */
class CheckpointCheckTest {

    private static final String HEAD = "3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d";
    private static final Instant AT = Instant.parse("2026-11-30T10:15:00Z");
    private static final SignedCheckpoint AT_12 = new SignedCheckpoint(12, HEAD, AT, "ed25519:0011223344556677", "c2ln");

    @Test
    void aChainThatStillHoldsTheSignedHeadAgrees() {
        assertNull(CheckpointCheck.problem(AT_12, true, Optional.of(HEAD), 12));
        assertNull(CheckpointCheck.problem(AT_12, true, Optional.of(HEAD), 40), "entries after the checkpoint are fine");
    }

    @Test
    void aRemovedTailIsNamedAgainstTheCheckpointThatSignedIt() {
        assertEquals("entries 10..12 signed by the checkpoint of 2026-11-30T10:15:00Z are missing: the chain ends at 9",
                CheckpointCheck.problem(AT_12, true, Optional.empty(), 9));
        assertEquals("entry 12 signed by the checkpoint of 2026-11-30T10:15:00Z is missing: the chain ends at 11",
                CheckpointCheck.problem(AT_12, true, Optional.empty(), 11));
        assertEquals("entries 1..12 signed by the checkpoint of 2026-11-30T10:15:00Z are missing: the chain ends at 0",
                CheckpointCheck.problem(AT_12, true, Optional.empty(), 0));
    }

    @Test
    void aHeadWithAnotherHashIsNamedWithBothHashes() {
        String problem = CheckpointCheck.problem(AT_12, true, Optional.of("ab".repeat(32)), 14);
        assertEquals("entry 12 does not have the hash the checkpoint of 2026-11-30T10:15:00Z signed (" + HEAD
                + "): it has " + "ab".repeat(32), problem);
    }

    @Test
    void aCheckpointThatDoesNotVerifyIsRefusedWhateverTheChainHolds() {
        String problem = CheckpointCheck.problem(AT_12, false, Optional.of(HEAD), 12);
        assertTrue(problem.contains("does not verify with this service's key"), problem);
    }

    @Test
    void onlyTheHolderOfTheSigningKeyMakesACheckpointThatVerifies() throws Exception {
        KeyPair ours = KeyPairGenerator.getInstance(Ed25519Keys.ALGORITHM).generateKeyPair();
        KeyPair forger = KeyPairGenerator.getInstance(Ed25519Keys.ALGORITHM).generateKeyPair();
        SignedCheckpoint signed = SignedCheckpoint.sign(12, HEAD, AT, ours.getPrivate(), Ed25519Keys.keyId(ours.getPublic()));

        assertTrue(signed.verifiesWith(ours.getPublic()));
        assertFalse(SignedCheckpoint.sign(12, HEAD, AT, forger.getPrivate(), signed.keyId()).verifiesWith(ours.getPublic()));
        assertFalse(new SignedCheckpoint(13, HEAD, AT, signed.keyId(), signed.signature()).verifiesWith(ours.getPublic()),
                "the signature covers the seq");
        assertFalse(new SignedCheckpoint(12, HEAD, AT.plusSeconds(1), signed.keyId(), signed.signature())
                .verifiesWith(ours.getPublic()), "and the time");
        assertFalse(new SignedCheckpoint(12, HEAD, AT, signed.keyId(), "not base64!").verifiesWith(ours.getPublic()));
    }
}
