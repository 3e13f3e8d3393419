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
 * <p>
 * A service that takes file uploads sets {@code procurement.http.max-upload-size}: multipart bodies may then be that
 * large when they declare their length (they are streamed to disk); every other body keeps
 * {@code procurement.http.max-body-size}. Quarkus's own limit, above the upload size, bounds a chunked upload.
 */
@Singleton
public class BodySizeLimit {

    /** Just before Quarkus's own upload-limit route (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT = -2). */
    private static final int ORDER = -3;

    private final Optional<MemorySize> limit;
    private final Optional<MemorySize> uploadLimit;
    private final ObjectMapper json;

    public BodySizeLimit(@ConfigProperty(name = "procurement.http.max-body-size") Optional<MemorySize> bodyLimit,
                         @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> quarkusLimit,
                         @ConfigProperty(name = "procurement.http.max-upload-size") Optional<MemorySize> uploadLimit,
                         ObjectMapper json) {
        this.limit = bodyLimit.or(() -> quarkusLimit);
        this.uploadLimit = uploadLimit;
        this.json = json;
    }

    void install(@Observes Router router) {
        limit.ifPresent(max -> {
            // A chunked body has no length to check up front: read it here, counting, and stop at the limit.
            BodyHandler chunked = BodyHandler.create(false).setBodyLimit(max.asLongValue());
            router.route().order(ORDER).handler(context -> refuseIfTooLarge(context, max.asLongValue(), chunked));
            router.route().order(ORDER).failureHandler(context -> {
                if (context.statusCode() == 413) {
                    long applicable = isUpload(context) ? uploadLimit.get().asLongValue() : max.asLongValue();
                    tooLarge(context, applicable, "The request body has more than " + applicable
                            + " bytes; at most " + applicable + " are accepted.");
                } else {
                    context.next();
                }
            });
        });
    }

    /** A file upload, when this service takes them: a multipart form. */
    private boolean isUpload(RoutingContext context) {
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        return uploadLimit.isPresent() && type != null
                && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
    }

    private void refuseIfTooLarge(RoutingContext context, long bodyMax, BodyHandler chunked) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long max = isUpload(context) ? uploadLimit.get().asLongValue() : bodyMax;
        if (length == null && isUpload(context)) {
            // A chunked upload streams to disk up to Quarkus's own limit (set above the upload size); the service
            // refuses a file over its size once it has it.
            context.next();
            return;
        }
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
