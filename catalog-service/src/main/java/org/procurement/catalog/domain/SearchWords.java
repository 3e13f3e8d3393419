package org.procurement.catalog.domain;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A search text split into words the way the database splits items (catalog_item_words in V7__item_words.sql):
 * lower-cased, cut at white space and ASCII punctuation. An item matches when each word starts one of its words.
 */
public record SearchWords(List<String> words) {

    /** More words than this in 100 characters add nothing a person would notice, only work. */
    static final int MAX_WORDS = 8;
    private static final Pattern SEPARATORS = Pattern.compile("[\\t-\\r -/:-@\\[-`{-~]+");

    public SearchWords {
        words = List.copyOf(words);
    }

    /** The words, longest first: the longest is the likeliest to be rare, so a search walks its entries. */
    public static SearchWords of(String text) {
        return new SearchWords(Arrays.stream(SEPARATORS.split(text.toLowerCase(Locale.ROOT)))
                .filter(word -> !word.isEmpty())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .limit(MAX_WORDS)
                .toList());
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The first string after every word that starts with {@code word}, in code point order (COLLATE "C"). */
    static String pastPrefix(String word) {
        int last = word.codePointBefore(word.length());
        int next = last + 1 == Character.MIN_SURROGATE ? Character.MAX_SURROGATE + 1 : last + 1;
        return word.substring(0, word.length() - Character.charCount(last)) + Character.toString(next);
    }
}
