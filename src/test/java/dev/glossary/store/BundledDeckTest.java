package dev.glossary.store;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled deck against the seed list it was written from (a copy of shared/seed/terms.tsv). */
class BundledDeckTest {
    record SeedRow(String name, Level level, String overlaps) {
    }

    static Deck deck;
    static List<SeedRow> seed;

    @BeforeAll
    static void load() throws IOException {
        deck = DeckSource.bundled();
        seed = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(BundledDeckTest.class.getResourceAsStream("/seed/terms.tsv")),
                StandardCharsets.UTF_8))) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split("\t", -1);
                seed.add(new SeedRow(f[0], Level.parse(f[1]).orElseThrow(), f.length > 4 ? f[4] : ""));
            }
        }
    }

    @Test
    void theBundledDeckHoldsExactlyTheSeedNamesAtTheirLevels() {
        assertThat(deck.size()).isEqualTo(236);
        assertThat(deck.terms()).extracting(Term::name).containsExactlyElementsOf(seed.stream().map(SeedRow::name).toList());
        for (SeedRow row : seed) {
            assertThat(deck.byName(row.name()).orElseThrow().level()).as(row.name()).isEqualTo(row.level());
        }
    }

    @Test
    void theDataFileAndThePackagedDeckAreTheSame() {
        Deck file = DeckReader.load(Path.of("data/terms.json"));
        assertThat(file.terms()).isEqualTo(deck.terms());
    }

    @Test
    void everyDefinitionIsTwoOrThreeSentencesOfTheRightLength() {
        for (Term t : deck.terms()) {
            String d = t.definition();
            assertThat(d.length()).as(t.id()).isBetween(60, 400);
            assertThat(Character.isUpperCase(d.charAt(0)) || Character.isDigit(d.charAt(0))).as(t.id()).isTrue();
            assertThat(d).as(t.id()).matches("(?s).*[.!?)]");
            assertThat(t.category()).isEqualTo("Backend");
        }
    }

    @Test
    void noDefinitionStartsWithItsOwnTermOrAlias() {
        for (Term t : deck.terms()) {
            String d = t.definition().toLowerCase(Locale.ROOT);
            for (String name : t.names()) {
                assertThat(d).as(t.id()).doesNotStartWith(name.toLowerCase(Locale.ROOT));
            }
        }
    }

    @Test
    void noTwoTermsShareADefinition() {
        Set<String> seen = new HashSet<>();
        for (Term t : deck.terms()) {
            assertThat(seen.add(t.definition())).as(t.id()).isTrue();
        }
    }

    @Test
    void everyRelatedIdResolvesAndLinksGoBothWays() {
        for (Term t : deck.terms()) {
            for (String id : t.related()) {
                Term other = deck.byId(id).orElseThrow(() -> new AssertionError(t.id() + " -> " + id));
                assertThat(other.related()).as(id + " links back to " + t.id()).contains(t.id());
            }
        }
    }

    @Test
    void overlappingTermsInTheSeedAreLinkedAsRelated() {
        for (SeedRow row : seed) {
            if (row.overlaps().isBlank()) {
                continue;
            }
            Term a = deck.byName(row.name()).orElseThrow();
            Term b = deck.byName(row.overlaps()).orElseThrow();
            assertThat(a.related()).as(row.name()).contains(b.id());
        }
    }

    @Test
    void acronymsAndExpansionsAreAliases() {
        assertThat(deck.byName("jwt").orElseThrow().name()).isEqualTo("JWT (JSON Web Token)");
        assertThat(deck.byName("json web token").orElseThrow().name()).isEqualTo("JWT (JSON Web Token)");
        assertThat(deck.byName("SSE").orElseThrow().name()).isEqualTo("SSE (Server-Sent Events)");
        assertThat(deck.byName("grpc").orElseThrow().name()).isEqualTo("gRPC (Google Remote Procedure Call)");
        for (Term t : deck.terms()) {
            if (t.name().matches(".+ \\(.+\\)") && !t.name().matches(".*\\((?i:ddd|backend)\\)")) {
                assertThat(t.aliases()).as(t.name()).isNotEmpty();
            }
        }
    }

    @Test
    void theFamiliesTheIssueNamesAreLinked() {
        assertThat(deck.byId("token-bucket").orElseThrow().related()).contains("leaky-bucket");
        assertThat(deck.byId("liveness-probe").orElseThrow().related()).contains("readiness-probe");
        assertThat(deck.byId("at-least-once-delivery").orElseThrow().related()).contains("exactly-once-delivery");
        assertThat(deck.byId("cursor-pagination").orElseThrow().related()).contains("offset-pagination");
    }
}
