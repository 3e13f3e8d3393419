package org.procurement.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import org.hibernate.jpa.HibernateHints;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Stored catalogue items, their listings and the trigger-kept tally that counts them. */
@ApplicationScoped
public class CatalogItemRepository implements PanacheRepositoryBase<CatalogItem, UUID> {

    /** A page of items and how many match; {@code totalExact} false when counting stopped at the count limit. */
    public record Listing(List<CatalogItem> items, long total, boolean totalExact) {
    }

    /** The items a listing asks for, one page of them, counted no further than {@code countLimit} where it can. */
    public Listing search(ItemQuery query, boolean descending, int countLimit) {
        Optional<SearchWords> words = query.text().map(SearchWords::of);
        if (words.isPresent() && words.get().isEmpty()) {
            return new Listing(List.of(), 0, true); // only punctuation: no word to find
        }
        if (words.isPresent() && query.ids().isEmpty() && query.sort() == ItemSort.RELEVANCE) {
            return byRelevance(query, words.get(), countLimit);
        }
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
        filters(query, where, params);
        words.ifPresent(found -> wordsOf("i.id", found.words(), 0, where, params));
        String orderBy = " order by " + query.sort().orderBy(descending);
        int first = query.page() * query.size();
        List<CatalogItem> items = readOnly(bound("select i from CatalogItem i" + where + orderBy, CatalogItem.class, params))
                .setFirstResult(first).setMaxResults(query.size()).getResultList();
        if (items.size() < query.size() && (query.page() == 0 || !items.isEmpty())) {
            return new Listing(items, (long) query.page() * query.size() + items.size(), true);
        }
        if (onlyStatusAndCategories(query)) {
            return new Listing(items, tally(query.status().orElse(ItemStatus.ACTIVE), query.categories()), true);
        }
        if ((long) (query.page() + 1) * query.size() > countLimit) {
            // deep pages are rare: count them exactly, as a lower bound would not tell whether a next page exists
            return new Listing(items, bound("select count(i) from CatalogItem i" + where, Long.class, params)
                    .getSingleResult(), true);
        }
        // Count no further than needed: one past the limit tells "more than the limit" from "exactly the limit".
        int counted = bound("select i.id from CatalogItem i" + where, UUID.class, params)
                .setMaxResults(countLimit + 1).getResultList().size();
        return new Listing(items, counted, counted <= countLimit);
    }

    /**
     * A text search's best matches first, read from the word index (V7) in its own order: first the items with the
     * longest query word as a whole word, then those where it only starts a word, each in (field, name, id) order.
     * A page is then one index range read from its start, whatever the catalogue's size.
     */
    private Listing byRelevance(ItemQuery query, SearchWords words, int countLimit) {
        String joined = query.categories().isEmpty() && query.lethal().isEmpty() && !query.inStockOnly()
                ? "" : " join CatalogItem i on i.id = w.itemId";
        StringBuilder rest = new StringBuilder(" and w.status = :status");
        Map<String, Object> params = new HashMap<>();
        params.put("status", query.status().orElse(ItemStatus.ACTIVE));
        params.put("word0", words.words().get(0));
        filters(query, rest, params);
        wordsOf("w.itemId", words.words(), 1, rest, params);
        String whole = " from CatalogItemWord w" + joined + " where w.word = :word0" + rest;
        // Each item once: by its first word that starts with the query word, and not at all if it has it whole.
        params.put("past0", SearchWords.pastPrefix(words.words().get(0)));
        String starts = " from CatalogItemWord w" + joined + " where w.word > :word0 and w.word < :past0" + rest
                + " and not exists (select 1 from CatalogItemWord e where e.itemId = w.itemId"
                + " and e.word >= :word0 and e.word < w.word)";
        String order = " order by w.field, w.name, w.itemId";
        Map<String, Object> wholeParams = new HashMap<>(params);
        wholeParams.remove("past0");

        int first = query.page() * query.size();
        List<UUID> ids = new ArrayList<>(bound("select w.itemId" + whole + order, UUID.class, wholeParams)
                .setFirstResult(first).setMaxResults(query.size()).getResultList());
        if (ids.size() < query.size()) {
            long wholeCount = ids.isEmpty() && first > 0 ? countAll(whole, wholeParams) : first + ids.size();
            ids.addAll(bound("select w.itemId" + starts + order, UUID.class, params)
                    .setFirstResult((int) Math.max(0, first - wholeCount))
                    .setMaxResults(query.size() - ids.size()).getResultList());
        }
        List<CatalogItem> items = byIds(ids);
        if (items.size() < query.size() && (query.page() == 0 || !items.isEmpty())) {
            return new Listing(items, (long) first + items.size(), true);
        }
        if ((long) (query.page() + 1) * query.size() > countLimit) {
            return new Listing(items, countAll(whole, wholeParams) + countAll(starts, params), true);
        }
        long counted = countUpTo(whole, wholeParams, countLimit + 1);
        if (counted <= countLimit) {
            counted += countUpTo(starts, params, countLimit + 1 - (int) counted);
        }
        return new Listing(items, counted, counted <= countLimit);
    }

