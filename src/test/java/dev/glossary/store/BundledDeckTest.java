package dev.glossary.store;

import dev.glossary.cli.Cli;
import dev.glossary.deck.Deck;
import dev.glossary.deck.DeckLinter;
import dev.glossary.deck.Level;
import dev.glossary.deck.Sentences;
import dev.glossary.deck.Term;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    /** Over this share of words in common, two cards read as one reworded; the tracing pair stood at 0.34. */
    private static final double NEAR_DUPLICATE = 0.3;
    /** This many words in a row taken from the seed list is copying, not the project's own words; Consul had 8. */
    private static final int COPIED_RUN = 8;

    record SeedRow(String name, Level level, String sense, String overlaps) {
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
                seed.add(new SeedRow(f[0], Level.parse(f[1]).orElseThrow(), f[3], f.length > 4 ? f[4] : ""));
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
            assertThat(Sentences.count(d)).as(t.id() + ": " + Sentences.split(d)).isBetween(2, 3);
            assertThat(t.category()).isEqualTo("Backend");
        }
    }

    @Test
    void noSentenceIsAFragmentHangingOffAnAbbreviation() {
        for (Term t : deck.terms()) {
            assertThat(Sentences.split(t.definition())).as(t.id())
                    .noneMatch(s -> s.matches("(?i)(e\\.g\\.|i\\.e\\.).*"));
        }
    }

    @Test
    void noDefinitionHoldsMarkdownThatWouldPrintRaw() {
        assertThat(deck.terms()).filteredOn(t -> t.definition().contains("`")).extracting(Term::id).isEmpty();
    }

    @Test
    void noTwoDefinitionsAreNearDuplicatesUnlessTheSeedMarksThemOverlapping() {
        Set<String> overlapping = new HashSet<>();
        for (SeedRow row : seed) {
            if (!row.overlaps().isBlank()) {
                overlapping.add(row.name() + "\t" + row.overlaps());
            }
        }
        List<String> near = new ArrayList<>();
        List<Term> terms = deck.terms();
        for (int i = 0; i < terms.size(); i++) {
            for (int j = i + 1; j < terms.size(); j++) {
                Term a = terms.get(i);
                Term b = terms.get(j);
                double overlap = DeckLinter.wordOverlap(a.definition(), b.definition());
                if (overlap >= NEAR_DUPLICATE && !overlapping.contains(a.name() + "\t" + b.name())
                        && !overlapping.contains(b.name() + "\t" + a.name())) {
                    near.add(String.format(Locale.ROOT, "%s ~ %s (%.2f)", a.id(), b.id(), overlap));
                }
            }
        }
        assertThat(near).isEmpty();
    }

    @Test
    void noCardRepeatsARunOfEightWordsFromTheSeedList() {
        Set<List<String>> seedRuns = new HashSet<>();
        for (SeedRow row : seed) {
            seedRuns.addAll(runs(row.sense()));
            seedRuns.addAll(runs(row.name() + " " + row.sense()));
        }
        List<String> copied = new ArrayList<>();
        for (Term t : deck.terms()) {
            for (String text : List.of(t.definition(), t.example())) {
                runs(text).stream().filter(seedRuns::contains).forEach(run -> copied.add(t.id() + ": " + run));
            }
        }
        assertThat(copied).isEmpty();
    }

    /**
     * Every {@link #COPIED_RUN} consecutive words of a text, lower-cased, without possessives and with a crude
     * stem, so that "HashiCorp's tool ... health checking" still matches "HashiCorp tool ... health checks".
     */
    private static Set<List<String>> runs(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).replaceAll("['\u2019]s\\b", "").split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(stem(w));
            }
        }
        Set<List<String>> runs = new HashSet<>();
        for (int i = 0; i + COPIED_RUN <= words.size(); i++) {
            runs.add(List.copyOf(words.subList(i, i + COPIED_RUN)));
        }
        return runs;
    }

    private static String stem(String word) {
        for (String suffix : List.of("ing", "es", "ed", "s")) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= 3) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }

    @Test
    void lintHasNoAdviceOnTheBundledDeck(@TempDir Path home) {
        Cli.Result r = new Cli(home).run("deck", "lint", "data/terms.json");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("lint: no advice for " + deck.size() + " terms\n");
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
        assertThat(deck.byName("99.999%").orElseThrow().id()).isEqualTo("five-nines");
        assertThat(deck.byName("PaymentIntent").orElseThrow().id()).isEqualTo("payment-intent");
        assertThat(deck.byName("A/B testing").orElseThrow().id()).isEqualTo("a-b-testing-backend");
        assertThat(deck.byName("split testing").orElseThrow().id()).isEqualTo("a-b-testing-backend");
        assertThat(deck.byName("AuthN/AuthZ").orElseThrow().id()).isEqualTo("auth");
        assertThat(deck.byName("authentication and authorization").orElseThrow().id()).isEqualTo("auth");
        for (Term t : deck.terms()) {
            if (t.name().matches(".+ \\(.+\\)") && !t.name().matches(".*\\((?i:ddd|backend)\\)")) {
                assertThat(t.aliases()).as(t.name()).isNotEmpty();
            }
        }
    }

    @Test
    void everyMemberOfAFamilyLinksEveryOtherMember() {
        List<List<String>> families = List.of(
                List.of("rate-limiting", "token-bucket", "leaky-bucket", "fixed-window", "sliding-window",
                        "sliding-window-rate-limit"),
                List.of("pagination", "offset-pagination", "cursor-pagination", "cursor-based-pagination",
                        "keyset-pagination"),
                List.of("liveness-probe", "readiness-probe", "startup-probe"),
                List.of("at-least-once-delivery", "at-most-once-delivery", "exactly-once-delivery"),
                List.of("retry-with-backoff", "exponential-backoff", "jitter"),
                List.of("feature-flag", "feature-flag-service", "feature-toggles-backend"),
                List.of("postman", "insomnia", "bruno", "hoppscotch"),
                List.of("openapi", "swagger", "swagger-ui", "redoc"),
                List.of("node-js", "deno", "bun", "bun-runtime"),
                List.of("wsgi", "asgi", "gunicorn", "uvicorn"),
                List.of("distributed-tracing", "request-tracing", "correlation-id", "opentelemetry"));
        List<String> missing = new ArrayList<>();
        for (List<String> family : families) {
            for (String a : family) {
                for (String b : family) {
                    if (!a.equals(b) && !deck.byId(a).orElseThrow().related().contains(b)) {
                        missing.add(a + " -> " + b);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
