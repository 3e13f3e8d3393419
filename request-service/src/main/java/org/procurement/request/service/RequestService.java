package org.procurement.request.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.procurement.request.client.ApprovalCases;
import org.procurement.request.client.Cancellation;
import org.procurement.request.client.Catalogue;
import org.procurement.request.domain.CatalogueEntry;
import org.procurement.request.domain.LineItem;
import org.procurement.request.domain.Request;
import org.procurement.request.domain.RequestStatus;
import org.procurement.request.domain.RequestDetails;
import org.procurement.request.domain.RequestDocument;
import org.procurement.request.domain.RequestDocumentRepository;
import org.procurement.request.domain.RequestRepository;
import org.procurement.request.domain.TimelineEntry;
import org.procurement.request.domain.TimelineRepository;
import org.procurement.support.http.EntityTags;
import org.procurement.support.problem.ProblemException;
import org.procurement.support.security.Caller;
import org.procurement.support.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The requester's side of the lifecycle: drafts, edits, submission, withdrawal, and reading one request. */
@ApplicationScoped
public class RequestService {

    static final int MAX_ORGANISATION_LENGTH = 64;

    private final RequestRepository requests;
    private final TimelineRepository timeline;
    private final RequestStore store;
    private final RequestAccess access;
    private final IdempotencyKeys idempotencyKeys;
    private final Catalogue catalogue;
    private final ApprovalCases approvalCases;
    private final RequestEvents events;
    private final Caller caller;
    private final Clock clock;
    private final RequestMetrics metrics;
    private final RequestDocumentRepository documents;

