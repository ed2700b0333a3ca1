package dev.glossary.deck;

import dev.glossary.quiz.Masker;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeckLinterTest {
    private static final String FILLER = " It matters because every backend needs it. A shop is an example.";

    private static List<String> namesTheTerm(Term... terms) {
        return DeckLinter.lint(Deck.of("d", "D", "", List.of(terms)), Masker::maskDefinition).stream()
                .filter(a -> a.kind() == DeckLinter.Kind.NAMES_TERM).map(DeckLinter.Advice::format).toList();
    }

    private static Term term(String id, String name, String definition, String... aliases) {
        return new Term(id, name, Level.BEGINNER, "", definition + FILLER, List.of(aliases), List.of(), "", List.of());
    }

    @Test
    void anAliasQuotedInTheDefinitionNamesTheTerm() {
        assertThat(namesTheTerm(term("200", "200", "The status meaning \"OK\": the request worked.", "OK")))
                .containsExactly("\"200\": the definition names the term (\"OK\"); quizzes mask it, but a definition"
                        + " that teaches without it makes a better card");
    }

    @Test
    void everyWordOfALongerNameInAnyOrderNamesTheTerm() {
        assertThat(namesTheTerm(term("pq", "Priority Queue", "A queue where each item carries a priority.")))
                .singleElement().asString().contains("(\"Priority Queue\", word by word)");
        assertThat(namesTheTerm(term("cp", "Connection Pool", "A pool of, say, 20 open connections.")))
                .singleElement().asString().contains("word by word");
    }

    @Test
    void oneWordOfALongerNameOrAFillerWordIsNotAGiveaway() {
        assertThat(namesTheTerm(term("pq", "Priority Queue", "A waiting line where urgent items go out first."),
                term("cb", "Circuit Breaker Pattern", "A pattern that stops calling a dependency after failures.")))
                .isEmpty();
    }

    @Test
    void anAcronymSpelledOutWordByWordNamesTheTerm() {
        assertThat(namesTheTerm(term("dll", "DLL Hell", "The mess of shared dynamic-link library files.")))
                .singleElement().asString().contains("(\"DLL\" spelled out as \"dynamic link library\")");
        assertThat(namesTheTerm(term("c", "CQRS Handler", "In command/query responsibility segregation, a class.")))
                .singleElement().asString().contains("\"CQRS\" spelled out");
    }

    @Test
    void shortWordsWithTheRightInitialsDoNotSpellAnAcronym() {
        assertThat(namesTheTerm(term("api", "API Docs", "Reads a request and passes it along to a handler."),
                term("e", "Entity (DDD)", "In domain-driven design, an object with an identity."))).isEmpty();
    }

    @Test
    void oneSentenceOrFourAreAdvisedAgainst() {
        Deck deck = Deck.of("d", "D", "", List.of(
                Term.of("one", "One", Level.BEGINNER, "A single long sentence about a thing, e.g. this one, that never"
                        + " stops at all."),
                Term.of("four", "Four", Level.BEGINNER, "First part here. Second part here. Third part here. Fourth."),
                Term.of("two", "Two", Level.BEGINNER, "First part of a card here. Second part of it, v2.0 of it.")));
        assertThat(DeckLinter.lint(deck, Masker::maskDefinition)).filteredOn(a -> a.kind() == DeckLinter.Kind.SENTENCES)
                .extracting(DeckLinter.Advice::format).containsExactly(
                        "\"one\": the definition is 1 sentence; aim for 2-3: what it is, why it matters, an example",
                        "\"four\": the definition is 4 sentences; aim for 2-3: what it is, why it matters, an example");
    }

    @Test
    void wordOverlapIsTheShareOfLongerWordsBothUse() {
        assertThat(DeckLinter.wordOverlap("Following spans across services", "Following spans inside one process"))
                .isEqualTo(2.0 / 6);
        assertThat(DeckLinter.wordOverlap("a b c", "a b c")).isZero();
    }

    private static Term plain(String id, String definition) {
        return new Term(id, "Name " + id, Level.BEGINNER, "", definition, List.of(), List.of(), "", List.of());
    }

    private static List<String> nearDuplicates(List<Term> terms) {
        return DeckLinter.nearDuplicates(Deck.of("d", "D", "", terms)).stream().map(DeckLinter.Advice::format).toList();
    }

    @Test
    void aDefinitionSharingMostWordsWithAnEarlierOneIsReportedOnceAgainstTheClosest() {
        List<String> advice = nearDuplicates(List.of(
                plain("a", "alpha bravo charlie delta echo foxtrot golf hotel india juliet"),
                plain("b", "alpha bravo charlie delta echo foxtrot golf hotel india kilo"),
                plain("c", "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo"),
                plain("d", "lima mike november oscar papa quebec romeo sierra tango uniform")));
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
                plain("a", "alpha bravo charlie delta echo foxtrot golf hotel india juliet"),
                plain("b", "alpha bravo charlie delta echo foxtrot golf")));
        assertThat(advice).singleElement().asString().contains("(70% of words shared)");
    }

    @Test
    void aDeckOfCopiesStillHasEachCopyReportedOnce() {
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            terms.add(plain("t" + i, "every copy says these same words about caching layers and their eviction rules"));
        }
        List<String> advice = nearDuplicates(terms);
        assertThat(advice).hasSize(2999);
        assertThat(advice.get(0)).startsWith("\"t1\": the definition is nearly the same as \"t0\"'s (100%");
    }
}
