package org.procurement.approval.audit;

import org.procurement.support.audit.SignedCheckpoint;

import java.util.Optional;

/**
 * Compares a signed checkpoint with the chain as it is now: the signature must be this service's, and the chain must
 * still hold the entry the checkpoint signed, with the same hash. What fails is said in words an auditor can act on.
 */
final class CheckpointCheck {

    private CheckpointCheck() {
    }

    /**
     * @param signatureValid whether the checkpoint's signature verifies with this service's key
     * @param hashAtSeq      the hash of the chain's entry at the checkpoint's seq, if there is one
     * @param chainEnd       the seq of the chain's last entry (0 when empty)
     * @return null when the checkpoint and the chain agree, otherwise what does not hold
     */
    static String problem(SignedCheckpoint checkpoint, boolean signatureValid, Optional<String> hashAtSeq, long chainEnd) {
        String of = "the checkpoint of " + checkpoint.createdAt();
        if (!signatureValid) {
            return "the signature of " + of + " (seq " + checkpoint.seq() + ") does not verify with this service's key "
                    + "(approval.audit.verify-key): it was not signed by this service";
        }
        long seq = checkpoint.seq();
        if (hashAtSeq.isEmpty()) {
            if (chainEnd < seq) {
                String missing = chainEnd + 1 == seq ? "entry " + seq : "entries " + (chainEnd + 1) + ".." + seq;
                return missing + " signed by " + of + " " + (chainEnd + 1 == seq ? "is" : "are")
                        + " missing: the chain ends at " + chainEnd;
            }
            return "entry " + seq + " signed by " + of + " is missing";
        }
        if (!hashAtSeq.get().equals(checkpoint.hash())) {
            return "entry " + seq + " does not have the hash " + of + " signed (" + checkpoint.hash() + "): it has "
                    + hashAtSeq.get();
        }
        return null;
    }
}
