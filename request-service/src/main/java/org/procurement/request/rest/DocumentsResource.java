package org.procurement.request.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.procurement.request.domain.RequestDocument;
import org.procurement.request.service.DocumentService;
import org.procurement.request.service.DocumentStore;
import org.procurement.support.security.Roles;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

@Path("/requests/{id}/documents")
@Tag(name = "Documents", description = "The papers of a request: the signed end-user certificate, technical "
        + "annexes, letters. Approvers read the same documents, named by their SHA-256 in the approval case.")
public class DocumentsResource {

    private static final String ID_TEXT = "The request's id.";
    private static final String READERS = "Role requester of the request's organisation, or an approver role or "
            + "auditor for a submitted request (as GET /requests/{id}).";

    private final DocumentService documents;
    private final DocumentStore store;

    public DocumentsResource(DocumentService documents, DocumentStore store) {
        this.documents = documents;
        this.store = store;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REQUESTER)
    @Operation(operationId = "uploadDocument", summary = "Attach a document to a draft or returned request",
            description = "Role requester, of the request's own organisation, while the request is DRAFT or RETURNED. "
                    + "Multipart form with `file` and `kind`. Only PDF, PNG and JPEG are taken, judged by the file's "
                    + "content, never by its name or declared type; at most 20 MB by default "
                    + "(`REQUEST_DOCUMENT_MAX_SIZE`). The file is streamed to the database; its SHA-256 is kept and "
                    + "answered. A request with a lethal line is submitted only with an END_USER_CERTIFICATE document; "
                    + "at submission the documents' names, kinds and SHA-256 go with the case to approval-service.")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = DocumentUpload.class)))
    @APIResponse(responseCode = "201", description = "Stored; Location names the document.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "400", description = "Problem `validation-failed`: `file` missing or empty, `kind` "
            + "missing or not END_USER_CERTIFICATE, TECHNICAL_SPECIFICATION, LETTER or OTHER.")
    @APIResponse(responseCode = "404", description = "No request with this id in your organisation.")
    @APIResponse(responseCode = "409", description = "Problem `illegal-transition`: the request is not DRAFT or RETURNED.")
    @APIResponse(responseCode = "413", description = "Problem `document-too-large` (`maxSize`) or `payload-too-large`.")
    @APIResponse(responseCode = "415", description = "Problem `unsupported-document-type`: the content is not PDF, PNG "
            + "or JPEG; or the body is not multipart/form-data.")
    public Response upload(@Parameter(description = ID_TEXT) @PathParam("id") UUID id,
                           @RestForm("file") FileUpload file,
                           @RestForm("kind") String kind) {
        String name = file == null || file.fileName() == null || file.fileName().isBlank() ? "document"
                : file.fileName();
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        RequestDocument stored = documents.upload(id, kind, name, file == null ? null : file.uploadedFile());
        return Response.created(URI.create("/requests/" + id + "/documents/" + stored.id()))
                .entity(DocumentView.of(stored)).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REQUESTER, Roles.REVIEWER, Roles.EXPORT_CONTROL, Roles.POLICY_BOARD, Roles.AUTHORIZER,
            Roles.AUDITOR})
    @Operation(operationId = "listDocuments", summary = "The documents of a request, oldest first",
            description = READERS + " Changes nothing.")
    @APIResponse(responseCode = "200", description = "The documents (an empty list when there are none).")
    @APIResponse(responseCode = "404", description = "No request with this id that you may read.")
    public List<DocumentView> list(@Parameter(description = ID_TEXT) @PathParam("id") UUID id) {
        return documents.list(id).stream().map(DocumentView::of).toList();
    }

    @GET
    @Path("/{documentId}")
    @Produces({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.REQUESTER, Roles.REVIEWER, Roles.EXPORT_CONTROL, Roles.POLICY_BOARD, Roles.AUTHORIZER,
            Roles.AUDITOR})
    @Operation(operationId = "downloadDocument", summary = "The bytes of a document, exactly as uploaded",
            description = READERS + " Changes nothing. Answers the file with its detected type, `Content-Disposition: "
                    + "attachment` with its name, and `Repr-Digest` (RFC 9530) with its SHA-256, which the approval "
                    + "case names.")
    @APIResponse(responseCode = "200", description = "The file.", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No such document of a request you may read.")
    public Response download(@Parameter(description = ID_TEXT) @PathParam("id") UUID id,
                             @Parameter(description = "The document's id.") @PathParam("documentId") UUID documentId) {
        RequestDocument document = documents.get(id, documentId);
        StreamingOutput bytes = out -> store.copyTo(document.id(), document.size(), out);
        String digest = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(document.sha256()));
        return Response.ok(bytes, document.mediaType())
                .header("Content-Length", document.size())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(document.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("Repr-Digest", "sha-256=:" + digest + ":")
                .header("X-Content-Type-Options", "nosniff")
                .header("ETag", "\"" + document.sha256() + "\"")
                .build();
    }

    @DELETE
    @Path("/{documentId}")
    @RolesAllowed(Roles.REQUESTER)
    @Operation(operationId = "deleteDocument", summary = "Remove a document from a draft",
            description = "Role requester, of the request's own organisation, while the request is a DRAFT: once "
                    + "submitted, a round's documents are part of its record.")
    @APIResponse(responseCode = "204", description = "Removed.")
    @APIResponse(responseCode = "404", description = "No such document of a request of your organisation.")
    @APIResponse(responseCode = "409", description = "Problem `illegal-transition`: the request is no longer a DRAFT.")
    public Response delete(@Parameter(description = ID_TEXT) @PathParam("id") UUID id,
                           @Parameter(description = "The document's id.") @PathParam("documentId") UUID documentId) {
        documents.delete(id, documentId);
        return Response.noContent().build();
    }
}
