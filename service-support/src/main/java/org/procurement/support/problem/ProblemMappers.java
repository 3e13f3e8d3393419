package org.procurement.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.procurement.support.domain.RuleViolation;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The single exception mapper of a service: every failure leaves as an RFC 9457 problem document,
 * never as HTML or a stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Problem problem = new Problem(e.slug(), e.title(), e.status(), e.getMessage(), instance(uri), e.violations(),
                e.extensions());
        Response.ResponseBuilder response = Response.status(problem.status).type(Problem.MEDIA_TYPE).entity(problem);
        if (e.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        } else if (e.status() == 503) {
            response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return response.build();
    }

    /** A domain rule's refusal, by kind: the domain never names a status. */
    @ServerExceptionMapper
    public Response ruleViolation(RuleViolation e, UriInfo uri) {
        int status = switch (e.kind()) {
            case INVALID -> 400;
            case NOT_PERMITTED -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case INCOMPLETE -> 422;
        };
        List<Problem.Violation> violations = e.faults().stream()
                .map(fault -> new Problem.Violation(fault.field(), fault.message())).toList();
        return respond(new Problem(e.slug(), e.title(), status, e.getMessage(), instance(uri), violations, e.facts()));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message))
                .toList();
        String fields = violations.stream().map(Problem.Violation::field).distinct().collect(Collectors.joining(", "));
        return respond(new Problem("validation-failed", "Validation failed", 400,
                "The input is not valid; fields at fault: " + fields + ".", instance(uri), violations, Map.of()));
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return validation(field, "is not a known field", uri);
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() == String.class) {
            return validation(path(invalid), invalid.getOriginalMessage(), uri);
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return validation(path(invalid), "must be one of: " + allowed, uri);
        }
        if (e instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            String expected = mismatched.getTargetType() == null ? "another type"
                    : mismatched.getTargetType().getSimpleName();
            return validation(path(mismatched), "has the wrong type (expected " + expected + ")", uri);
        }
        return respond(new Problem("malformed-json", "Malformed JSON", 400,
                "The request body is not valid JSON: " + e.getOriginalMessage(), instance(uri), List.of(), Map.of()));
    }

    /** Registered for Jackson's own type as well, so that it wins over quarkus-rest's built-in mapper. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem("forbidden", "Forbidden", 403,
                "Your roles do not allow this operation.", instance(uri), List.of(), Map.of()));
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return concurrentModification(uri);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, UriInfo uri) {
        return concurrentModification(uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        // quarkus-rest reports an unreadable body as 400 with Jackson's exception as the cause.
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable, uri);
        }
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "There is nothing at " + uri.getPath() + ".";
            case 405 -> "This method is not allowed here.";
            case 406 -> "None of the accepted media types can be produced; ask for application/json.";
            case 415 -> "This media type is not supported; send application/json.";
            default -> e.getMessage();
        };
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(slugOf(title), title, status, detail, instance(uri), List.of(), Map.of()));
        copyHeader(e.getResponse(), builder, HttpHeaders.ALLOW);
        copyHeader(e.getResponse(), builder, HttpHeaders.WWW_AUTHENTICATE);
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseUnavailable.causedBy(e)) {
            return databaseUnavailable(e, uri);
        }
        if (identityProviderUnavailable(e)) {
            // Keycloak was unreachable when this service started, so it has no keys to check tokens with yet;
            // OIDC retries on later requests.
            LOG.warnf("Identity provider unavailable, answering 503 for %s: %s", uri == null ? "?" : uri.getPath(),
                    rootMessage(e));
            return unavailable("identity-provider-unavailable", "The sign-in service cannot be reached to check your "
                    + "token; nothing was changed by this request. Try again in a few seconds.", uri);
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return respond(new Problem("internal-error", "Internal error", 500,
                "The server failed unexpectedly; nothing was changed by this request. Incident " + incident + ".",
                instance(uri), List.of(), Map.of("incident", incident)));
    }

    /** Not a bug but an outage: 503 with a hint when to retry; readiness says the same to the load balancer. */
    private static Response databaseUnavailable(Throwable e, UriInfo uri) {
        LOG.warnf("Database unavailable, answering 503 for %s: %s", uri == null ? "?" : uri.getPath(), rootMessage(e));
        return unavailable("service-unavailable", "The service cannot reach its database right now; nothing was "
                + "changed by this request. Try again in a few seconds.", uri);
    }

    private static Response unavailable(String slug, String detail, UriInfo uri) {
        return Response.status(503).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .entity(new Problem(slug, "Service unavailable", 503, detail, instance(uri), List.of(), Map.of()))
                .build();
    }

    private static boolean identityProviderUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof io.quarkus.oidc.OIDCException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static Response unauthenticated(UriInfo uri) {
        return Response.status(401).type(Problem.MEDIA_TYPE).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(new Problem("unauthenticated", "Unauthenticated", 401,
                        "A valid bearer token is required.", instance(uri), List.of(), Map.of()))
                .build();
    }

    private static Response concurrentModification(UriInfo uri) {
        return respond(new Problem("concurrent-modification", "Concurrent modification", 409,
                "Someone else changed this resource at the same time; reload it and try again.", instance(uri),
                List.of(), Map.of()));
    }

    private static Response validation(String field, String message, UriInfo uri) {
        return respond(new Problem("validation-failed", "Validation failed", 400,
                "The input is not valid: " + field + " " + message + ".", instance(uri),
                List.of(new Problem.Violation(field, message)), Map.of()));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The request's path as it was sent (still percent-encoded), so any path a client can send is a valid URI. */
    static URI instance(UriInfo uri) {
        return uri == null ? null : URI.create(uri.getRequestUri().getRawPath());
    }

    private static void copyHeader(Response from, Response.ResponseBuilder to, String header) {
        Object value = from.getHeaders().getFirst(header);
        if (value != null) {
            to.header(header, value);
        }
    }

    private static String slugOf(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** Jackson's path ({@code lines[2].quantity}) of the field that could not be read. */
    static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? "body" : out.toString();
    }

    /**
     * The field a violation is about, as the caller named it: {@code create.item.unitPrice.amount} becomes
     * {@code unitPrice.amount}; a query parameter keeps its own name.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            String name = node.getName();
            if (node.getIndex() != null) {
                String last = names.isEmpty() ? "" : names.remove(names.size() - 1);
                names.add(last + "[" + node.getIndex() + "]");
            }
            if (name != null && !name.startsWith("<")) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return String.join(".", names);
    }
}
