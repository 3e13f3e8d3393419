package org.procurement.request.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.procurement.request.domain.DocumentKind;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * A document's bytes in PostgreSQL, written from the uploaded file as a stream (the driver sends it as it reads it)
 * and read back a slice at a time, so no file is ever held in memory whole.
 */
@ApplicationScoped
public class DocumentStore {

    private final AgroalDataSource dataSource;

    public DocumentStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(UUID id, UUID requestId, DocumentKind kind, String fileName, String mediaType, long size,
                       String sha256, Path content, String uploadedBy, Instant uploadedAt) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO request_document (id, request_id, kind, "
                     + "file_name, media_type, size, sha256, content, uploaded_by, uploaded_at) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             InputStream bytes = Files.newInputStream(content)) {
            insert.setObject(1, id);
            insert.setObject(2, requestId);
            insert.setString(3, kind.name());
            insert.setString(4, fileName);
            insert.setString(5, mediaType);
            insert.setLong(6, size);
            insert.setString(7, sha256);
            insert.setBinaryStream(8, bytes, size);
            insert.setString(9, uploadedBy);
            insert.setTimestamp(10, Timestamp.from(uploadedAt));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store document " + id, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Slices read at a time: what a download holds in memory. */
    static final int SLICE = 1 << 20;

    /** Writes the document's bytes to {@code out}, one slice at a time. */
    public void copyTo(UUID id, long size, OutputStream out) throws IOException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement slice = connection.prepareStatement(
                     "SELECT substring(content FROM ? FOR ?) FROM request_document WHERE id = ?")) {
            for (long offset = 0; offset < size; offset += SLICE) {
                // bytea positions are int: documents are far below 2 GiB (REQUEST_DOCUMENT_MAX_SIZE).
                slice.setInt(1, Math.toIntExact(offset + 1));
                slice.setInt(2, SLICE);
                slice.setObject(3, id);
                try (ResultSet row = slice.executeQuery()) {
                    if (!row.next()) {
                        throw new IOException("Document " + id + " was removed while it was being read");
                    }
                    out.write(row.getBytes(1));
                }
            }
        } catch (SQLException e) {
            throw new IOException("Could not read document " + id, e);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(UUID id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM request_document WHERE id = ?")) {
            delete.setObject(1, id);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not delete document " + id, e);
        }
    }
}
