package org.procurement.support.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * quarkus.http.limits.max-body-size is enforced by the HTTP layer with a bare 413 before any resource runs; this
 * route runs just before that check and gives the same answer as a problem document. A chunked body (no
 * Content-Length) was not limited at all: it is read here, and refused once it passes the limit.
 */
@Singleton
public class BodySizeLimit {

    /** Just before Quarkus's own upload-limit route (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT = -2). */
    private static final int ORDER = -3;

    private final Optional<MemorySize> limit;
    private final ObjectMapper json;

    public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit,
                         ObjectMapper json) {
        this.limit = limit;
        this.json = json;
    }

    void install(@Observes Router router) {
        limit.ifPresent(max -> {
            // A chunked body has no length to check up front: read it here, counting, and stop at the limit.
            BodyHandler chunked = BodyHandler.create(false).setBodyLimit(max.asLongValue());
            router.route().order(ORDER).handler(context -> refuseIfTooLarge(context, max.asLongValue(), chunked));
            router.route().order(ORDER).failureHandler(context -> {
                if (context.statusCode() == 413) {
                    tooLarge(context, max.asLongValue(), "The request body has more than " + max.asLongValue()
                            + " bytes; at most " + max.asLongValue() + " are accepted.");
                } else {
                    context.next();
                }
            });
        });
    }

    private void refuseIfTooLarge(RoutingContext context, long max, BodyHandler chunked) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            if (context.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
                chunked.handle(context);
            } else {
                context.next();
            }
            return;
        }
        long declared;
        try {
            declared = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            declared = -1;
        }
        if (declared <= max) {
            context.next();
            return;
        }
        tooLarge(context, max, "The request body has " + declared + " bytes; at most " + max + " are accepted.");
    }

    private void tooLarge(RoutingContext context, long max, String detail) {
        Problem problem = new Problem("payload-too-large", "Payload too large", 413, detail,
                RouteProblems.instance(context), List.of(), Map.of("maxBodySize", max));
        // The body is not read: close the connection rather than drain a megabyte we refuse.
        RouteProblems.send(context, json, problem, true);
    }
}
