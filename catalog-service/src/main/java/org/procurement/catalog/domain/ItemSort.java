package org.procurement.catalog.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Orders a listing supports (the sort parameter, case-insensitive); each ends with the id so pages never overlap. */
public enum ItemSort {
    /**
     * Best match first, a text search's default: whole words before word beginnings, a word in the SKU or
     * designation before one in the name before one in the manufacturer, then by name. Without text, by name.
     */
    RELEVANCE("i.name"),
    NAME("i.name"),
    PRICE("i.unitPrice"),
    CATEGORY("i.category, i.name"),
    UPDATED("i.updatedAt");

    private final String columns;

    ItemSort(String columns) {
        this.columns = columns;
    }

    /** The JPQL ORDER BY clause; descending applies to every key so the order stays total and stable. */
    public String orderBy(boolean descending) {
        String direction = descending ? " desc" : " asc";
        return Arrays.stream((columns + ", i.id").split(", "))
                .map(column -> column + direction)
                .collect(Collectors.joining(", "));
    }
}
