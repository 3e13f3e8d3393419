package org.procurement.request.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file formats a document may have, recognised by their first bytes (their signatures), never by the file's name
 * or the type its sender declares.
 */
public enum DocumentFormat {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

    /** Bytes enough to recognise every format. */
    public static final int SIGNATURE_LENGTH = 8;

    private final String mediaType;
    private final byte[] signature;

    DocumentFormat(String mediaType, byte[] signature) {
        this.mediaType = mediaType;
        this.signature = signature;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format whose signature the content starts with. */
    public static Optional<DocumentFormat> of(byte[] head) {
        return Arrays.stream(values())
                .filter(format -> head.length >= format.signature.length
                        && Arrays.equals(head, 0, format.signature.length, format.signature, 0, format.signature.length))
                .findFirst();
    }
}
