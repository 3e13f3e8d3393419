package org.procurement.catalog.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchWordsTest {

    @Test
    void splitsAtWhiteSpaceAndPunctuationLowerCasedLongestFirstOnce() {
        assertEquals(List.of("chiron", "ada", "kr"), SearchWords.of("KR-ADA-CHIRON kr").words());
        assertEquals(List.of("thunder", "k9a1"), SearchWords.of("  k9a1\t(Thunder)!").words());
        assertEquals(List.of("155", "mm"), SearchWords.of("155_mm").words());
        assertEquals(List.of("шквал", "9м"), SearchWords.of("9М Шквал").words());
    }

    @Test
    void onlyPunctuationHasNoWords() {
        assertTrue(SearchWords.of("%_ -/").isEmpty());
    }

    @Test
    void keepsAtMostEightWords() {
        assertEquals(SearchWords.MAX_WORDS, SearchWords.of("a b c d e f g h i j k").words().size());
    }

    @Test
    void pastPrefixIsTheFirstStringAfterEveryWordWithThatStart() {
        assertEquals("howitzes", SearchWords.pastPrefix("howitzer"));
        assertEquals("k:", SearchWords.pastPrefix("k9"));
        assertTrue("howitzer\uFFFF".compareTo(SearchWords.pastPrefix("howitzer")) < 0);
        assertEquals("a\uE000", SearchWords.pastPrefix("a\uD7FF"));
    }
}
