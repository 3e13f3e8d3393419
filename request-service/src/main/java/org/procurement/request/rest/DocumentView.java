package org.procurement.request.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.request.domain.DocumentKind;
import org.procurement.request.domain.RequestDocument;

import java.time.Instant;
import java.util.UUID;

/** A document of a request, described; GET on its `href` returns the bytes. */
@Schema(description = "A document of a request: what it is, its file, and the SHA-256 the approval case names it by.")
public record DocumentView(
        @Schema(example = "5b1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d") UUID id,
        DocumentKind kind,
        @Schema(description = "The name it was uploaded with (kept for people; never used to judge the file).",
                example = "EUC-UA-2026-0412-signed.pdf") String fileName,
        @Schema(description = "The type its content shows it to be.", example = "application/pdf") String mediaType,
        @Schema(description = "Bytes.", example = "482113") long size,
        @Schema(description = "SHA-256 of the bytes, hex.",
                example = "9f2c4e1a7b3d5f60819a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70") String sha256,
        @Schema(example = "olena") String uploadedBy,
        Instant uploadedAt,
        @Schema(description = "Where to download it.", example = "/requests/8a0e2b7c-4f1d-4e39-9c52-6d3f0a1b7e44/documents/"
                + "5b1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d") String href) {

    static DocumentView of(RequestDocument d) {
        return new DocumentView(d.id(), d.kind(), d.fileName(), d.mediaType(), d.size(), d.sha256(), d.uploadedBy(),
                d.uploadedAt(), "/requests/" + d.requestId() + "/documents/" + d.id());
    }
}
