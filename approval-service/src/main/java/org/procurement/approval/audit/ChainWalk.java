package org.procurement.approval.audit;

import java.util.Optional;
import java.util.function.Function;

/**
 * The rules of one link, applied to the entries in chain order: each follows the one before without a gap, names
 * its hash, and its own hash is what its content gives with the key it names (plain SHA-256 for entries from before
 * keys existed). Once a keyed entry has been seen every later one must be keyed too, or anyone could rewrite the
 * tail as plain SHA-256 links without the key.
 */
final class ChainWalk {

    private final Function<String, Optional<ChainKey>> keys;
    private String previous = AuditHash.GENESIS;
    private long expectedSeq = 1;
    private long checked;
    private long keyed;

    ChainWalk(Function<String, Optional<ChainKey>> keys) {
        this.keys = keys;
    }

    /** Checks the next entry: null if it holds (and the walk moves past it), otherwise what does not hold. */
    String next(AuditEntry entry) {
        String problem = problemOf(entry);
        if (problem == null) {
            previous = entry.hash();
            expectedSeq++;
            checked++;
            if (entry.keyId() != null) {
                keyed++;
            }
        }
        return problem;
    }

    private String problemOf(AuditEntry entry) {
        if (entry.seq() != expectedSeq) {
            return "entry " + expectedSeq + " is missing: the chain jumps to " + entry.seq();
        }
        if (!entry.previousHash().equals(previous)) {
            return "its previousHash does not match the hash of entry " + (entry.seq() - 1);
        }
        ChainKey key = null;
        if (entry.keyId() == null) {
            if (keyed > 0) {
                return "it has no key id (a plain SHA-256 link) although entries before it are keyed: "
                        + "entries written since keys exist always name their key";
            }
        } else {
            Optional<ChainKey> named = keys.apply(entry.keyId());
            if (named.isEmpty()) {
                return "its key id '" + entry.keyId() + "' is not a key this service knows (approval.audit.hmac-key-id "
                        + "or approval.audit.previous-hmac-keys." + entry.keyId() + ")";
            }
            key = named.get();
        }
        if (!AuditHash.of(entry, key).equals(entry.hash())) {
            return "its content no longer matches its hash";
        }
        return null;
    }

    /** Hash of the last entry that held. */
    String lastHash() {
        return previous;
    }

    long checked() {
        return checked;
    }

    long keyed() {
        return keyed;
    }
}
