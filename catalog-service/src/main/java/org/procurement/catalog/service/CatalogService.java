package org.procurement.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.hibernate.jpa.HibernateHints;
import org.procurement.catalog.config.CatalogConfig;
import org.procurement.catalog.domain.CatalogItem;
import org.procurement.catalog.domain.Category;
import org.procurement.catalog.domain.ControlLowering;
import org.procurement.catalog.domain.FieldChange;
import org.procurement.catalog.domain.ItemChange;
import org.procurement.catalog.domain.ItemChangeStatus;
import org.procurement.catalog.domain.ItemDetails;
import org.procurement.catalog.domain.ItemHistoryEntry;
import org.procurement.catalog.domain.ItemStatus;
import org.procurement.catalog.domain.ItemTally;
import org.procurement.support.http.EntityTags;
import org.procurement.support.problem.Problem;
import org.procurement.support.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Reads and administers the catalogue. */
@ApplicationScoped
public class CatalogService {

    private final EntityManager em;
    private final CatalogConfig config;
    private final Clock clock;

    public CatalogService(EntityManager em, CatalogConfig config, Clock clock) {
        this.em = em;
        this.config = config;
        this.clock = clock;
    }

    /** A page of items and how many match; {@code totalExact} false when counting stopped at the count limit. */
    public record Listing(List<CatalogItem> items, long total, boolean totalExact) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Listing search(ItemQuery query, boolean descending) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!query.ids().isEmpty()) {
            // A batch lookup resolves ids whatever their status, so callers can tell withdrawn from unknown.
            where.append(" and i.id in :ids");
            params.put("ids", query.ids());
        } else {
            where.append(" and i.status = :status");
            params.put("status", query.status().orElse(ItemStatus.ACTIVE));
        }
        if (!query.categories().isEmpty()) {
            where.append(" and i.category in :categories");
            params.put("categories", query.categories());
        }
        query.text().ifPresent(text -> {
            where.append(" and i.searchText like :text escape '\\'");
            params.put("text", "%" + escapeLike(text.toLowerCase()) + "%");
        });
        query.lethal().ifPresent(lethal -> {
            where.append(" and i.lethal = :lethal");
            params.put("lethal", lethal);
        });
        if (query.inStockOnly()) {
            where.append(" and i.availableQuantity > 0");
        }
        String orderBy = " order by " + query.sort().orderBy(descending);
        int first = query.page() * query.size();
        // A text search finds its page's ids first: in name order that is an index-only scan of
        // catalog_item_status_name, which carries search_text (V4); then it reads just those items.
        List<CatalogItem> items = query.text().isPresent()
                ? byIds(bound("select i.id from CatalogItem i" + where + orderBy, UUID.class, params)
                        .setFirstResult(first).setMaxResults(query.size()).getResultList())
                : readOnly(bound("select i from CatalogItem i" + where + orderBy, CatalogItem.class, params))
                        .setFirstResult(first).setMaxResults(query.size()).getResultList();
        if (items.size() < query.size() && (query.page() == 0 || !items.isEmpty())) {
            return new Listing(items, (long) query.page() * query.size() + items.size(), true);
        }
        if (onlyStatusAndCategories(query)) {
            return new Listing(items, tally(query.status().orElse(ItemStatus.ACTIVE), query.categories()), true);
        }
        int limit = config.countLimit();
        if ((long) (query.page() + 1) * query.size() > limit) {
            // deep pages are rare: count them exactly, as a lower bound would not tell whether a next page exists
            return new Listing(items, bound("select count(i) from CatalogItem i" + where, Long.class, params)
                    .getSingleResult(), true);
        }
        // Count no further than needed: one past the limit tells "more than the limit" from "exactly the limit".
        int counted = bound("select i.id from CatalogItem i" + where, UUID.class, params)
                .setMaxResults(limit + 1).getResultList().size();
        return new Listing(items, counted, counted <= limit);
    }

    private <T> TypedQuery<T> bound(String hql, Class<T> type, Map<String, Object> params) {
        TypedQuery<T> query = em.createQuery(hql, type);
        params.forEach(query::setParameter);
        return query;
    }

    /** The items with these ids, in the ids' order. */
    private List<CatalogItem> byIds(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, CatalogItem> found = new HashMap<>();
        readOnly(em.createQuery("select i from CatalogItem i where i.id in :ids", CatalogItem.class).setParameter("ids", ids))
                .getResultList().forEach(item -> found.put(item.id, item));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** Pages are only rendered, so Hibernate need keep no snapshots to dirty-check. */
    private static <T> TypedQuery<T> readOnly(TypedQuery<T> query) {
        return query.setHint(HibernateHints.HINT_READ_ONLY, true);
    }

    /** Listings filtered by nothing but status and category are counted from the tally, not by scanning. */
    private static boolean onlyStatusAndCategories(ItemQuery query) {
        return query.ids().isEmpty() && query.text().isEmpty() && query.lethal().isEmpty() && !query.inStockOnly();
    }

    private long tally(ItemStatus status, List<Category> categories) {
        return em.createQuery("select coalesce(sum(t.items), 0) from ItemTally t"
                        + " where t.status = :status and t.category in :categories", Long.class)
                .setParameter("status", status)
                .setParameter("categories", categories.isEmpty() ? List.of(Category.values()) : categories)
                .getSingleResult();
    }

    public CatalogItem get(UUID id) {
        CatalogItem item = em.find(CatalogItem.class, id);
        if (item == null) {
            throw ProblemException.notFound("Catalogue item", id);
        }
        return item;
    }

    public CatalogItem getBySku(String sku) {
        return CatalogItem.<CatalogItem>find("upper(sku) = upper(?1)", sku).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Catalogue item with SKU", sku));
    }

    /** Active items per category, every category listed even when empty (read from the trigger-kept tally). */
    public Map<Category, Long> countsByCategory() {
        Map<Category, Long> counts = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            counts.put(category, 0L);
        }
        em.createQuery("from ItemTally t where t.status = :status", ItemTally.class)
                .setParameter("status", ItemStatus.ACTIVE)
                .getResultStream()
                .forEach(tally -> counts.put(tally.category, tally.items));
        return counts;
    }

    @Transactional
    public CatalogItem create(ItemDetails details, String by) {
        requireCatalogueCurrency(details);
        requireUniqueSku(details.sku(), null);
        CatalogItem item = CatalogItem.create(details, by, clock.instant());
        em.persist(item);
        flushGuardingSku(details.sku());
        ItemHistoryEntry.of(item.id, ItemHistoryEntry.Kind.CREATED, by, item.createdAt,
                FieldChange.between(null, details)).persist();
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
        CatalogItem item = em.find(CatalogItem.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (item == null) {
            throw ProblemException.notFound("Catalogue item", id);
        }
        EntityTags.requireMatch(ifMatch, item.version);
        requireCatalogueCurrency(details);
        requireUniqueSku(details.sku(), id);
        ItemDetails before = item.details();
        List<ControlLowering.Lowered> lowers = ControlLowering.of(before, details);
        Instant now = clock.instant();
        if (!lowers.isEmpty()) {
            pendingChange(id, now).ifPresent(waiting -> {
                throw ProblemException.conflict("change-pending", "A change is pending",
                        "Change " + waiting.id + " to this item, proposed by " + waiting.proposedBy
                                + ", waits for confirmation; withdraw it or let it be confirmed first.")
                        .with("pendingChange", "/catalog/items/" + id + "/changes/" + waiting.id);
            });
            ItemChange change = ItemChange.propose(item, details, lowers, by, now, config.pendingChange().expiry());
            change.persist();
            em.flush();
            return new Revision(item, change);
        }
        List<FieldChange> fields = FieldChange.between(before, details);
        item.revise(details, by, now);
        flushGuardingSku(details.sku());
        if (!fields.isEmpty()) {
            ItemHistoryEntry.of(id, ItemHistoryEntry.Kind.REVISED, by, now, fields).persist();
        }
        return new Revision(item, null);
    }

    /** The waiting change of an item, if any; an expired one is written down as expired on the way. */
    private java.util.Optional<ItemChange> pendingChange(UUID itemId, Instant now) {
        java.util.Optional<ItemChange> waiting = ItemChange.<ItemChange>find("itemId = ?1 and status = ?2", itemId,
                ItemChangeStatus.PENDING).withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
        waiting.ifPresent(change -> change.expireIfDue(now));
        em.flush();
        return waiting.filter(change -> change.status == ItemChangeStatus.PENDING);
    }

    /** A second administrator confirms a change that lowers control: it is applied now, and kept in the history. */
    @Transactional
    public CatalogItem confirm(UUID itemId, UUID changeId, String by) {
        CatalogItem item = em.find(CatalogItem.class, itemId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (item == null) {
            throw ProblemException.notFound("Catalogue item", itemId);
        }
        ItemChange change = change(itemId, changeId);
        Instant now = clock.instant();
        change.confirm(by, item, now);
        requireUniqueSku(change.proposed().sku(), itemId);
        List<FieldChange> fields = FieldChange.between(item.details(), change.proposed());
        item.revise(change.proposed(), by, now);
        flushGuardingSku(change.proposed().sku());
        ItemHistoryEntry.confirmed(change, by, now, fields).persist();
        return item;
    }

    @Transactional
    public ItemChange withdrawChange(UUID itemId, UUID changeId, String by) {
        ItemChange change = change(itemId, changeId);
        change.withdraw(by, clock.instant());
        return change;
    }

    public ItemChange change(UUID itemId, UUID changeId) {
        ItemChange change = ItemChange.findById(changeId);
        if (change == null || !change.itemId.equals(itemId)) {
            throw ProblemException.notFound("Change of item " + itemId, changeId);
        }
        return change;
    }

    public List<ItemChange> changes(UUID itemId) {
        get(itemId);
        return ItemChange.list("itemId = ?1 order by proposedAt desc, id", itemId);
    }

    public List<ItemHistoryEntry> history(UUID itemId) {
        get(itemId);
        return ItemHistoryEntry.list("itemId = ?1 order by changedAt, id", itemId);
    }

    public Instant now() {
        return clock.instant();
    }

    @Transactional
    public CatalogItem withdraw(UUID id, String by) {
        CatalogItem item = get(id);
        ItemStatus before = item.status;
        item.withdraw(by, clock.instant());
        em.flush();
        if (before != item.status) {
            ItemHistoryEntry.of(id, ItemHistoryEntry.Kind.WITHDRAWN, by, item.updatedAt,
                    List.of(new FieldChange("status", before.name(), item.status.name()))).persist();
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
        Optional<CatalogItem> existing = CatalogItem.find("upper(sku) = upper(?1)", sku).firstResultOptional();
        if (existing.isPresent() && !existing.get().id.equals(exceptId)) {
            throw duplicateSku(sku, existing.get().id);
        }
    }

    /** The unique index decides a race between two administrators creating the same SKU. */
    private void flushGuardingSku(String sku) {
        try {
            em.flush();
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

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
