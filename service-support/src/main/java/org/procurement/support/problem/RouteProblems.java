package org.procurement.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

import java.net.URI;

/** Problems answered by Vert.x routes that run before any resource (limits the HTTP layer would answer bare). */
final class RouteProblems {

    private RouteProblems() {
    }

    /** Ends the exchange with the problem; {@code close} where the rest of the request is not worth reading. */
    static void send(RoutingContext context, ObjectMapper json, Problem problem, boolean close) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + problem.status + ",\"title\":\"" + problem.title + "\"}";
        }
        context.response().setStatusCode(problem.status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (close) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        context.response().end(body);
    }

    /** The request's path as sent (no query), or "/" when it is not a valid URI path. */
    static URI instance(RoutingContext context) {
        String uri = context.request().uri();
        int query = uri.indexOf('?');
        String path = query < 0 ? uri : uri.substring(0, query);
        try {
            return URI.create(URI.create(path).getRawPath());
        } catch (IllegalArgumentException | NullPointerException e) {
            return URI.create("/");
        }
    }
}
