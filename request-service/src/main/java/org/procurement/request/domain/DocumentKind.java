package org.procurement.request.domain;

/** What a document of a request is. */
public enum DocumentKind {
    /** The signed end-user certificate; a request with a lethal line needs one before it is submitted. */
    END_USER_CERTIFICATE,
    TECHNICAL_SPECIFICATION,
    LETTER,
    OTHER
}
