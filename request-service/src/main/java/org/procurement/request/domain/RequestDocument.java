package org.procurement.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/**
 * A document of a request, as it is described; its bytes are written and read as a stream (DocumentStore) and never
 * loaded with it. Never changed once uploaded: a corrected document is a new one.
 */
@Entity
@Immutable
@Table(name = "request_document")
public class RequestDocument {

    @Id
    private UUID id;
    @Column(name = "request_id")
    private UUID requestId;
    @Enumerated(EnumType.STRING)
    private DocumentKind kind;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "media_type")
    private String mediaType;
    private long size;
    private String sha256;
    @Column(name = "uploaded_by")
    private String uploadedBy;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected RequestDocument() {
    }

    public UUID id() {
        return id;
    }

    public UUID requestId() {
        return requestId;
    }

    public DocumentKind kind() {
        return kind;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