    public RequestService(RequestRepository requests, TimelineRepository timeline, RequestStore store,
            RequestAccess access, IdempotencyKeys idempotencyKeys, Catalogue catalogue, RequestEvents events,
            Caller caller, Clock clock, RequestMetrics metrics, RequestDocumentRepository documents,
            ApprovalCases approvalCases) {
        this.requests = requests;
        this.approvalCases = approvalCases;
        this.documents = documents;
        this.timeline = timeline;
        this.store = store;
        this.access = access;
        this.idempotencyKeys = idempotencyKeys;
        this.catalogue = catalogue;
        this.events = events;
        this.caller = caller;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * Creates a draft for the caller's organisation. With an idempotency key, a repeat of the same body returns the
     * request the first call created; the same key with another body is refused.
     */
    @Transactional
    public Creation create(RequestDetails details, String idempotencyKey, String fingerprint) {
        String organisation = caller.requireOrganisation();
        if (organisation.length() > MAX_ORGANISATION_LENGTH) {
            // The column's limit; a longer claim is a misconfigured account, refused before the database sees it.
            throw ProblemException.forbidden("Your organisation claim is longer than " + MAX_ORGANISATION_LENGTH
                    + " characters; ask an administrator to correct it.");
        }
        String actor = caller.username();
        Instant now = clock.instant();
        if (idempotencyKey != null) {
            var prior = idempotencyKeys.claim(actor, idempotencyKey, fingerprint, now);
            if (prior.isPresent()) {
                if (!prior.get().fingerprint().equals(fingerprint)) {
                    throw new ProblemException(422, "idempotency-key-reused", "Idempotency key reused",
                            "The Idempotency-Key '" + idempotencyKey + "' was already used with a different body; "
                                    + "use a new key for a new request.");
                }
                UUID id = prior.get().requestId();
                return new Creation(access.requireOwn(requests.findByIdOptional(id), id), false);
            }
        }
        Request request = Request.draft(UUID.randomUUID(), nextReference(now), organisation, details, actor, now);
        store.save(request);
        if (idempotencyKey != null) {
            idempotencyKeys.bind(actor, idempotencyKey, request.id());
        }
        return new Creation(request, true);
    }

    /** Replaces the content of a draft or returned request (If-Match required). */
    @Transactional
    public Request edit(UUID id, String ifMatch, RequestDetails details) {
        return patch(id, ifMatch, current -> details);
    }

    /**
     * Changes some fields of a draft or returned request: {@code change} computes the new content from the current
     * one (a merge patch), under the same If-Match rule as a replacement.
     */
    @Transactional
    public Request patch(UUID id, String ifMatch, Function<Request, RequestDetails> change) {
        Request request = access.requireOwn(requests.findByIdOptional(id), id);
        EntityTags.requireMatch(ifMatch, request.version());
        request.edit(change.apply(request), caller.username(), clock.instant());
        store.save(request);
        return flushed(request);
    }

    /**
     * What the catalogue says now about a request's items, to show the lines of a request its requester may still
     * change; empty when the catalogue could not answer.
     */
    public Optional<Map<UUID, CatalogueEntry>> currentCatalogue(Request request) {
        Set<UUID> itemIds = new LinkedHashSet<>();
        request.lines().stream().map(LineItem::itemId).forEach(itemIds::add);
        return catalogue.preview(itemIds);
    }

    /** Reads run without a transaction of their own (one statement in autocommit, no BEGIN/COMMIT round trips). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Request get(UUID id) {
        return access.requireVisible(requests.findByIdOptional(id), id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Request getByReference(String reference) {
        return access.requireVisible(requests.findByReference(reference.toUpperCase(Locale.ROOT)), reference);
    }

    @Transactional
    public List<TimelineEntry> timeline(UUID id) {
        Request request = access.requireVisible(requests.findByIdOptional(id), id);
        return timeline.of(request.id());
    }

    /**
     * Submits in three steps so that no database transaction waits on the catalogue: check the request, ask the
     * catalogue for every line in one call, then submit if the request has not changed meanwhile. When the
     * catalogue cannot be reached the request is left exactly as it was.
     */
    public Request submit(UUID id, String ifMatch) {
        Instant checkedAt = clock.instant();
        Request checked = QuarkusTransaction.requiringNew().call(() -> {
            Request request = access.requireOwn(requests.findByIdOptional(id), id);
            matchIfGiven(ifMatch, request);
            request.requireSubmittable(LocalDate.ofInstant(checkedAt, ZoneOffset.UTC));
            return request;
        });
        Set<UUID> itemIds = new LinkedHashSet<>();
        checked.lines().stream().map(LineItem::itemId).forEach(itemIds::add);
        Map<UUID, CatalogueEntry> entries = catalogue.lookup(itemIds);
        Request submitted = QuarkusTransaction.requiringNew().call(() -> {
            Request request = access.requireOwn(requests.findByIdOptional(id), id);
            if (request.version() != checked.version()) {
                throw ProblemException.conflict("concurrent-modification", "Concurrent modification",
                        "Request " + request.reference() + " changed while it was being submitted; reload it and "
                                + "submit again.");
            }
            List<RequestDocument> papers = documents.ofRequest(id);
            request.submit(entries, papers.stream().map(RequestDocument::kind).collect(Collectors.toSet()),
                    caller.username(), clock.instant());
            store.save(request);
            events.submitted(request, papers);
            return flushed(request);
        });
        metrics.submitted(submitted);
        return submitted;
    }

    /**
     * Withdraws a request. One in review has its case cancelled in approval-service before the withdrawal commits,
     * under this request's row lock: if a final decision got there first, the withdrawal is refused (409) and the
     * decision stands in both services; otherwise the case is cancelled and no decision can follow.
     */
    @Transactional
    public Request withdraw(UUID id, String ifMatch, String reason) {
        Request request = access.requireOwn(requests.findForUpdate(id), id);
        matchIfGiven(ifMatch, request);
        String actor = caller.username();
        RequestStatus from = request.status();
        request.withdraw(reason, actor, caller.hasRole(Roles.REQUEST_MANAGER), clock.instant());
        if (from == RequestStatus.SUBMITTED || from == RequestStatus.IN_REVIEW) {
            ApprovalCases.Cancelled found = approvalCases.cancel(Cancellation.of(request, reason, actor));
            if (found.outcome() == ApprovalCases.Outcome.DECIDED) {
                throw ProblemException.conflict("case-decided", "Case already decided",
                        "The case of request " + request.reference() + " was closed as " + found.caseStatus()
                                + " before the withdrawal arrived; the request shows that outcome shortly. An "
                                + "approved request can still be withdrawn, which releases its reservation.")
                        .with("caseStatus", found.caseStatus());
            }
        }
        store.save(request);
        events.withdrawn(request, from, reason, actor);
        metrics.withdrawn();
        return flushed(request);
    }

    /** If-Match is optional on actions (a requester may act on what they see), but a stale one is refused. */
    private static void matchIfGiven(String ifMatch, Request request) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            EntityTags.requireMatch(ifMatch, request.version());
        }
    }

    /** Flushes so the returned request carries its new version (the ETag the caller will send next). */
    private Request flushed(Request request) {
        requests.flush();
        return request;
    }

    private String nextReference(Instant now) {
        int year = LocalDate.ofInstant(now, ZoneOffset.UTC).getYear();
        return "REQ-%d-%06d".formatted(year, requests.nextReferenceNumber());
    }
}
