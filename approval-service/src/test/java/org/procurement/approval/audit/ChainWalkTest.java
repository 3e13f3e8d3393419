package org.procurement.approval.audit;

import org.junit.jupiter.api.Test;
import org.procurement.approval.domain.CaseEventType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The link rules on hand-built chains: plain SHA-256 entries from before keys existed, keyed ones after them. */
class ChainWalkTest {

    private static final ChainKey K0 = new ChainKey("k0", Base64.getDecoder().decode("0OVYjWOvKk21+E8B59iMt2MktaQK8h5Lqh0znTqF5/k="));
    private static final ChainKey K1 = new ChainKey("k1", Base64.getDecoder().decode("rr1KUNsEhw2T/BU+LUM/u4+T/8MMJCJoQtwfd1C0USQ="));
    private static final UUID CASE = UUID.randomUUID();

    @Test
    void legacyEntriesKeepTheirSha256LinksAndTheFirstKeyedEntryLinksToThem() {
        List<AuditEntry> chain = chain(3, null, 2, K1);

        ChainWalk walk = walk(chain, Map.of("k1", K1));

        assertEquals(5, walk.checked());
        assertEquals(2, walk.keyed());
        assertEquals(AuditHash.sha256(AuditHash.canonical(chain.get(2))), chain.get(2).hash());
        assertNotEquals(AuditHash.sha256(AuditHash.canonical(chain.get(3))), chain.get(3).hash(), "keyed: not plain SHA-256");
        assertEquals(chain.get(2).hash(), chain.get(3).previousHash());
    }

    @Test
    void rewritingALegacyEntryAndItsLaterLegacyLinksBreaksTheFirstKeyedLink() {
        List<AuditEntry> chain = chain(3, null, 2, K1);
        // The intruder rewrites entry 2 and recomputes the plain links of 2 and 3; entry 4 is keyed and keeps its link.
        AuditEntry rewritten2 = entry(2, "APPROVE", chain.get(0).hash(), null);
        AuditEntry rewritten3 = entry(3, "APPROVE", rewritten2.hash(), null);
        List<AuditEntry> tampered = List.of(chain.get(0), rewritten2, rewritten3, chain.get(3), chain.get(4));

        List<String> problems = problems(tampered, Map.of("k1", K1));

        assertEquals(List.of("", "", "", "4: its previousHash does not match the hash of entry 3"), problems.subList(0, 4));
    }

    @Test
    void aPlainLinkAfterKeyedEntriesIsRefusedEvenWhenItsHashIsRight() {
        List<AuditEntry> chain = chain(0, null, 2, K1);
        // Rewritten without the key: key id dropped and a correct plain SHA-256 of the new content.
        AuditEntry rewritten = entry(2, "APPROVE", chain.get(0).hash(), null);

        List<String> problems = problems(List.of(chain.get(0), rewritten), Map.of("k1", K1));

        assertTrue(problems.get(1).startsWith("2: it has no key id (a plain SHA-256 link) although entries before it "
                + "are keyed"), problems.get(1));
    }

    @Test
    void anEntryWithAnUnknownKeyIdFailsNamingTheKey() {
        List<AuditEntry> chain = chain(0, null, 2, K1);
        AuditEntry foreign = entry(3, "REJECT", chain.get(1).hash(), new ChainKey("k9", new byte[32]));

        List<String> problems = problems(List.of(chain.get(0), chain.get(1), foreign), Map.of("k1", K1));

        assertEquals("3: its key id 'k9' is not a key this service knows (approval.audit.hmac-key-id or "
                + "approval.audit.previous-hmac-keys.k9)", problems.get(2));
    }

    @Test
    void entriesOfARetiredKeyVerifyWithItsPreviousKeyEntry() {
        List<AuditEntry> chain = new ArrayList<>(chain(0, null, 2, K0));
        chain.add(entry(3, "APPROVE", chain.get(1).hash(), K1));

        assertEquals(3, walk(chain, Map.of("k0", K0, "k1", K1)).checked());
        assertTrue(problems(chain, Map.of("k1", K1)).get(0).startsWith("1: its key id 'k0' is not a key"));
    }

    @Test
    void aChangedKeyedEntryNoLongerMatchesItsHash() {
        List<AuditEntry> chain = chain(0, null, 3, K1);
        // Same content but hashed with another key of the same id: what a guess at the key gives.
        AuditEntry forged = entry(2, "APPROVE", chain.get(0).hash(), new ChainKey("k1", new byte[32]));

        List<String> problems = problems(List.of(chain.get(0), forged, chain.get(2)), Map.of("k1", K1));

        assertEquals("2: its content no longer matches its hash", problems.get(1));
    }

    @Test
    void aGapIsNamed() {
        List<AuditEntry> chain = chain(0, null, 4, K1);

        List<String> problems = problems(List.of(chain.get(0), chain.get(2), chain.get(3)), Map.of("k1", K1));

        assertEquals("3: entry 2 is missing: the chain jumps to 3", problems.get(1));
    }

    /** {@code legacy} plain entries, then {@code keyed} entries hashed with {@code key}, linked from the genesis. */
    private static List<AuditEntry> chain(int legacy, ChainKey none, int keyed, ChainKey key) {
        List<AuditEntry> chain = new ArrayList<>();
        String previous = AuditHash.GENESIS;
        for (int i = 1; i <= legacy + keyed; i++) {
            AuditEntry entry = entry(i, "REJECT", previous, i <= legacy ? none : key);
            chain.add(entry);
            previous = entry.hash();
        }
        return chain;
    }

    private static AuditEntry entry(long seq, String outcome, String previousHash, ChainKey key) {
        AuditEvent event = new AuditEvent(CaseEventType.DECISION, CASE, "REQ-2026-000001", "technical-review",
                "minjun", "reviewer", outcome, "Entry " + seq, 1);
        return new AuditEntry(seq, Instant.parse("2026-11-26T10:00:00Z").plusSeconds(seq), event, null, previousHash, key);
    }

    private static ChainWalk walk(List<AuditEntry> chain, Map<String, ChainKey> keys) {
        ChainWalk walk = new ChainWalk(id -> Optional.ofNullable(keys.get(id)));
        for (AuditEntry entry : chain) {
            assertNull(walk.next(entry), "entry " + entry.seq());
        }
        return walk;
    }

    /** For each entry "" if it holds, else "seq: problem"; a fresh walk after each problem, from the next entry on. */
    private static List<String> problems(List<AuditEntry> chain, Map<String, ChainKey> keys) {
        List<String> problems = new ArrayList<>();
        ChainWalk walk = new ChainWalk(id -> Optional.ofNullable(keys.get(id)));
        for (AuditEntry entry : chain) {
            String problem = walk.next(entry);
            problems.add(problem == null ? "" : entry.seq() + ": " + problem);
            if (problem != null) {
                break;
            }
        }
        return problems;
    }
}