    private long countAll(String from, Map<String, Object> params) {
        return bound("select count(*)" + from, Long.class, params).getSingleResult();
    }

    /** How many items {@code from} holds, counting no further than {@code limit}. */
    private int countUpTo(String from, Map<String, Object> params, int limit) {
        return bound("select w.itemId" + from, UUID.class, params).setMaxResults(limit).getResultList().size();
    }

    /** The filters every listing shares, on the item {@code i}. */
    private static void filters(ItemQuery query, StringBuilder where, Map<String, Object> params) {
        if (!query.categories().isEmpty()) {
            where.append(" and i.category in :categories");
            params.put("categories", query.categories());
        }
        query.lethal().ifPresent(lethal -> {
            where.append(" and i.lethal = :lethal");
            params.put("lethal", lethal);
        });
        if (query.inStockOnly()) {
            where.append(" and i.availableQuantity > 0");
        }
    }

    /** The item {@code item} has a word starting with each of {@code words} from {@code from} on. */
    private static void wordsOf(String item, List<String> words, int from, StringBuilder where,
                                Map<String, Object> params) {
        for (int k = from; k < words.size(); k++) {
            where.append(" and exists (select 1 from CatalogItemWord o").append(k).append(" where o").append(k)
                    .append(".itemId = ").append(item).append(" and o").append(k).append(".word >= :word").append(k)
                    .append(" and o").append(k).append(".word < :past").append(k).append(')');
            params.put("word" + k, words.get(k));
            params.put("past" + k, SearchWords.pastPrefix(words.get(k)));
        }
    }

    public Optional<CatalogItem> findBySku(String sku) {
        return find("upper(sku) = upper(?1)", sku).firstResultOptional();
    }

    /** The item with its row locked: two administrators' changes of one item are taken one after the other. */
    public Optional<CatalogItem> findForUpdate(UUID id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Locks the items in id order, the same order every caller uses, so that two reservations never deadlock. */
    public Map<UUID, CatalogItem> lockInIdOrder(Collection<UUID> ids) {
        List<UUID> ordered = ids.stream().distinct().sorted(Comparator.naturalOrder()).toList();
        Map<UUID, CatalogItem> items = new HashMap<>();
        getEntityManager().createQuery("select i from CatalogItem i where i.id in :ids order by i.id", CatalogItem.class)
                .setParameter("ids", ordered)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().forEach(item -> items.put(item.id(), item));
        return items;
    }

    /** Active items per category, every category listed even when empty (read from the trigger-kept tally). */
    public Map<Category, Long> activeByCategory() {
        Map<Category, Long> counts = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            counts.put(category, 0L);
        }
        getEntityManager().createQuery("from ItemTally t where t.status = :status", ItemTally.class)
                .setParameter("status", ItemStatus.ACTIVE)
                .getResultStream()
                .forEach(tally -> counts.put(tally.category(), tally.items()));
        return counts;
    }

    private <T> TypedQuery<T> bound(String hql, Class<T> type, Map<String, Object> params) {
        TypedQuery<T> query = getEntityManager().createQuery(hql, type);
        params.forEach(query::setParameter);
        return query;
    }

    /** The items with these ids, in the ids' order. */
    private List<CatalogItem> byIds(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, CatalogItem> found = new HashMap<>();
        readOnly(getEntityManager().createQuery("select i from CatalogItem i where i.id in :ids", CatalogItem.class)
                .setParameter("ids", ids))
                .getResultList().forEach(item -> found.put(item.id(), item));
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
        return getEntityManager().createQuery("select coalesce(sum(t.items), 0) from ItemTally t"
                        + " where t.status = :status and t.category in :categories", Long.class)
                .setParameter("status", status)
                .setParameter("categories", categories.isEmpty() ? List.of(Category.values()) : categories)
                .getSingleResult();
    }
}
