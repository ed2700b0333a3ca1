package dev.glossary.search;

import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class NameIndexTest {
    private NameTable table;
    private final NameIndex index = build("Caching", "Cache Stampede", "Time to Live", "Kafka", "Tenant Isolation",
            "Tenant Isolation Policy", "Circuit Breaker");

    @Test
    void findsEveryVariantWithExactlyThatKey() {
        Map<Integer, Double> found = collect(sink -> index.exact("timetolive", sink));

        assertThat(found).containsExactly(entry(2, 1.0));
    }

    @Test
    void findsInitialsAsAnExactKey() {
        assertThat(collect(sink -> index.exact("ttl", sink))).containsOnlyKeys(2);
        assertThat(collect(sink -> index.exact("tip", sink))).containsOnlyKeys(5);
    }

    @Test
    void findsNothingForAnUnknownKey() {
        assertThat(collect(sink -> index.exact("timetoliv", sink))).isEmpty();
    }

    @Test
    void sharedInitialsAreAllFound() {
        NameIndex shared = build("Time to Live", "Takeout Tenant List", "Total Transfer Limit");

        assertThat(collect(sink -> shared.exact("ttl", sink))).containsOnlyKeys(0, 1, 2);
    }

    @Test
    void nearestReportsTheDistanceOfKeysWithinTheBound() {
        Map<Integer, Double> found = collect(sink -> index.nearest("kafak", 1, sink));

        assertThat(found).containsExactly(entry(3, 1.0));
        assertThat(collect(sink -> index.nearest("circutbreaker", 2, sink))).containsExactly(entry(6, 1.0));
    }

    @Test
    void nearestLeavesInitialsOut() {
        assertThat(collect(sink -> index.nearest("tll", 1, sink))).isEmpty();
    }

    @Test
    void mapsVariantsToTermsAndWeights() {
        assertThat(index.term(0)).isZero();
        assertThat(index.weight(0)).isEqualTo(1.0);
    }

    private NameIndex build(String... names) {
        List<Term> terms = new ArrayList<>();
        for (String name : names) {
            terms.add(Term.of("t" + terms.size(), name, Level.BEGINNER, ""));
        }
        table = NameTable.of(terms);
        return NameIndex.build(table);
    }

    /** Variant results as term index to score. */
    private Map<Integer, Double> collect(java.util.function.Consumer<ScoreSink> lookup) {
        Map<Integer, Double> found = new LinkedHashMap<>();
        lookup.accept((variant, score) -> found.put(table.terms()[variant], score));
        return found;
    }
}
