package org.procurement.request.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.request.domain.DocumentKind;

/** The multipart form of an upload, for the OpenAPI document (the resource reads the two parts itself). */
@Schema(name = "DocumentUpload", description = "A document to attach: the file and what it is.")
public record DocumentUpload(
        @Schema(type = SchemaType.STRING, format = "binary", description = "A PDF, PNG or JPEG file (judged by its "
                + "content), at most 20 MB by default.") String file,
        @Schema(description = "What the document is.", example = "END_USER_CERTIFICATE") DocumentKind kind) {
}
