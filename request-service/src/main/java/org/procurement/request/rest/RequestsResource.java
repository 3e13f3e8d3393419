package org.procurement.request.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.procurement.request.domain.Priority;
import org.procurement.request.domain.CatalogueEntry;
import org.procurement.request.domain.Request;
import org.procurement.request.domain.RequestStatus;
import org.procurement.request.service.Creation;
import org.procurement.request.service.RequestListing;
import org.procurement.request.service.RequestPage;
import org.procurement.request.service.RequestSearch;
import org.procurement.request.service.RequestService;
import org.procurement.support.http.EntityTags;
import org.procurement.support.http.MergePatch;
import org.procurement.support.http.Page;
import org.procurement.support.http.QueryParameters;
import org.procurement.support.problem.ProblemException;
import org.procurement.support.security.Roles;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The requests a ministry prepares and submits, and what approvers may read of them. */
@Path("/requests")
// Who may read requests (each operation's own rules narrow it further); the operations that change a request name
// their one role themselves.
@RolesAllowed({Roles.REQUESTER, Roles.REVIEWER, Roles.EXPORT_CONTROL, Roles.POLICY_BOARD, Roles.AUTHORIZER,
        Roles.AUDITOR, Roles.CATALOG_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "oidc")
public class RequestsResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 100;

    // Swagger UI groups operations by task; the same description on every use of a tag keeps the document consistent.
    private static final String DRAFTING = "Drafting";
    private static final String DRAFTING_TEXT = "Prepare a request (role requester): create a draft, then fill it in "
            + "or amend a returned request until it is complete.";
    private static final String SUBMITTING = "Submitting";
    private static final String SUBMITTING_TEXT = "Send a complete request for approval, or withdraw it (role "
            + "requester).";
    private static final String FOLLOWING = "Following requests";
    private static final String FOLLOWING_TEXT = "Find requests and follow where they stand: list, read, timeline. "
            + "Requesters see their own organisation's requests; approver roles see every submitted request.";

    private static final String ETAG_TEXT = "The request's version, to send back as If-Match on the next change.";
    private static final String ID_TEXT = "The request's id (the `id` in the answer to creating or reading it).";
    private static final String IF_MATCH_OPTIONAL = "Optional. The ETag you last read, for example \"2\": if the "
            + "request has changed since, nothing happens and you get 412. Leave it empty to act on the current version.";
    private static final String NOT_FOUND = "Problem `not-found`: no request has this id, or it belongs to another "
            + "organisation (which is answered exactly like a missing one).";
    private static final String READER_FORBIDDEN = "Problem `forbidden`: your roles include none of requester, "
            + "reviewer, export-control, policy-board, authorizer, auditor.";
    private static final String REQUESTER_FORBIDDEN = "Problem `forbidden`: you do not have the role requester.";
    private static final String STALE = "Problem `precondition-failed`: the request changed since you read it "
            + "(If-Match is stale; `currentVersion` gives the current one). Read it again and retry.";

    private final RequestService service;
    private final RequestListing listing;
    private final BodyFingerprint fingerprint;
    private final RequestPatches patches;

    public RequestsResource(RequestService service, RequestListing listing, BodyFingerprint fingerprint,
                            RequestPatches patches) {
        this.service = service;
        this.listing = listing;
        this.fingerprint = fingerprint;
        this.patches = patches;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REQUESTER)
    @Tag(name = DRAFTING, description = DRAFTING_TEXT)
    @Operation(operationId = "createRequest", summary = "Create a draft request",
            description = "Role requester. Creates a request in status DRAFT for your organisation (taken from your "
                    + "sign-in, never from the body) and gives it a reference such as REQ-2026-000123. Only `title` "
                    + "is required now; everything else may be added later (PUT) and is checked, all at once, when "
                    + "you submit. Nothing goes to the approvers yet.\n\n"
                    + "With an Idempotency-Key, a repeat of the same call (same key, same body) creates nothing and "
                    + "answers 200 with the request the first call created; the same key with another body is "
                    + "refused (422).")
    @APIResponse(responseCode = "201", description = "Draft created; Location names it, ETag carries its version.",
            headers = {
                    @Header(name = HttpHeaders.LOCATION, description = "The new request's address.",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.ETAG, description = ETAG_TEXT, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "200", description = "A repeat with the same Idempotency-Key and body: the request the "
            + "first call created, unchanged.",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG_TEXT, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "400", description = "Problem `validation-failed`: a field is invalid, each one named "
            + "in `violations` (for example `title` missing or longer than 200 characters, `destination.country` not "
            + "two capital letters, more than 100 lines, `lines[0].itemId` missing), or the Idempotency-Key is longer "
            + "than 100 characters.")
    @APIResponse(responseCode = "403", description = "Problem `forbidden`: you do not have the role requester, or your "
            + "account has no organisation.")
    @APIResponse(responseCode = "422", description = "Problem `idempotency-key-reused`: this Idempotency-Key was "
            + "already used with a different body; use a new key for a new request.")
    public Response create(
            @Parameter(in = ParameterIn.HEADER, description = "Optional. Any string unique to this request (at most "
                    + "100 characters; a UUID is a good choice), so that a retry after a lost answer does not create "
                    + "a second draft. Keys are per user.")
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RequestInput.class),
                    examples = {
                            @ExampleObject(name = "Artillery and air defence for Ukraine (complete)",
                                    summary = "Everything a submission needs: K9A1 howitzers and Chiron MANPADS",
                                    value = Examples.FULL_REQUEST),
                            @ExampleObject(name = "Title only (fill in later)",
                                    summary = "The least a draft needs", value = Examples.TITLE_ONLY)}))
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
    @Tag(name = FOLLOWING, description = FOLLOWING_TEXT)
    @Operation(operationId = "listRequests", summary = "List requests",
            description = "Role requester: your own organisation's requests, drafts included. Approver roles "
                    + "(reviewer, export-control, policy-board, authorizer, auditor): every organisation's requests "
                    + "except drafts. Role catalog-admin: the approved requests waiting for stock "
                    + "(APPROVED_AWAITING_STOCK), whose reservation is retried once the catalogue has the quantities. "
                    + "Newest first, one page at a time; every filter given must match. Changes nothing.")
    @APIResponse(responseCode = "200", description = "One page of requests, newest first.")
    @APIResponse(responseCode = "400", description = "Problem `invalid-parameter`: a query parameter is not valid, "
            + "each one named in `violations` (an unknown status or priority, a date not like 2026-11-26, "
            + "submittedTo before submittedFrom, page or size out of range).")
    @APIResponse(responseCode = "403", description = "Problem `forbidden`: none of the roles above, or a requester "
            + "account without an organisation.")
    public Page<RequestSummary> list(
            @Parameter(description = "Only requests in this status: DRAFT, SUBMITTED, IN_REVIEW, APPROVED, "
                    + "APPROVED_WITH_CONDITIONS, REJECTED, RETURNED or WITHDRAWN.") @QueryParam("status") String status,
            @Parameter(description = "Only requests of this priority: ROUTINE, URGENT or EMERGENCY.")
            @QueryParam("priority") String priority,
            @Parameter(description = "Only requests of this requesting organisation, for example UA-MOD (useful to "
                    + "approver roles; requesters only ever see their own).") @QueryParam("organisation")
            String organisation,
            @Parameter(description = "Only the request with this exact reference, for example REQ-2026-000123.")
            @QueryParam("reference") String reference,
            @Parameter(description = "Only requests submitted on or after this date (UTC), for example 2026-11-01.")
            @QueryParam("submittedFrom") String submittedFrom,
            @Parameter(description = "Only requests submitted on or before this date (UTC), for example 2026-11-30.")
            @QueryParam("submittedTo") String submittedTo,
            @Parameter(description = "Page number, from 0 (default 0).", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Requests per page, 1 to 100 (default 20).", example = "20") @QueryParam("size")
            String size,
            @Context UriInfo uri) {
        QueryParameters parameters = new QueryParameters();
        RequestSearch search = new RequestSearch(
                parameters.enumValue("status", status, RequestStatus.class).orElse(null),
                parameters.enumValue("priority", priority, Priority.class).orElse(null),
                parameters.text("organisation", organisation, 100).orElse(null),
                parameters.text("reference", reference, 100).orElse(null),
                parameters.date("submittedFrom", submittedFrom).orElse(null),
                parameters.date("submittedTo", submittedTo).orElse(null),
                parameters.page(page),
                parameters.size(size, QueryParameters.DEFAULT_PAGE_SIZE));
        if (search.submittedFrom() != null && search.submittedTo() != null
                && search.submittedFrom().isAfter(search.submittedTo())) {
            parameters.fault("submittedTo", "must not be before submittedFrom");
        }
        parameters.validate();
        RequestPage found = listing.search(search);
        return Page.of(found.items().stream().map(RequestSummary::of).toList(), found.total(), found.page(),
                found.size(), uri);
    }

    @GET
    @Path("/{id}")
    @Tag(name = FOLLOWING, description = FOLLOWING_TEXT)
    @Operation(operationId = "getRequest", summary = "Read a request",
            description = "Role requester for your own organisation's requests; approver roles (reviewer, "
                    + "export-control, policy-board, authorizer, auditor) for any request that is not a draft; role "
                    + "catalog-admin for a request waiting for stock. Changes nothing. The ETag header carries the version to send as If-Match when you change it.")
    @APIResponse(responseCode = "200", description = "The request.",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG_TEXT, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestView.class),
                    examples = @ExampleObject(name = "Submitted request", value = Examples.SUBMITTED_REQUEST)))
    @APIResponse(responseCode = "403", description = READER_FORBIDDEN)
    @APIResponse(responseCode = "404", description = "Problem `not-found`: no request has this id, or it is not "
            + "visible to you (another organisation's request, or a draft for approver roles), answered exactly "
            + "like a missing one.")
    public Response get(@Parameter(description = ID_TEXT) @PathParam("id") UUID id) {
        return withTag(Response.ok(), service.get(id)).build();
    }

    @GET
    @Path("/by-reference/{reference}")
    @Tag(name = FOLLOWING, description = FOLLOWING_TEXT)
    @Operation(operationId = "getRequestByReference", summary = "Read a request by its reference",
            description = "The same as reading by id, for when you have the reference from a letter or a list: role "
                    + "requester for your own organisation's requests; approver roles (reviewer, export-control, "
                    + "policy-board, authorizer, auditor) for any request that is not a draft; role catalog-admin for "
                    + "a request waiting for stock. Changes nothing.")
    @APIResponse(responseCode = "200", description = "The request.",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG_TEXT, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestView.class),
                    examples = @ExampleObject(name = "Submitted request", value = Examples.SUBMITTED_REQUEST)))
    @APIResponse(responseCode = "403", description = READER_FORBIDDEN)
    @APIResponse(responseCode = "404", description = "Problem `not-found`: no request has this reference, or it is "
            + "not visible to you (another organisation's request, or a draft for approver roles).")
    public Response getByReference(@Parameter(description = "The request's reference, REQ-<year>-<6 digits>; "
            + "upper or lower case.", example = "REQ-2026-000123") @PathParam("reference") String reference) {
        return withTag(Response.ok(), service.getByReference(reference)).build();
    }

    @GET
    @Path("/{id}/timeline")
    @Tag(name = FOLLOWING, description = FOLLOWING_TEXT)
    @Operation(operationId = "getRequestTimeline", summary = "Follow a request's history (timeline)",
            description = "Whoever may read the request: role requester for your own organisation's requests, "
                    + "approver roles (reviewer, export-control, policy-board, authorizer, auditor) for any request "
                    + "that is not a draft; role catalog-admin for a request waiting for stock. Every change, oldest first: when, who, what, from which status to which, "
                    + "in which round, with a detail such as the total, the conditions or the reason. Case events "
                    + "from approval-service that arrived but were not applied appear as EVENT_IGNORED. Changes "
                    + "nothing.")
    @APIResponse(responseCode = "200", description = "The timeline, oldest entry first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = TimelineEntryView.class),
                    examples = @ExampleObject(name = "Created, edited, submitted, in review",
                            value = Examples.TIMELINE)))
    @APIResponse(responseCode = "403", description = READER_FORBIDDEN)
    @APIResponse(responseCode = "404", description = "Problem `not-found`: no request has this id, or it is not "
            + "visible to you.")
    public List<TimelineEntryView> timeline(@Parameter(description = ID_TEXT) @PathParam("id") UUID id) {
        return service.timeline(id).stream().map(TimelineEntryView::of).toList();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REQUESTER)
    @Tag(name = DRAFTING, description = DRAFTING_TEXT)
    @Operation(operationId = "updateRequest", summary = "Fill in or amend a draft or returned request",
            description = "Role requester, of the request's own organisation. Replaces the whole content of a DRAFT "
                    + "or RETURNED request with the body: it is a replacement, not a patch, so a field left out "
                    + "becomes empty. The status does not change; the edit is recorded on the timeline. Only `title` "
                    + "is required here; completeness is checked when you submit.\n\n"
                    + "Send If-Match with the ETag you last read: without it the change is refused with 428, with a "
                    + "stale one with 412, so nobody overwrites a change they have not seen.")
    @APIResponse(responseCode = "200", description = "Updated; the new ETag is returned.",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG_TEXT, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "400", description = "Problem `validation-failed`: a field is invalid, each one named "
            + "in `violations` (for example `title` missing, `destination.country` not two capital letters, "
            + "`lines[1].quantity` not positive).")
    @APIResponse(responseCode = "403", description = REQUESTER_FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Problem `illegal-transition`: the request can no longer be "
            + "edited because it is not DRAFT or RETURNED; `currentStatus` names its status (for example SUBMITTED). "
            + "Or `concurrent-modification`: someone changed it at the same moment; read it again.")
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "428", description = "Problem `precondition-required`: If-Match is missing; read the "
            + "request and send its ETag.")
    public Response edit(@Parameter(description = ID_TEXT) @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "Required. The ETag you last read, for example \"1\" "
                    + "(from creating or reading the request).")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RequestInput.class),
                    examples = @ExampleObject(name = "Artillery and air defence for Ukraine (complete)",
                            summary = "Everything a submission needs: K9A1 howitzers and Chiron MANPADS",
                            value = Examples.FULL_REQUEST)))
            @Valid @NotNull RequestInput body) {
        return withTag(Response.ok(), service.edit(id, ifMatch, body.toDomain())).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.REQUESTER)
    @Tag(name = DRAFTING, description = DRAFTING_TEXT)
    @Operation(operationId = "patchRequest", summary = "Change some fields of a draft or returned request",
            description = "Role requester, of the request's own organisation. A JSON Merge Patch (RFC 7396, "
                    + "`Content-Type: application/merge-patch+json`): name only the fields to change; a field set to "
                    + "null is cleared; an object (`destination`, `endUserCertificate`) is merged field by field; "
                    + "`lines` is replaced as a whole. The result must be a valid body for PUT /requests/{id} and is "
                    + "checked as one. The status does not change; the edit is recorded on the timeline.\n\n"
                    + "Send If-Match with the ETag you last read: without it the change is refused with 428, with a "
                    + "stale one with 412.")
    @APIResponse(responseCode = "200", description = "Updated; the new ETag is returned.",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG_TEXT, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "400", description = "Problem `validation-failed` naming the field: the patch is not a "
            + "JSON object (`body`), or the patched request is not valid (for example `title` set to null, "
            + "`lines[0].quantity` not positive, an unknown field).")
    @APIResponse(responseCode = "403", description = REQUESTER_FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Problem `illegal-transition`: the request is not DRAFT or "
            + "RETURNED; `currentStatus` names its status.")
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "428", description = "Problem `precondition-required`: If-Match is missing; read the "
            + "request and send its ETag.")
    public Response patch(@Parameter(description = ID_TEXT) @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "Required. The ETag you last read, for example \"1\".")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.OBJECT, description = "The fields to change, as in RequestInput; "
                            + "null clears one."),
                    examples = @ExampleObject(name = "New delivery date, no justification",
                            value = "{\"neededBy\": \"2027-04-15\", \"justification\": null}")))
            byte[] body) {
        var patch = patches.parse(body);
        return withTag(Response.ok(), service.patch(id, ifMatch, current -> patches.apply(current, patch))).build();
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed(Roles.REQUESTER)
    @Tag(name = SUBMITTING, description = SUBMITTING_TEXT)
    @Operation(operationId = "submitRequest", summary = "Submit",
            description = "Role requester, of the request's own organisation. Sends a DRAFT, or a RETURNED request "
                    + "after amendment, for approval; no body. First checks that everything required is present "
                    + "(422 `submission-incomplete` lists every gap at once), then prices every line with "
                    + "catalog-service's current facts (422 `line-items-not-requestable` names each refused line). "
                    + "On success the catalogue's facts (SKU, designation, unit price, lethal, major defence "
                    + "equipment, ML code) and the totals are frozen into the request, its status becomes SUBMITTED "
                    + "and a new round starts. approval-service is then asked to open an approval case, and "
                    + "reports its progress back (IN_REVIEW, then the decision). If the "
                    + "catalogue cannot be reached, the request is left unchanged (503): try again later.")
    @APIResponse(responseCode = "200", description = "Submitted: status SUBMITTED, lines priced, totals set; the new "
            + "ETag is returned.",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG_TEXT, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestView.class),
                    examples = @ExampleObject(name = "Submitted request", value = Examples.SUBMITTED_REQUEST)))
    @APIResponse(responseCode = "403", description = REQUESTER_FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Problem `illegal-transition`: only a DRAFT or RETURNED request "
            + "can be submitted; `currentStatus` names its status (for example IN_REVIEW). Or "
            + "`concurrent-modification`: it changed while being submitted; read it again and resubmit.")
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "422", description = "Problem `submission-incomplete`: every missing or invalid field "
            + "is listed in `violations` (title, justification, intendedEndUse, priority, neededBy in the future, "
            + "financingMethod, destination.country and .location, every endUserCertificate field with "
            + "noReExportUndertaking true and an issueDate not in the future, at least one line, each "
            + "`lines[i].quantity` above 0). Or `line-items-not-requestable`: each refused line is named "
            + "(`lines[i].itemId` unknown, withdrawn from the catalogue or priced in another currency than the "
            + "other lines; `lines[i].quantity` above what is available). Or `end-user-certificate-missing` naming "
            + "`documents`: a line is lethal and no END_USER_CERTIFICATE document is attached (POST "
            + "/requests/{id}/documents). The request is unchanged.")
    @APIResponse(responseCode = "503", description = "Problem `catalogue-unavailable`: catalog-service could not be "
            + "reached to price the lines; the request is unchanged. Try again in a minute.")
    public Response submit(@Parameter(description = ID_TEXT) @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_OPTIONAL)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(Response.ok(), service.submit(id, ifMatch)).build();
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REQUESTER, Roles.REQUEST_MANAGER})
    @Tag(name = SUBMITTING, description = SUBMITTING_TEXT)
    @Operation(operationId = "withdrawRequest", summary = "Withdraw a request",
            description = "Role requester, of the request's own organisation: its submitter (for a draft, its author), "
                    + "or a colleague holding role request-manager. Withdraws the request, giving a "
                    + "reason: its status becomes WITHDRAWN for good, and the reason is kept on the request and its "
                    + "timeline. Possible from DRAFT, SUBMITTED, IN_REVIEW and RETURNED, and also from APPROVED or "
                    + "APPROVED_WITH_CONDITIONS to give up an approved request; a REJECTED or already WITHDRAWN request "
                    + "cannot be withdrawn (409).\n\n"
                    + "Withdrawing a SUBMITTED or IN_REVIEW request cancels its approval case in approval-service "
                    + "before it answers: if the case's final decision came first, the withdrawal is refused (409 "
                    + "`case-decided`) and the request shows the decision; once withdrawn, no decision can follow. "
                    + "Withdrawing an approved request releases the quantities reserved for it in the catalogue, sent "
                    + "right after with retries.")
    @APIResponse(responseCode = "200", description = "Withdrawn; the new ETag is returned.",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG_TEXT, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "400", description = "Problem `validation-failed`: `reason` is missing, blank or "
            + "longer than 4000 characters.")
    @APIResponse(responseCode = "403", description = "Problem `not-submitter`: you neither submitted (or drafted) "
            + "the request nor hold role request-manager; or `forbidden`: you have neither role requester nor "
            + "request-manager.")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Problem `illegal-transition`: the request is REJECTED or already "
            + "WITHDRAWN; `currentStatus` names its status. Problem `case-decided`: the case was closed (approved, "
            + "rejected or returned) before the withdrawal arrived; `caseStatus` names how.")
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "503", description = "Problem `approval-unavailable`: approval-service could not be "
            + "reached to cancel the case; nothing was changed.")
    public Response withdraw(@Parameter(description = ID_TEXT) @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_OPTIONAL)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WithdrawalInput.class),
                    examples = @ExampleObject(name = "Requirement met elsewhere", value = Examples.WITHDRAWAL)))
            @Valid @NotNull WithdrawalInput body) {
        return withTag(Response.ok(), service.withdraw(id, ifMatch, body.reason())).build();
    }

    /** The request with its ETag; an editable request's lines also show what the catalogue says of their items now. */
    private Response.ResponseBuilder withTag(Response.ResponseBuilder response, Request request) {
        boolean editable = request.status().isEditable() && !request.lines().isEmpty();
        Map<UUID, CatalogueEntry> current = editable ? service.currentCatalogue(request).orElse(null) : null;
        return response.header(HttpHeaders.ETAG, EntityTags.of(request.version()))
                .entity(RequestView.of(request, current, editable && current == null));
    }
}
