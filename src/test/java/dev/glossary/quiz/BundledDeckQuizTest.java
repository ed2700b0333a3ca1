package dev.glossary.quiz;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Term;
import dev.glossary.store.DeckSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The quiz rules hold on every term of the bundled deck, not only on a test fixture. */
class BundledDeckQuizTest {
    static Deck deck;

    @BeforeAll
    static void load() {
        deck = DeckSource.bundled();
    }

    private static boolean mentions(String text, String name) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name.toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\p{N}])")
                .matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    @Test
    void maskingHidesTheTermAndItsAliasesInEveryBundledDefinition() {
        int masked = 0;
        for (Term t : deck.terms()) {
            String question = Masker.maskDefinition(t);
            for (String name : t.names()) {
                assertThat(mentions(question, name)).as(t.id() + " still shows \"" + name + "\": " + question).isFalse();
            }
            if (!question.equals(t.definition())) {
                masked++;
            }
        }
        assertThat(masked).as("definitions that mention their own term or alias").isPositive();
    }

    @Test
    void maskingHidesEveryShortFormAndTheHeadWordOfTheNameInEveryBundledDefinition() {
        for (Term t : deck.terms()) {
            String question = Masker.maskDefinition(t);
            for (Forms.Form form : Forms.of(t)) {
                if (!form.display().contains("(")) {
                    assertThat(mentions(question, form.display())).as(t.id() + " shows \"" + form.display() + "\": "
                            + question).isFalse();
                }
            }
            List<String> cores = Forms.cores(t.name());
            String core = cores.isEmpty() ? t.name() : cores.get(cores.size() - 1);
            List<String> head = Text.words(core).stream().filter(Text::isDistinctive).toList();
            if (!head.isEmpty()) {
                String word = head.get(head.size() - 1);
                assertThat(Text.words(question)).as(t.id() + " shows its head word: " + question)
                        .noneMatch(w -> Text.sameOrPlural(w, word));
            }
        }
    }

    @Test
    void maskingNeverBlanksAWordThatIsNotLikeAWordOfTheTermsNames() {
        for (Term t : deck.terms()) {
            Set<String> nameWords = new HashSet<>();
            t.names().forEach(n -> nameWords.addAll(Text.words(n)));
            List<String> unlike = Text.words(t.definition()).stream()
                    .filter(w -> nameWords.stream().noneMatch(n -> w.regionMatches(0, n, 0, Math.min(4, n.length()))))
                    .toList();
            List<String> kept = Text.words(Masker.maskDefinition(t));
            for (String word : new HashSet<>(unlike)) {
                assertThat(kept.stream().filter(word::equals).count()).as(t.id() + ": \"" + word + "\"")
                        .isEqualTo(unlike.stream().filter(word::equals).count());
            }
        }
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            n-1-problem            | adds a query per post on top of the list query
            n-1-problem            | code runs one query to fetch a list
            apache-pulsar          | from storage (Apache BookKeeper), so
            null-pointer-exception | a reference that points to no object at all
            health-endpoint        | a deep one that also checks the database
            offset-pagination      | skips a given number of rows and returns the next chunk
            """)
    void masksTheNameWithoutLeakingItOrBlankingOrdinaryWords(String id, String expected) {
        assertThat(Masker.maskDefinition(deck.byId(id).orElseThrow())).contains(expected);
    }

    @Test
    void masksANameWithAPlusSignInRunningText() {
        // The card no longer spells the name out (it gave the answer away), so running text stands in.
        assertThat(Masker.mask(deck.byId("n-1-problem").orElseThrow(), "so N items cause N+1 round trips"))
                .isEqualTo("so N items cause _____ round trips");
    }

    @Test
    void distractorsAreNeverTheAnswerItsAliasOrAnOverlappingTwin() {
        DistractorPicker picker = new DistractorPicker(deck);
        for (Term t : deck.terms()) {
            for (long seed = 0; seed < 5; seed++) {
                List<Term> options = picker.distractors(t, new SplittableRandom(seed));
                assertThat(options).hasSize(3).doesNotContain(t).doesNotHaveDuplicates();
                for (Term d : options) {
                    for (String name : t.names()) {
                        assertThat(d.names()).as(t.id() + " vs " + d.id()).noneMatch(n -> n.equalsIgnoreCase(name));
                    }
                    boolean twin = t.related().contains(d.id()) && (norm(d.name()).contains(norm(t.name()))
                            || norm(t.name()).contains(norm(d.name())));
                    assertThat(twin).as(t.id() + " offered its twin " + d.id()).isFalse();
                }
            }
        }
    }

    @Test
    void seededTwinsAndNearSynonymsAreNeverOfferedForEachOther() {
        DistractorPicker picker = new DistractorPicker(deck);
        String[][] twins = {{"cursor-pagination", "cursor-based-pagination"}, {"bun", "bun-runtime"},
                {"entity", "entity-ddd"}, {"sse", "server-sent-events"}, {"cdc", "change-data-capture"},
                {"rate-limiting", "rate-limiter"}, {"rate-limiting", "api-rate-limit"}, {"pagination", "offset-pagination"},
                {"sliding-window", "sliding-window-rate-limit"}, {"graphql-subscription", "graphql-subscriptions"}};
        for (String[] pair : twins) {
            Term a = deck.byId(pair[0]).orElseThrow();
            for (long seed = 0; seed < 20; seed++) {
                assertThat(picker.distractors(a, new SplittableRandom(seed))).extracting(Term::id).doesNotContain(pair[1]);
            }
        }
    }

    @Test
    void noChoiceQuestionNamesOneOfItsWrongOptionsAndNoReverseOptionNamesTheAnswer() {
        DistractorPicker picker = new DistractorPicker(deck);
        for (Term t : deck.terms()) {
            for (long seed = 0; seed < 5; seed++) {
                ChoiceQuestion choice = picker.choice(t, new SplittableRandom(seed));
                for (Term option : choice.options()) {
                    if (option != t) {
                        assertThat(Masker.mentions(option, choice.prompt()))
                                .as(t.id() + " names its option " + option.id() + ": " + choice.prompt()).isFalse();
                    }
                }
                ChoiceQuestion reverse = picker.reverse(t, new SplittableRandom(seed));
                for (int i = 0; i < reverse.options().size(); i++) {
                    if (i != reverse.answerIndex()) {
                        assertThat(Masker.mentions(t, reverse.choices().get(i)))
                                .as(reverse.options().get(i).id() + "'s definition names " + t.id()).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void uvicornIsAskedAgainstNoneOfTheTermsItsDefinitionNames() {
        DistractorPicker picker = new DistractorPicker(deck);
        for (long seed = 0; seed < 20; seed++) {
            assertThat(picker.choice(deck.byId("uvicorn").orElseThrow(), new SplittableRandom(seed)).options())
                    .extracting(Term::id).doesNotContain("asgi", "fastapi", "gunicorn");
        }
    }

    @Test
    void aMessagingPlatformIsAskedAgainstOtherMessagingTerms() {
        DistractorPicker picker = new DistractorPicker(deck);
        Term pulsar = deck.byId("apache-pulsar").orElseThrow();
        for (long seed = 0; seed < 20; seed++) {
            for (Term d : picker.distractors(pulsar, new SplittableRandom(seed))) {
                assertThat(pulsar.related().contains(d.id()) || d.tags().contains("messaging"))
                        .as(d.id() + " for Apache Pulsar").isTrue();
            }
        }
    }

    @ParameterizedTest(name = "\"{1}\" is accepted for {0}")
    @CsvSource(delimiter = '|', textBlock = """
            sse                      | server sent events
            server-sent-events       | sse
            cdc                      | change data capture
            change-data-capture      | cdc
            graphql-subscription     | graphql subscriptions
            graphql-subscriptions    | GraphQL Subscription
            cursor-pagination        | cursor based pagination
            cursor-based-pagination  | cursor pagination
            n-1-problem              | n+1
            """)
    void acceptsExpansionsAcronymsPluralsAndOverlappingTwins(String id, String answer) {
        TypedAnswerGrader grader = new TypedAnswerGrader(deck);
        assertThat(grader.grade(deck.byId(id).orElseThrow(), answer).correct()).isTrue();
    }

    @ParameterizedTest(name = "\"{1}\" is not {0}")
    @CsvSource(delimiter = '|', textBlock = """
            rate-limiting              | rate limiter
            rate-limiting              | api rate limit
            idempotency                | idempotency key
            server-middleware          | middleware
            guard                      | guard (backend)
            keyset-pagination          | cursor pagination
            apache-pulsar              | kafka
            401                        | 403
            """)
    void stillRejectsRelatedTermsThatAreNotTheSameConcept(String id, String answer) {
        TypedAnswerGrader grader = new TypedAnswerGrader(deck);
        assertThat(grader.grade(deck.byId(id).orElseThrow(), answer).correct()).isFalse();
    }

    @ParameterizedTest(name = "\"{1}\" is accepted for {0} as a right answer, not a typo")
    @CsvSource(delimiter = '|', textBlock = """
            retry-with-backoff  | retries with backoff
            monolith            | monolithic
            404                 | 404 not found
            404                 | HTTP 404 Not Found
            401                 | 401 unauthorized
            idempotency         | idempotent
            """)
    void forgivesWordFormsAndAStatusCodeWithItsReasonPhrase(String id, String answer) {
        Grade grade = new TypedAnswerGrader(deck).grade(deck.byId(id).orElseThrow(), answer);
        assertThat(grade.correct()).as(answer).isTrue();
        assertThat(grade.exact()).as(answer).isTrue();
    }

    @ParameterizedTest(name = "\"{1}\" for {0} names {2}")
    @CsvSource(delimiter = '|', textBlock = """
            rate-limiting   | rate limiter      | rate-limiter
            rate-limiting   | API rate limits   | api-rate-limit
            401             | forbidden         | 403
            401             | 403               | 403
            token-bucket    | leaky bucket      | leaky-bucket
            idempotency     | idempotency keys  | idempotency-key
            """)
    void aWrongAnswerThatIsAnotherTermNamesIt(String id, String answer, String other) {
        Grade grade = new TypedAnswerGrader(deck).grade(deck.byId(id).orElseThrow(), answer);
        assertThat(grade.correct()).isFalse();
        assertThat(grade.confusion()).map(Term::id).contains(other);
    }

    @Test
    void aWrongAnswerThatIsNoTermNamesNone() {
        TypedAnswerGrader grader = new TypedAnswerGrader(deck);
        assertThat(grader.grade(deck.byId("webhook").orElseThrow(), "a callback thing").confusion()).isEmpty();
        assertThat(grader.grade(deck.byId("idempotency").orElseThrow(), "idempotancy").confusion()).isEmpty();
    }

    @Test
    void theDiffOfAStatusCodeWithAMisspeltReasonKeepsTheCode() {
        Grade grade = new TypedAnswerGrader(deck).grade(deck.byId("404").orElseThrow(), "404 not fuond");
        assertThat(grade.diff()).noneMatch(p -> p.kind() == DiffPart.Kind.EXTRA && p.text().contains("404"));
    }

    @ParameterizedTest(name = "\"{1}\" is accepted for {0}, its twin")
    @CsvSource(delimiter = '|', textBlock = """
            cron-job                   | scheduled task
            scheduled-task             | cron job
            feature-flag               | feature toggles backend
            feature-flag               | feature toggles
            feature-toggles-backend    | feature flag
            rest-maturity-model        | Richardson Maturity Model
            richardson-maturity-model  | REST maturity model
            early-return               | guard clause
            guard-clause               | early return
            sliding-window-rate-limit  | sliding window
            graphql-dataloader-pattern | DataLoader
            """)
    void theTwinsTheIssueNamesAreAcceptedBothWays(String id, String answer) {
        TypedAnswerGrader grader = new TypedAnswerGrader(deck);
        Term term = deck.byId(id).orElseThrow();
        Grade grade = grader.grade(term, answer);
        assertThat(grade.correct()).isTrue();
        assertThat(grade.exact()).isTrue();
        assertThat(grade.twin()).as("the learner is told the answer was the twin")
                .isEqualTo(deck.same(term).get(0).name());
    }

    /** Every twin pair of the bundled deck, each way round. */
    static List<Arguments> twinPairs() {
        List<Arguments> pairs = new ArrayList<>();
        for (Term t : DeckSource.bundled().terms()) {
            for (String twin : t.same()) {
                pairs.add(Arguments.of(t.id(), twin));
            }
        }
        return pairs;
    }

    @Test
    void theBundledDeckHasTheTwinsOfTheSeedAndTheAudit() {
        assertThat(twinPairs()).hasSize(24);
        assertThat(deck.byId("guard").orElseThrow().same()).as("the NestJS guard is a kind of guard, not a twin").isEmpty();
    }

    @ParameterizedTest(name = "{1} and {0}: names accepted, never an option")
    @MethodSource("twinPairs")
    void everyNameOfATwinIsAcceptedForTheOtherAndNeitherIsOfferedForTheOther(String id, String twinId) {
        Term term = deck.byId(id).orElseThrow();
        Term twin = deck.byId(twinId).orElseThrow();
        TypedAnswerGrader grader = new TypedAnswerGrader(deck);
        assertThat(grader.grade(term, term.name()).twin()).as("its own name is not its twin's").isNull();
        for (String name : twin.names()) {
            assertThat(grader.grade(term, name).correct()).as("\"" + name + "\" for " + id).isTrue();
            // Null where the twin's name is also a way of writing the term ("Entity" for "Entity (DDD)").
            assertThat(grader.grade(term, name).twin()).as("\"" + name + "\" for " + id).isIn(null, twin.name());
            assertThat(grader.grade(term, name.toLowerCase(Locale.ROOT)).exact()).as("\"" + name + "\" for " + id).isTrue();
        }
        DistractorPicker picker = new DistractorPicker(deck);
        for (long seed = 0; seed < 10; seed++) {
            assertThat(picker.choice(term, new SplittableRandom(seed)).options()).doesNotContain(twin);
            assertThat(picker.reverse(term, new SplittableRandom(seed)).options()).doesNotContain(twin);
        }
    }

    @ParameterizedTest(name = "\"{1}\", the general term, is not {0}")
    @CsvSource(delimiter = '|', textBlock = """
            server-middleware          | middleware
            response-caching           | caching
            request-validation         | validation
            guard                      | guard (backend)
            guard-backend              | guard clause
            rate-limiter-middleware    | middleware
            """)
    void aGeneralTermIsNotAcceptedForAKindOfIt(String id, String answer) {
        assertThat(new TypedAnswerGrader(deck).grade(deck.byId(id).orElseThrow(), answer).correct()).isFalse();
    }

    /**
     * Close terms that are not the same: a general term and a kind of it, and the audit's sharpened pairs whose
     * definitions set them apart by naming the other term.
     */
    @ParameterizedTest(name = "{0} and {1}, close but not the same, are never offered for each other")
    @CsvSource(delimiter = '|', textBlock = """
            middleware                 | server-middleware
            caching                    | response-caching
            validation                 | request-validation
            guard                      | guard-backend
            chaos-testing              | fault-injection
            middleware                 | guard-backend
            throttling                 | rate-limiting
            """)
    void closeTermsAreNeverOfferedForEachOtherInAnyMode(String one, String other) {
        DistractorPicker picker = new DistractorPicker(deck);
        Term a = deck.byId(one).orElseThrow();
        Term b = deck.byId(other).orElseThrow();
        for (long seed = 0; seed < 10; seed++) {
            assertThat(picker.choice(a, new SplittableRandom(seed)).options()).doesNotContain(b);
            assertThat(picker.choice(b, new SplittableRandom(seed)).options()).doesNotContain(a);
            assertThat(picker.reverse(a, new SplittableRandom(seed)).options()).doesNotContain(b);
            assertThat(picker.reverse(b, new SplittableRandom(seed)).options()).doesNotContain(a);
        }
    }

    /**
     * The other sharpened pairs may be asked against each other, as the issue allows once the definition shown
     * says what tells them apart: each definition says it in its own words, without naming the other term. This
     * holds the words that do it, so a rewrite that drops them has to look at the pair again.
     */
    @ParameterizedTest(name = "{0}'s definition sets it apart: \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            exponential-backoff        | it is only the delay formula inside a retry policy
            retry-with-backoff         | A complete policy for re-attempting failed calls
            batch-loading              | The general technique
            batch-loading              | with or without a library
            data-loader                | A small library
            graphql-dataloader-pattern | its own set of loaders
            """)
    void sharpenedPairsThatMayBeAskedAgainstEachOtherSayWhatSetsThemApart(String id, String words) {
        assertThat(deck.byId(id).orElseThrow().definition()).contains(words);
    }

    @Test
    void guardIsAcceptedForGuardBackendWhoseQualifierOnlySaysWhichSense() {
        TypedAnswerGrader grader = new TypedAnswerGrader(deck);
        assertThat(grader.grade(deck.byId("guard-backend").orElseThrow(), "guard").correct()).isTrue();
        assertThat(grader.grade(deck.byId("guard").orElseThrow(), "guard").correct()).isTrue();
    }

    @Test
    void everyTermIsAcceptedByItsOwnNameAndEveryAlias() {
        TypedAnswerGrader grader = new TypedAnswerGrader(deck);
        for (Term t : deck.terms()) {
            assertThat(grader.grade(t, t.name()).correct()).as(t.name()).isTrue();
            assertThat(grader.grade(t, t.name().toUpperCase(Locale.ROOT)).correct()).as(t.name()).isTrue();
        }
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
