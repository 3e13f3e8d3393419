package org.procurement.request;

import java.time.LocalDate;
import java.util.UUID;

/** Request bodies: complete ones ready for submission, and minimal drafts. */
final class Drafts {

    private Drafts() {
    }

    static String titleOnly(String title) {
        return "{\"title\": \"%s\"}".formatted(title);
    }

    /** A draft with every field submission needs, one line per item (quantity 2 each). */
    static String complete(UUID... itemIds) {
        StringBuilder lines = new StringBuilder();
        for (UUID id : itemIds) {
            lines.append(lines.isEmpty() ? "" : ",")
                    .append("{\"itemId\": \"%s\", \"quantity\": 2, \"note\": \"for the eastern brigade\"}".formatted(id));
        }
        return withLines(lines.toString());
    }

    /** A complete draft with the given JSON line objects. */
    static String withLines(String lines) {
        return """
                {"title": "Artillery and air defence for the eastern front",
                 "justification": "Replace losses of the last twelve months",
                 "intendedEndUse": "Territorial defence",
                 "priority": "URGENT",
                 "neededBy": "%s",
                 "destination": {"country": "UA", "location": "Kyiv"},
                 "financingMethod": "GRANT",
                 "endUserCertificate": {"number": "EUC-UA-2026-0412", "issuingAuthority": "Ministry of Defence of Ukraine",
                   "issueDate": "2026-11-01", "signatory": "Deputy Minister", "endUser": "Armed Forces of Ukraine",
                   "noReExportUndertaking": true},
                 "lines": [%s]}""".formatted(LocalDate.now().plusMonths(4), lines);
    }
}
