package org.procurement.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.procurement.catalog.config.CatalogConfig;
import org.procurement.catalog.domain.CatalogItem;
import org.procurement.catalog.domain.CatalogItemRepository;
import org.procurement.catalog.domain.Category;
import org.procurement.catalog.domain.ControlLowering;
import org.procurement.catalog.domain.FieldChange;
import org.procurement.catalog.domain.ItemChange;
import org.procurement.catalog.domain.ItemChangeRepository;
import org.procurement.catalog.domain.ItemChangeStatus;
import org.procurement.catalog.domain.ItemDetails;
import org.procurement.catalog.domain.ItemHistoryEntry;
import org.procurement.catalog.domain.ItemHistoryRepository;
import org.procurement.catalog.domain.ItemQuery;
import org.procurement.catalog.domain.ItemStatus;
import org.procurement.support.http.EntityTags;
import org.procurement.support.problem.Problem;
import org.procurement.support.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads and administers the catalogue. */
@ApplicationScoped
public class CatalogService {

    private final CatalogItemRepository items;
    private final ItemChangeRepository changes;
    private final ItemHistoryRepository history;
    private final CatalogConfig config;
    private final Clock clock;

    public CatalogService(CatalogItemRepository items, ItemChangeRepository changes, ItemHistoryRepository history,
                          CatalogConfig config, Clock clock) {
        this.items = items;
        this.changes = changes;
        this.history = history;
        this.config = config;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CatalogItemRepository.Listing search(ItemQuery query, boolean descending) {
        return items.search(query, descending, config.countLimit());
    }

    public CatalogItem get(UUID id) {
        CatalogItem item = items.findById(id);
        if (item == null) {
            throw ProblemException.notFound("Catalogue item", id);
        }
        return item;
    }

    public CatalogItem getBySku(String sku) {
        return items.findBySku(sku).orElseThrow(() -> ProblemException.notFound("Catalogue item with SKU", sku));
    }

    /** Active items per category, every category listed even when empty (read from the trigger-kept tally). */
    public Map<Category, Long> countsByCategory() {
        return items.activeByCategory();
    }

    @Transactional
    public CatalogItem create(ItemDetails details, String by) {
        requireCatalogueCurrency(details);
        requireUniqueSku(details.sku(), null);
        CatalogItem item = CatalogItem.create(details, by, clock.instant());
        items.persist(item);
        flushGuardingSku(details.sku());
        history.persist(ItemHistoryEntry.of(item.id(), ItemHistoryEntry.Kind.CREATED, by, item.createdAt(),
                FieldChange.between(null, details)));
        return item;
    }

    /** What a PUT did: revised the item at once, or stored a change that waits for a second administrator. */
    public record Revision(CatalogItem item, ItemChange pending) {
    }

    /**
     * Replaces an item's facts. A change that lowers export control is not applied: it is stored as a pending change
     * that a different administrator must confirm (four eyes), and the item stays exactly as it was.
     */
    @Transactional
    public Revision revise(UUID id, String ifMatch, ItemDetails details, String by) {
        // Locked, so two administrators' changes of one item (pending or applied) are taken one after the other.
        CatalogItem item = items.findForUpdate(id)
                .orElseThrow(() -> ProblemException.notFound("Catalogue item", id));
        EntityTags.requireMatch(ifMatch, item.version());
        requireCatalogueCurrency(details);
        requireUniqueSku(details.sku(), id);
        ItemDetails before = item.details();
        List<ControlLowering.Lowered> lowers = ControlLowering.of(before, details);
        Instant now = clock.instant();
        if (!lowers.isEmpty()) {
            pendingChange(id, now).ifPresent(waiting -> {
                throw ProblemException.conflict("change-pending", "A change is pending",
                        "Change " + waiting.id() + " to this item, proposed by " + waiting.proposedBy()
                                + ", waits for confirmation; withdraw it or let it be confirmed first.")
                        .with("pendingChange", "/catalog/items/" + id + "/changes/" + waiting.id());
            });
            ItemChange change = ItemChange.propose(item, details, lowers, by, now, config.pendingChange().expiry());
            changes.persist(change);
            changes.flush();
            return new Revision(item, change);
        }
        List<FieldChange> fields = FieldChange.between(before, details);
        item.revise(details, by, now);
        flushGuardingSku(details.sku());
        if (!fields.isEmpty()) {
            history.persist(ItemHistoryEntry.of(id, ItemHistoryEntry.Kind.REVISED, by, now, fields));
        }
        return new Revision(item, null);
    }

    /** The waiting change of an item, if any; an expired one is written down as expired on the way. */
    private java.util.Optional<ItemChange> pendingChange(UUID itemId, Instant now) {
        java.util.Optional<ItemChange> waiting = changes.pendingForUpdate(itemId);
        waiting.ifPresent(change -> change.expireIfDue(now));
        changes.flush();
        return waiting.filter(change -> change.status() == ItemChangeStatus.PENDING);
    }

    /** A second administrator confirms a change that lowers control: it is applied now, and kept in the history. */
    @Transactional
    public CatalogItem confirm(UUID itemId, UUID changeId, String by) {
        CatalogItem item = items.findForUpdate(itemId)
                .orElseThrow(() -> ProblemException.notFound("Catalogue item", itemId));
        ItemChange change = change(itemId, changeId);
        Instant now = clock.instant();
        change.confirm(by, item, now);
        requireUniqueSku(change.proposed().sku(), itemId);
        List<FieldChange> fields = FieldChange.between(item.details(), change.proposed());
        item.revise(change.proposed(), by, now);
        flushGuardingSku(change.proposed().sku());
        history.persist(ItemHistoryEntry.confirmed(change, by, now, fields));
        return item;
    }

    @Transactional
    public ItemChange withdrawChange(UUID itemId, UUID changeId, String by) {
        ItemChange change = change(itemId, changeId);
        change.withdraw(by, clock.instant());
        return change;
    }

    public ItemChange change(UUID itemId, UUID changeId) {
        ItemChange change = changes.findById(changeId);
        if (change == null || !change.itemId().equals(itemId)) {
            throw ProblemException.notFound("Change of item " + itemId, changeId);
        }
        return change;
    }

    public List<ItemChange> changes(UUID itemId) {
        get(itemId);
        return changes.ofItem(itemId);
    }

    public List<ItemHistoryEntry> history(UUID itemId) {
        get(itemId);
        return history.ofItem(itemId);
    }

    public Instant now() {
        return clock.instant();
    }

    @Transactional
    public CatalogItem withdraw(UUID id, String by) {
        CatalogItem item = get(id);
        ItemStatus before = item.status();
        item.withdraw(by, clock.instant());
        items.flush();
        if (before != item.status()) {
            history.persist(ItemHistoryEntry.of(id, ItemHistoryEntry.Kind.WITHDRAWN, by, item.updatedAt(),
                    List.of(new FieldChange("status", before.name(), item.status().name()))));
        }
        return item;
    }

    private void requireCatalogueCurrency(ItemDetails details) {
        if (!config.currency().equals(details.currency())) {
            throw new ProblemException(400, "validation-failed", "Validation failed",
                    "Every price in this catalogue is in " + config.currency() + "; convert the price before entering it.",
                    List.of(new Problem.Violation("unitPrice.currency", "must be " + config.currency())));
        }
    }

    private void requireUniqueSku(String sku, UUID exceptId) {
        Optional<CatalogItem> existing = items.findBySku(sku);
        if (existing.isPresent() && !existing.get().id().equals(exceptId)) {
            throw duplicateSku(sku, existing.get().id());
        }
    }

    /** The unique index decides a race between two administrators creating the same SKU. */
    private void flushGuardingSku(String sku) {
        try {
            items.flush();
        } catch (PersistenceException e) {
            if (String.valueOf(rootMessage(e)).contains("catalog_item_sku_key")) {
                throw duplicateSku(sku, null);
            }
            throw e;
        }
    }

    private static ProblemException duplicateSku(String sku, UUID existingId) {
        ProblemException problem = new ProblemException(409, "duplicate-sku", "Duplicate SKU",
                "SKU " + sku + " is already used by another catalogue item.",
                List.of(new Problem.Violation("sku", "is already used")));
        return existingId == null ? problem : problem.with("existingItemId", existingId);
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
