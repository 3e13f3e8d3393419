package org.procurement.approval.client;

import org.procurement.support.audit.SignedCheckpoint;

/** What asking request-service for its newest checkpoint copy gave: a copy, none yet, or no answer (and why). */
public record CheckpointLookup(SignedCheckpoint checkpoint, boolean reachable, String detail) {

    static CheckpointLookup found(SignedCheckpoint checkpoint) {
        return new CheckpointLookup(checkpoint, true, null);
    }

    static CheckpointLookup none() {
        return new CheckpointLookup(null, true, null);
    }

    static CheckpointLookup unreachable(String detail) {
        return new CheckpointLookup(null, false, detail);
    }
}
