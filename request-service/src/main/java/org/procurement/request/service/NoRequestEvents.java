package org.procurement.request.service;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import org.procurement.request.domain.Request;

/** Until the outbox exists nothing is sent; the timeline still records every change. */
@ApplicationScoped
@DefaultBean
public class NoRequestEvents implements RequestEvents {

    @Override
    public void submitted(Request request) {
    }

    @Override
    public void withdrawn(Request request, String reason, String actor) {
    }

    @Override
    public void decided(Request request) {
    }
}
