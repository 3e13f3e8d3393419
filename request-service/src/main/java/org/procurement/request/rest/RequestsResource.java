package org.procurement.request.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.procurement.request.domain.Request;
import org.procurement.request.service.Creation;
import org.procurement.request.service.RequestListing;
import org.procurement.request.service.RequestService;
import org.procurement.request.service.Roles;
import org.procurement.support.http.EntityTags;
import org.procurement.support.problem.ProblemException;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** The requests a ministry prepares and submits, and what approvers may read of them. */
@Path("/requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Requests")
@SecurityRequirement(name = "oidc")
public class RequestsResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 100;

    private final RequestService service;
    private final RequestListing listing;
    private final BodyFingerprint fingerprint;

    public RequestsResource(RequestService service, RequestListing listing, BodyFingerprint fingerprint) {
        this.service = service;
        this.listing = listing;
        this.fingerprint = fingerprint;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REQUESTER)
    @Operation(summary = "Create a draft", description = "201 with the new draft; with an Idempotency-Key, a repeat "
            + "of the same body answers 200 with the same request, the same key with another body 422.")
    public Response create(
            @Parameter(description = "Any unique string (at most 100 characters), for safe retries.")
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull RequestInput body) {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.trim();
        if (key != null && key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.invalid(IDEMPOTENCY_KEY, "must be at most " + MAX_KEY_LENGTH + " characters");
        }
        Creation creation = service.create(body.toDomain(), key, key == null ? null : fingerprint.of(body));
        Request request = creation.request();
        Response.ResponseBuilder response = creation.created()
                ? Response.created(URI.create("/requests/" + request.id())) : Response.ok();
        return withTag(response, request).build();
    }

    @GET
    @RolesAllowed({Roles.REQUESTER, Roles.REVIEWER, Roles.EXPORT_CONTROL, Roles.POLICY_BOARD, Roles.AUTHORIZER,
            Roles.AUDITOR})
    @Operation(summary = "List requests", description = "Requesters see their organisation's requests; approver "
            + "roles see every organisation's requests except drafts. Newest first.")
    public RequestPageView list(
            @Parameter(description = "DRAFT, SUBMITTED, IN_REVIEW, APPROVED, APPROVED_WITH_CONDITIONS, REJECTED, "
                    + "RETURNED or WITHDRAWN") @QueryParam("status") String status,
            @Parameter(description = "ROUTINE, URGENT or EMERGENCY") @QueryParam("priority") String priority,
            @Parameter(description = "Requesting organisation, for example UA-MOD") @QueryParam("organisation")
            String organisation,
            @Parameter(description = "Exact reference, for example REQ-2026-000123") @QueryParam("reference")
            String reference,
            @Parameter(description = "Submitted on or after this date (UTC), e.g. 2026-11-01")
            @QueryParam("submittedFrom") String submittedFrom,
            @Parameter(description = "Submitted on or before this date (UTC)") @QueryParam("submittedTo")
            String submittedTo,
            @Parameter(description = "Page number from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        return RequestPageView.of(listing.search(ListParameters.parse(status, priority, organisation, reference,
                submittedFrom, submittedTo, page, size)));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.REQUESTER, Roles.REVIEWER, Roles.EXPORT_CONTROL, Roles.POLICY_BOARD, Roles.AUTHORIZER,
            Roles.AUDITOR})
    @Operation(summary = "Read a request", description = "With its version as ETag. 404 if it does not exist or is "
            + "not visible to you.")
    public Response get(@PathParam("id") UUID id) {
        return withTag(Response.ok(), service.get(id)).build();
    }

    @GET
    @Path("/by-reference/{reference}")
    @RolesAllowed({Roles.REQUESTER, Roles.REVIEWER, Roles.EXPORT_CONTROL, Roles.POLICY_BOARD, Roles.AUTHORIZER,
            Roles.AUDITOR})
    @Operation(summary = "Read a request by its reference")
    public Response getByReference(@PathParam("reference") String reference) {
        return withTag(Response.ok(), service.getByReference(reference)).build();
    }

    @GET
    @Path("/{id}/timeline")
    @RolesAllowed({Roles.REQUESTER, Roles.REVIEWER, Roles.EXPORT_CONTROL, Roles.POLICY_BOARD, Roles.AUTHORIZER,
            Roles.AUDITOR})
    @Operation(summary = "The request's timeline", description = "Every change, oldest first.")
    public List<TimelineEntryView> timeline(@PathParam("id") UUID id) {
        return service.timeline(id).stream().map(TimelineEntryView::of).toList();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REQUESTER)
    @Operation(summary = "Replace a draft's or returned request's content", description = "Requires If-Match with "
            + "the ETag last read: 428 without it, 412 if stale, 409 once submitted.")
    public Response edit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RequestInput body) {
        return withTag(Response.ok(), service.edit(id, ifMatch, body.toDomain())).build();
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed(Roles.REQUESTER)
    @Operation(summary = "Submit", description = "Checks completeness (422 listing every gap), prices the lines in "
            + "the catalogue (422 naming refused lines; 503 if the catalogue is unreachable, request unchanged) and "
            + "moves to SUBMITTED. If-Match is optional; a stale one gives 412.")
    public Response submit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(Response.ok(), service.submit(id, ifMatch)).build();
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REQUESTER)
    @Operation(summary = "Withdraw", description = "By the requesting organisation, with a reason, before a final "
            + "decision (409 after). If-Match is optional; a stale one gives 412.")
    public Response withdraw(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull WithdrawalInput body) {
        return withTag(Response.ok(), service.withdraw(id, ifMatch, body.reason())).build();
    }

    private static Response.ResponseBuilder withTag(Response.ResponseBuilder response, Request request) {
        return response.header(HttpHeaders.ETAG, EntityTags.of(request.version())).entity(RequestView.of(request));
    }
}
