package org.procurement.request.service;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.procurement.request.domain.DocumentFormat;
import org.procurement.request.domain.DocumentKind;
import org.procurement.request.domain.Request;
import org.procurement.request.domain.RequestDocument;
import org.procurement.request.domain.RequestDocumentRepository;
import org.procurement.request.domain.RequestRepository;
import org.procurement.support.problem.Problem;
import org.procurement.support.problem.ProblemException;
import org.procurement.support.security.Caller;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The documents of a request: uploaded by its organisation while it may be amended, judged by their content (PDF,
 * PNG or JPEG), limited in size, kept with their SHA-256; read by whoever may read the request.
 */
@ApplicationScoped
public class DocumentService {

    private final RequestRepository requests;
    private final RequestDocumentRepository documents;
    private final DocumentStore store;
    private final RequestAccess access;
    private final Caller caller;
    private final Clock clock;
    private final long maxSize;

    public DocumentService(RequestRepository requests, RequestDocumentRepository documents, DocumentStore store,
                           RequestAccess access, Caller caller, Clock clock,
                           @ConfigProperty(name = "request.documents.max-size") MemorySize maxSize) {
        this.requests = requests;
        this.documents = documents;
        this.store = store;
        this.access = access;
        this.caller = caller;
        this.clock = clock;
        this.maxSize = maxSize.asLongValue();
    }

    /**
     * The uploaded file (on disk, where the HTTP layer streamed it) becomes a document of the request. The form is
     * judged after the request is found, so a stranger learns nothing from how a form is refused.
     *
     * @param kind the form's {@code kind} as sent, null when missing
     * @param file the form's {@code file}, null when missing
     */
    @Transactional
    public RequestDocument upload(UUID requestId, String kind, String fileName, Path file) {
        // The request row is locked so that a submission running at the same time sees this document or refuses it.
        Request request = access.requireOwn(requests.findForUpdate(requestId), requestId);
        request.requireAmendable("given a document");
        List<Problem.Violation> faults = new ArrayList<>();
        DocumentKind documentKind = null;
        try {
            documentKind = DocumentKind.valueOf(kind == null ? "" : kind.trim());
        } catch (IllegalArgumentException e) {
            faults.add(new Problem.Violation("kind", "must be one of " + Arrays.toString(DocumentKind.values())
                    + (kind == null ? "" : " (was '" + kind + "')")));
        }
        if (file == null) {
            faults.add(new Problem.Violation("file", "is required: the document, as a file part"));
        }
        if (!faults.isEmpty()) {
            throw new ProblemException(400, "validation-failed", "Validation failed", "The upload is not valid: "
                    + faults.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; ")) + ".",
                    faults);
        }
        long size = sizeOf(file);
        if (size > maxSize) {
            throw new ProblemException(413, "document-too-large", "Document too large",
                    "The file has " + size + " bytes; a document may have at most " + maxSize + ".")
                    .with("maxSize", maxSize).with("field", "file");
        }
        if (size == 0) {
            throw ProblemException.invalid("file", "is empty");
        }
        DocumentFormat format = DocumentFormat.of(head(file)).orElseThrow(() -> new ProblemException(415,
                "unsupported-document-type", "Unsupported document type",
                "The file is not a PDF, PNG or JPEG document (judged by its content, not its name or declared type).")
                .with("field", "file").with("accepted", List.of("application/pdf", "image/png", "image/jpeg")));
        UUID id = UUID.randomUUID();
        store.insert(id, requestId, documentKind, fileName, format.mediaType(), size, sha256(file), file, caller.username(),
                clock.instant());
        return documents.findById(id);
    }

    /** The request's documents, for whoever may read the request. */
    public List<RequestDocument> list(UUID requestId) {
        access.requireVisible(requests.findByIdOptional(requestId), requestId);
        return documents.ofRequest(requestId);
    }

    public RequestDocument get(UUID requestId, UUID documentId) {
        access.requireVisible(requests.findByIdOptional(requestId), requestId);
        return documents.ofRequest(requestId, documentId)
                .orElseThrow(() -> ProblemException.notFound("Document", documentId));
    }

    @Transactional
    public void delete(UUID requestId, UUID documentId) {
        Request request = access.requireOwn(requests.findForUpdate(requestId), requestId);
        RequestDocument document = documents.ofRequest(requestId, documentId)
                .orElseThrow(() -> ProblemException.notFound("Document", documentId));
        request.requireDraft("have a document removed");
        store.delete(document.id());
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(DocumentFormat.SIGNATURE_LENGTH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
