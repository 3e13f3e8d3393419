-- Documents of a request (docs/workflow.md, section 3): the signed end-user certificate, technical annexes,
-- letters. The bytes are kept in the row (bytea, written from a stream); the SHA-256 is what the approval case and
-- its audit trail name, so a decision can be tied to the exact papers it saw.
CREATE TABLE request_document (
    id           uuid          PRIMARY KEY,
    request_id   uuid          NOT NULL REFERENCES procurement_request (id),
    kind         varchar(40)   NOT NULL,
    file_name    varchar(255)  NOT NULL,
    media_type   varchar(100)  NOT NULL,
    size         bigint        NOT NULL CHECK (size > 0),
    sha256       varchar(64)   NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content      bytea         NOT NULL,
    uploaded_by  varchar(100)  NOT NULL,
    uploaded_at  timestamptz   NOT NULL
);
CREATE INDEX request_document_request_idx ON request_document (request_id, uploaded_at, id);
-- Kept uncompressed out of line (PDF, PNG and JPEG are compressed already), so a download reads it slice by slice
-- with substring() instead of detoasting the whole file for each slice.
ALTER TABLE request_document ALTER COLUMN content SET STORAGE EXTERNAL;
