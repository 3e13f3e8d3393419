package org.procurement.request.service;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.procurement.request.domain.Request;

/** Business counters on the Prometheus endpoint: submissions, withdrawals and outcomes, by low-cardinality tags. */
@ApplicationScoped
public class RequestMetrics {

    private final MeterRegistry registry;

    public RequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void submitted(Request request) {
        registry.counter("procurement.requests.submitted", "priority", String.valueOf(request.priority())).increment();
    }

    void withdrawn() {
        registry.counter("procurement.requests.withdrawn").increment();
    }

    void decided(Request request) {
        registry.counter("procurement.requests.decided", "outcome", request.status().name()).increment();
    }
}
