package org.procurement.outbox;

/**
 * What a service does when one of its messages is delivered or refused for good: a service may provide this bean.
 * It is called in the transaction that marks the message, so the service's reaction and the mark commit together
 * (a crash in between leaves the message to be delivered again, and the reaction to happen then).
 */
public interface OutboxOutcomes {

    /** The receiver accepted the message. */
    default void delivered(OutboxMessage message) {
    }

    /** The receiver refused the message for good ({@code status}: its HTTP status; {@code body}: its answer). */
    default void refused(OutboxMessage message, int status, String body) {
    }
}
