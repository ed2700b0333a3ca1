package dev.glossary.deck;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeckLinterTest {
    private static Term term(String id, String definition) {
        return new Term(id, "Name " + id, Level.BEGINNER, "", definition, List.of(), List.of(), "", List.of());
    }

    private static List<String> nearDuplicates(List<Term> terms) {
        return DeckLinter.nearDuplicates(Deck.of("d", "D", "", terms)).stream().map(DeckLinter.Advice::format).toList();
    }

    @Test
    void aDefinitionSharingMostWordsWithAnEarlierOneIsReportedOnceAgainstTheClosest() {
        List<String> advice = nearDuplicates(List.of(
                term("a", "alpha bravo charlie delta echo foxtrot golf hotel india juliet"),
                term("b", "alpha bravo charlie delta echo foxtrot golf hotel india kilo"),
                term("c", "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo"),
                term("d", "lima mike november oscar papa quebec romeo sierra tango uniform")));
        assertThat(advice).containsExactly(
                "\"b\": the definition is nearly the same as \"a\"'s (82% of words shared); make each say what sets it"
                        + " apart",
                "\"c\": the definition is nearly the same as \"a\"'s (91% of words shared); make each say what sets it"
                        + " apart");
    }

    @Test
    void exactlyTheThresholdCounts() {
        // Seven shared words of ten: a Jaccard similarity of exactly 0.7.
        List<String> advice = nearDuplicates(List.of(
                term("a", "alpha bravo charlie delta echo foxtrot golf hotel india juliet"),
                term("b", "alpha bravo charlie delta echo foxtrot golf")));
        assertThat(advice).singleElement().asString().contains("(70% of words shared)");
    }

    @Test
    void aDeckOfCopiesStillHasEachCopyReportedOnce() {
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            terms.add(term("t" + i, "every copy says these same words about caching layers and their eviction rules"));
        }
        List<String> advice = nearDuplicates(terms);
        assertThat(advice).hasSize(2999);
        assertThat(advice.get(0)).startsWith("\"t1\": the definition is nearly the same as \"t0\"'s (100%");
    }
}
