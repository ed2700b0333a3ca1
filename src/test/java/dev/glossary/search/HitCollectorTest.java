package dev.glossary.search;

import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class HitCollectorTest {
    private final List<Term> terms = List.of(
            term("Delta", Level.BEGINNER), term("alpha", Level.ADVANCED), term("Charlie", Level.BEGINNER),
            term("Bravo", Level.BEGINNER), term("Echo", Level.INTERMEDIATE));

    @Test
    void keepsTheBestScoresOfATierBestFirstWithTiesByName() {
        HitCollector hits = new HitCollector(terms, 3, term -> true);

        hits.collect(MatchKind.FULL_TEXT, (kind, sink) -> {
            sink.accept(0, 1.0);
            sink.accept(1, 2.0);
            sink.accept(2, 2.0);
            sink.accept(3, 0.5);
            sink.accept(4, 3.0);
        });

        assertThat(hits.ranked()).extracting(hit -> hit.term().name()).containsExactly("Echo", "alpha", "Charlie");
        assertThat(hits.isFull()).isTrue();
    }

    @Test
    void listsATermOnceInTheFirstTierThatFoundIt() {
        HitCollector hits = new HitCollector(terms, 10, term -> true);

        hits.collect(MatchKind.EXACT, (kind, sink) -> sink.accept(2, 1.0));
        hits.collect(MatchKind.FUZZY, (kind, sink) -> {
            sink.accept(2, 9.0);
            sink.accept(0, 0.1);
        });

        assertThat(hits.ranked()).extracting(hit -> hit.term().name(), HitCollector.Ranked::kind)
                .containsExactly(tuple("Charlie", MatchKind.EXACT), tuple("Delta", MatchKind.FUZZY));
    }

    @Test
    void keepsTheBestOfATermsScoresWithinATier() {
        HitCollector hits = new HitCollector(terms, 2, term -> true);

        hits.collect(MatchKind.PREFIX, (kind, sink) -> {
            sink.accept(0, 0.2);
            sink.accept(1, 0.5);
            sink.accept(0, 0.9);
            sink.accept(0, 0.3);
        });

        assertThat(hits.ranked()).extracting(hit -> hit.term().name(), HitCollector.Ranked::score)
                .containsExactly(tuple("Delta", 0.9), tuple("alpha", 0.5));
    }

    @Test
    void leavesOutTermsTheFilterRejects() {
        HitCollector hits = new HitCollector(terms, 10, term -> term.level() == Level.BEGINNER);

        hits.collect(MatchKind.ALL_WORDS, (kind, sink) -> {
            for (int t = 0; t < terms.size(); t++) {
                sink.accept(t, t);
            }
        });

        assertThat(hits.ranked()).extracting(hit -> hit.term().name()).containsExactly("Bravo", "Charlie", "Delta");
    }

    @Test
    void skipsLaterTiersOnceFull() {
        HitCollector hits = new HitCollector(terms, 1, term -> true);
        hits.collect(MatchKind.EXACT, (kind, sink) -> sink.accept(0, 1.0));

        hits.collect(MatchKind.FULL_TEXT, (kind, sink) -> {
            throw new AssertionError("a full collector should not run another tier");
        });

        assertThat(hits.ranked()).hasSize(1);
    }

    private static Term term(String name, Level level) {
        return Term.of(name.toLowerCase(), name, level, "");
    }
}
