package org.procurement.outbox;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** As a service reacting to its messages' fate would: records each call, and can fail once to show the rollback. */
@ApplicationScoped
class RecordedOutcomes implements OutboxOutcomes {

    static final List<String> CALLS = new CopyOnWriteArrayList<>();
    static volatile String failOnceFor;

    @Override
    public void delivered(OutboxMessage message) {
        failIfAsked(message);
        CALLS.add("delivered " + message.id());
    }

    @Override
    public void refused(OutboxMessage message, int status, String body) {
        failIfAsked(message);
        CALLS.add("refused " + message.id() + " " + status + " " + body);
    }

    private static void failIfAsked(OutboxMessage message) {
        if (message.aggregateId().equals(failOnceFor)) {
            failOnceFor = null;
            throw new IllegalStateException("the service's reaction failed");
        }
    }
}
