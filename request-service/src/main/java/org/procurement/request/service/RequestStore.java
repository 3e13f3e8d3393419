package org.procurement.request.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.procurement.request.domain.Request;
import org.procurement.request.domain.RequestRepository;
import org.procurement.request.domain.TimelineRepository;

/** Saves a request together with the timeline entries it recorded, in the caller's transaction. */
@ApplicationScoped
public class RequestStore {

    private final RequestRepository requests;
    private final TimelineRepository timeline;

    public RequestStore(RequestRepository requests, TimelineRepository timeline) {
        this.requests = requests;
        this.timeline = timeline;
    }

    public void save(Request request) {
        if (!requests.isPersistent(request)) {
            requests.persist(request);
        }
        timeline.persist(request.takeRecordedEntries());
    }
}
