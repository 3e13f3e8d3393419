package org.procurement.request.service;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.procurement.request.domain.Request;
import org.procurement.request.domain.RequestRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Lists of requests: what the caller may see, narrowed by the filters, newest first. The query's shape matches the
 * indexes of V1__requests.sql (organisation or status, then creation time and id).
 */
@ApplicationScoped
public class RequestListing {

    private final RequestRepository requests;
    private final RequestAccess access;

    public RequestListing(RequestRepository requests, RequestAccess access) {
        this.requests = requests;
        this.access = access;
    }

    @Transactional
    public RequestPage search(RequestSearch search) {
        RequestAccess.VisibleScope scope = access.scope();
        StringBuilder query = new StringBuilder(scope.condition());
        Parameters parameters = new Parameters();
        scope.parameters().forEach(parameters::and);
        if (search.status() != null) {
            query.append(" and status = :status");
            parameters.and("status", search.status());
        }
        if (search.priority() != null) {
            query.append(" and priority = :priority");
            parameters.and("priority", search.priority());
        }
        if (search.organisation() != null) {
            query.append(" and organisation = :organisation");
            parameters.and("organisation", search.organisation());
        }
        if (search.reference() != null) {
            query.append(" and reference = :reference");
            parameters.and("reference", search.reference().toUpperCase(Locale.ROOT));
        }
        if (search.submittedFrom() != null) {
            query.append(" and submittedAt >= :submittedFrom");
            parameters.and("submittedFrom", startOf(search.submittedFrom()));
        }
        if (search.submittedTo() != null) {
            query.append(" and submittedAt < :submittedBefore");
            parameters.and("submittedBefore", startOf(search.submittedTo().plusDays(1)));
        }
        var found = requests.find(query.toString(), Sort.descending("createdAt", "id"), parameters);
        List<Request> items = found.page(Page.of(search.page(), search.size())).list();
        return new RequestPage(items, found.count(), search.page(), search.size());
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
