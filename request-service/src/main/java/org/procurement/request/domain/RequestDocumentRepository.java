package org.procurement.request.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The documents of requests, described (their bytes are DocumentStore's). */
@ApplicationScoped
public class RequestDocumentRepository implements PanacheRepositoryBase<RequestDocument, UUID> {

    /** A request's documents, oldest first. */
    public List<RequestDocument> ofRequest(UUID requestId) {
        return list("requestId = ?1 order by uploadedAt, id", requestId);
    }

    public Optional<RequestDocument> ofRequest(UUID requestId, UUID documentId) {
        return find("id = ?1 and requestId = ?2", documentId, requestId).firstResultOptional();
    }
}
