package org.procurement.request.domain;

import java.time.LocalDate;
import java.util.List;

/** Everything a requester writes into a request; any part but the title may be missing while it is a draft. */
public record RequestDetails(
        String title,
        String justification,
        String intendedEndUse,
        Priority priority,
        LocalDate neededBy,
        DeliveryDestination destination,
        FinancingMethod financingMethod,
        EndUserCertificate endUserCertificate,
        List<LineItem> lines) {

    public RequestDetails {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
