package org.procurement.request;

import org.procurement.testing.DemoUser;

import java.util.UUID;

/** Requests brought into a given state through the API, for tests about what follows. */
final class Scenarios {

    private final CatalogueStubs catalogue;

    Scenarios(CatalogueStubs catalogue) {
        this.catalogue = catalogue;
    }

    /** A complete draft of {@code user} for one line of a (non-lethal) item whose catalogue entry is served. */
    String completeDraft(DemoUser user) {
        UUID item = UUID.randomUUID();
        catalogue.serve(item, CatalogueStubs.item(item, sku(item), "3500000.00", 24));
        return Api.createDraft(user, Drafts.complete(item));
    }

    String submitted(DemoUser user) {
        String id = completeDraft(user);
        Api.submit(user, id);
        return id;
    }

    String inReview(DemoUser user) {
        String id = submitted(user);
        Api.event(id, Api.caseOpened(1));
        return id;
    }

    String decided(DemoUser user, String outcome) {
        String id = inReview(user);
        Api.event(id, Api.caseClosed(1, outcome, "APPROVED_WITH_CONDITIONS".equals(outcome) ? "Two tranches" : null,
                "REJECTED".equals(outcome) || "RETURNED".equals(outcome) ? "Quantities unclear" : null, "daeho"));
        return id;
    }

    static String sku(UUID item) {
        return "KR-T-" + item.toString().substring(0, 8).toUpperCase();
    }
}
