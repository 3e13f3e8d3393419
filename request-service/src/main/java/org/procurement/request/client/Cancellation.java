package org.procurement.request.client;

import org.procurement.request.domain.Request;

import java.util.UUID;

/**
 * The cancellation of a withdrawn request's case, as approval-service takes it (docs/contracts.md): sent at once by
 * {@link ApprovalCases} and through the outbox by the withdrawal's events, the same body both ways.
 */
public record Cancellation(UUID eventId, UUID requestId, int round, String reason, String actor) {

    public static Cancellation of(Request request, String reason, String actor) {
        return new Cancellation(UUID.randomUUID(), request.id(), request.round(), reason, actor);
    }
}
