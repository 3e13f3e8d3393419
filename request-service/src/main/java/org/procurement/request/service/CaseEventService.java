package org.procurement.request.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.procurement.request.domain.Request;
import org.procurement.request.domain.RequestRepository;
import org.procurement.request.domain.RequestStatus;
import org.procurement.request.outbox.RequestNotices;
import org.procurement.support.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Applies approval-service's case events to requests. Delivery is at least once, so each event id is applied at
 * most once; an event for another round, or whose move is no longer legal, is acknowledged and noted on the
 * timeline but changes nothing, so the sender stops retrying.
 */
@ApplicationScoped
public class CaseEventService {

    /** The timeline's actor for events that name nobody (a case opens by itself). */
    static final String APPROVAL_SERVICE = "approval-service";

    private final RequestRepository requests;
    private final RequestStore store;
    private final ProcessedEvents processed;
    private final RequestEvents events;
    private final Clock clock;
    private final RequestMetrics metrics;
    private final RequestNotices notices;

    public CaseEventService(RequestRepository requests, RequestStore store, ProcessedEvents processed,
            RequestEvents events, Clock clock, RequestMetrics metrics, RequestNotices notices) {
        this.notices = notices;
        this.requests = requests;
        this.store = store;
        this.processed = processed;
        this.events = events;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Transactional
    public EventReceipt apply(UUID requestId, CaseEvent event) {
        if (event.type() == CaseEvent.Type.CASE_CLOSED && event.outcome() == null) {
            throw ProblemException.invalid("outcome", "is required for CASE_CLOSED");
        }
        Request request = requests.findForUpdate(requestId)
                .orElseThrow(() -> ProblemException.notFound("Request", requestId));
        Instant now = clock.instant();
        if (!processed.firstDelivery(event.eventId(), requestId, now)) {
            return new EventReceipt(false, true, request.status());
        }
        String actor = event.actor() == null || event.actor().isBlank() ? APPROVAL_SERVICE : event.actor();
        RequestStatus target = event.type() == CaseEvent.Type.CASE_CLOSED
                ? event.outcome().status() : RequestStatus.IN_REVIEW;
        String what = event.type() + (event.outcome() == null ? "" : " " + event.outcome())
                + " (event " + event.eventId() + ", round " + event.round() + ")";
        if (event.round() != request.round()) {
            return ignored(request, what + " ignored: the request is in round " + request.round(), actor, now);
        }
        if (event.type() == CaseEvent.Type.STAGES_OPENED) {
            if (request.status() != RequestStatus.IN_REVIEW) {
                return ignored(request, what + " ignored: the request is " + request.status() + ", not in review",
                        actor, now);
            }
            request.stagesOpened(event.stages(), actor, now);
        } else if (!request.canMoveTo(target)) {
            return ignored(request, what + " ignored: the request is " + request.status()
                    + " and cannot become " + target, actor, now);
        } else if (event.type() == CaseEvent.Type.CASE_OPENED) {
            request.openCase(event.stages(), actor, now);
        } else {
            request.decide(event.outcome(), event.conditions(), event.reason(), actor, now);
            events.decided(request);
            notices.decided(request);
            metrics.decided(request);
        }
        store.save(request);
        return new EventReceipt(true, false, request.status());
    }

    private EventReceipt ignored(Request request, String why, String actor, Instant now) {
        request.ignoreEvent(why, actor, now);
        store.save(request);
        return new EventReceipt(false, false, request.status());
    }
}
