package org.procurement.request.client;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.procurement.request.domain.CatalogueEntry;
import org.procurement.support.problem.ProblemException;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The catalogue as this service sees it: one batch lookup, bounded in time, retried briefly, and cut off by a
 * circuit breaker while catalog-service is failing. Whatever goes wrong becomes one 503 problem; nobody above this
 * class sees HTTP. Limits are overridable through MicroProfile Fault Tolerance configuration.
 */
@ApplicationScoped
public class Catalogue {

    private static final Logger LOG = Logger.getLogger(Catalogue.class);
    /** The batch lookup's page limit (docs/contracts.md); a request has at most this many lines. */
    public static final int MAX_IDS = 100;
    private static final String WITHDRAWN = "WITHDRAWN";

    private final CatalogClient client;

    public Catalogue(@RestClient CatalogClient client) {
        this.client = client;
    }

    /** The catalogue's entries for these items; unknown items are absent from the map. */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "unreachable")
    public Map<UUID, CatalogueEntry> lookup(Collection<UUID> itemIds) {
        return entries(itemIds);
    }

    /**
     * The same lookup to show a draft's lines, where nothing depends on the answer: one try, a short time limit, no
     * effect on the submission's circuit breaker; empty when the catalogue could not answer.
     */
    @Timeout(value = 1, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "noPreview")
    public Optional<Map<UUID, CatalogueEntry>> preview(Collection<UUID> itemIds) {
        return Optional.of(entries(itemIds));
    }

    Optional<Map<UUID, CatalogueEntry>> noPreview(Collection<UUID> itemIds) {
        return Optional.empty();
    }

    private Map<UUID, CatalogueEntry> entries(Collection<UUID> itemIds) {
        CatalogItemsPage page = client.items(new ArrayList<>(itemIds), MAX_IDS);
        Map<UUID, CatalogueEntry> entries = new LinkedHashMap<>();
        if (page != null && page.items() != null) {
            for (CatalogItem item : page.items()) {
                entries.put(item.id(), new CatalogueEntry(item.id(), item.sku(), item.designation(),
                        item.unitPrice().amount(), item.unitPrice().currency(), item.lethal(),
                        item.majorDefenseEquipment(), item.mlCode(), item.availableQuantity(),
                        WITHDRAWN.equals(item.status()), item.unitOfIssue()));
            }
        }
        return entries;
    }

    Map<UUID, CatalogueEntry> unreachable(Collection<UUID> itemIds) {
        LOG.warnf("catalog-service could not resolve %d item(s); answering 503", itemIds.size());
        throw new ProblemException(503, "catalogue-unavailable", "Catalogue unavailable",
                "The catalogue service could not be reached to price the line items; nothing was changed. "
                        + "Try again in a minute.");
    }
}
