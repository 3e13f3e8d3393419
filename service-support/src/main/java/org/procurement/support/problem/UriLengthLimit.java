package org.procurement.support.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Map;

/**
 * An over-long request target gets a 414 problem document instead of Vert.x's bare 414. The HTTP layer's own
 * ceiling (quarkus.http.limits.max-initial-line-length) is set well above this limit, so that requests between
 * the two reach this route; only beyond that ceiling does Vert.x still answer alone, without a body.
 */
@Singleton
public class UriLengthLimit {

    /** Before the body-size check: a request refused for its URI is not read further. */
    private static final int ORDER = -4;

    private final int maxLength;
    private final ObjectMapper json;

    public UriLengthLimit(@ConfigProperty(name = "procurement.http.max-uri-length", defaultValue = "8192") int maxLength,
                          ObjectMapper json) {
        this.maxLength = maxLength;
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::refuseIfTooLong);
    }

    private void refuseIfTooLong(RoutingContext context) {
        int length = context.request().uri().length();
        if (length <= maxLength) {
            context.next();
            return;
        }
        // No instance: echoing thousands of characters back helps nobody.
        RouteProblems.send(context, json, new Problem("uri-too-long", "URI too long", 414,
                "The request target has " + length + " characters; at most " + maxLength + " are accepted. "
                        + "Send fewer query parameters (for example fewer ids per call).",
                null, List.of(), Map.of("maxUriLength", maxLength)), true);
    }
}
