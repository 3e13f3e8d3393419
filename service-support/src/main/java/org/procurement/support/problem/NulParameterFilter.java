package org.procurement.support.problem;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Path and query parameters holding U+0000 (sent as %00) are refused with a 400 naming the parameter. */
public class NulParameterFilter {

    @ServerRequestFilter
    public Optional<Response> refuseNul(UriInfo uri) {
        return Optional.ofNullable(faultIn(uri.getPathParameters(), uri))
                .or(() -> Optional.ofNullable(faultIn(uri.getQueryParameters(), uri)));
    }

    private static Response faultIn(MultivaluedMap<String, String> parameters, UriInfo uri) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (NulCharacters.in(parameter.getKey())
                    || parameter.getValue().stream().anyMatch(NulCharacters::in)) {
                String name = parameter.getKey().replace('\u0000', '?');
                return ProblemMappers.respond(new Problem("invalid-parameter", "Invalid parameter", 400,
                        "Parameter '" + name + "' " + NulCharacters.MESSAGE + ".", ProblemMappers.instance(uri),
                        List.of(new Problem.Violation(name, NulCharacters.MESSAGE)), Map.of()));
            }
        }
        return null;
    }
}
