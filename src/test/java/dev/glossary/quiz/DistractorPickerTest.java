package dev.glossary.quiz;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static dev.glossary.quiz.TestDeck.term;
import static org.assertj.core.api.Assertions.assertThat;

class DistractorPickerTest {
    private final DistractorPicker picker = new DistractorPicker(TestDeck.DECK);

    @Test
    void picksThreeDistinctDistractorsOtherThanTheAnswerForEveryTerm() {
        for (Term answer : TestDeck.DECK.terms()) {
            for (long seed = 0; seed < 20; seed++) {
                List<Term> distractors = picker.distractors(answer, new SplittableRandom(seed));

                assertThat(distractors).as(answer.id()).hasSize(3).doesNotHaveDuplicates().doesNotContain(answer);
            }
        }
    }

    @ParameterizedTest(name = "{1} is never offered against {0}")
    @CsvSource(textBlock = """
            cursor-pagination,        cursor-based-pagination
            cursor-based-pagination,  cursor-pagination
            bun,                      bun-runtime
            bun-runtime,              bun
            entity,                   entity-ddd
            entity-ddd,               entity
            graphql-subscription,     graphql-subscriptions
            graphql-subscriptions,    graphql-subscription
            sse,                      sse-acronym
            sse-acronym,              sse
            idempotency,              idempotency-key
            """)
    void neverOffersATwinOfTheAnswer(String answerId, String twinId) {
        Term answer = term(answerId);
        for (long seed = 0; seed < 50; seed++) {
            assertThat(picker.distractors(answer, new SplittableRandom(seed))).extracting(Term::id)
                    .doesNotContain(twinId);
        }
    }

    @Test
    void offersRelatedTermsThatAreNeitherTwinsNorNearSynonyms() {
        Set<String> seen = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            picker.distractors(term("rate-limiting"), new SplittableRandom(seed)).forEach(t -> seen.add(t.id()));
        }

        assertThat(seen).contains("token-bucket").doesNotContain("rate-limiter");
    }

    @Test
    void closenessInMeaningOutweighsTheSameLevel() {
        // Token Bucket is advanced but linked to Rate Limiting and shares its tag; Retry with Backoff and
        // Exponential Backoff are intermediate like it, but only share a tag.
        for (long seed = 0; seed < 20; seed++) {
            assertThat(picker.distractors(term("rate-limiting"), new SplittableRandom(seed))).extracting(Term::id)
                    .contains("token-bucket");
        }
    }

    @Test
    void neverOffersANearSynonymWhoseNameHasTheSameDistinctiveWords() {
        Term rateLimit = Term.of("rate-limit", "API Rate Limit", Level.INTERMEDIATE,
                "The cap a provider sets on requests per client.");
        List<Term> terms = new ArrayList<>(TestDeck.DECK.terms());
        terms.add(rateLimit);
        DistractorPicker withNearSynonym = new DistractorPicker(Deck.of("d", "D", "", terms));
        Set<String> forHttp2 = new HashSet<>();
        for (long seed = 0; seed < 30; seed++) {
            assertThat(withNearSynonym.distractors(term("rate-limiting"), new SplittableRandom(seed)))
                    .extracting(Term::id).doesNotContain("rate-limit", "rate-limiter");
            withNearSynonym.distractors(term("http2"), new SplittableRandom(seed)).forEach(t -> forHttp2.add(t.id()));
        }
        assertThat(forHttp2).as("HTTP/3 differs from HTTP/2 by its number, so it stays a fair option").contains("http3");
    }

    @Test
    void twoTermsOneOfWhichIsDefinedByNamingTheOtherAreNeverAskedAgainstEachOther() {
        // Deno's definition names Node.js; Node.js's does not name Deno.
        for (long seed = 0; seed < 30; seed++) {
            assertThat(picker.choice(term("deno"), new SplittableRandom(seed)).options()).extracting(Term::id)
                    .doesNotContain("nodejs");
            assertThat(picker.choice(term("nodejs"), new SplittableRandom(seed)).options()).extracting(Term::id)
                    .doesNotContain("deno");
            assertThat(picker.reverse(term("nodejs"), new SplittableRandom(seed)).options()).extracting(Term::id)
                    .doesNotContain("deno");
            assertThat(picker.reverse(term("deno"), new SplittableRandom(seed)).options()).extracting(Term::id)
                    .doesNotContain("nodejs");
        }
    }

    @Test
    void closeTermsSetApartOnlyByTheirDefinitionsAreNeverOfferedForEachOther() {
        // Unrelated names; each definition says what sets it apart by naming the other.
        Term guard = new Term("guard-backend", "Guard (backend)", Level.INTERMEDIATE, "",
                "A checkpoint in front of a handler that only lets a request through or rejects it; unlike"
                        + " middleware it never changes the request or the response.",
                List.of(), List.of("middleware"), "", List.of("http"));
        Term middleware = new Term("middleware", "Middleware", Level.INTERMEDIATE, "",
                "Code that runs between an incoming request and its handler and may change either on the way;"
                        + " a guard is the kind that only says yes or no.",
                List.of(), List.of("guard-backend"), "", List.of("http"));
        List<Term> terms = new ArrayList<>(TestDeck.DECK.terms());
        terms.add(guard);
        terms.add(middleware);
        DistractorPicker withPair = new DistractorPicker(Deck.of("d", "D", "", terms));
        for (long seed = 0; seed < 30; seed++) {
            assertThat(withPair.distractors(guard, new SplittableRandom(seed))).doesNotContain(middleware);
            assertThat(withPair.distractors(middleware, new SplittableRandom(seed))).doesNotContain(guard);
        }
    }

    @Test
    void doesNotOfferTwoTwinsOfEachOther() {
        for (long seed = 0; seed < 50; seed++) {
            List<String> ids = picker.distractors(term("offset-pagination"), new SplittableRandom(seed)).stream()
                    .map(Term::id).toList();

            assertThat(ids.contains("cursor-pagination") && ids.contains("cursor-based-pagination"))
                    .as("both cursor twins offered with seed " + seed + ": " + ids).isFalse();
        }
    }

    @Test
    void sameSeedGivesTheSameDistractorsAndQuestion() {
        Term answer = term("http-404");

        assertThat(picker.distractors(answer, new SplittableRandom(42)))
                .isEqualTo(picker.distractors(answer, new SplittableRandom(42)));
        assertThat(picker.choice(answer, new SplittableRandom(42)))
                .isEqualTo(picker.choice(answer, new SplittableRandom(42)));
    }

    @Test
    void differentSeedsGiveDifferentQuestions() {
        Set<List<Term>> options = new HashSet<>();
        Set<Integer> answerIndexes = new HashSet<>();
        for (long seed = 0; seed < 30; seed++) {
            ChoiceQuestion q = picker.choice(term("circuit-breaker"), new SplittableRandom(seed));
            options.add(q.options());
            answerIndexes.add(q.answerIndex());
        }

        assertThat(options).hasSizeGreaterThan(1);
        assertThat(answerIndexes).containsExactlyInAnyOrder(0, 1, 2, 3);
    }

    @Test
    void choiceQuestionAsksTheMaskedDefinitionAndOffersNames() {
        ChoiceQuestion q = picker.choice(term("circuit-breaker"), new SplittableRandom(3));

        assertThat(q.mode()).isEqualTo(Mode.CHOICE);
        assertThat(q.prompt()).isEqualTo(Masker.maskDefinition(term("circuit-breaker")))
                .doesNotContainIgnoringCase("circuit breaker");
        assertThat(q.options()).hasSize(4).contains(term("circuit-breaker"));
        assertThat(q.answer()).isEqualTo(term("circuit-breaker"));
        assertThat(q.isCorrect(q.answerIndex())).isTrue();
        assertThat(q.choices()).isEqualTo(q.options().stream().map(Term::name).toList());
    }

    @Test
    void reverseQuestionShowsTheNameAndOffersMaskedDefinitions() {
        ChoiceQuestion q = picker.reverse(term("idempotency"), new SplittableRandom(3));

        assertThat(q.mode()).isEqualTo(Mode.REVERSE);
        assertThat(q.prompt()).isEqualTo("Idempotency");
        assertThat(q.choices()).hasSize(4);
        assertThat(q.choices().get(q.answerIndex())).contains("_____ endpoints make retries safe");
        IntStream.range(0, 4).forEach(i ->
                assertThat(q.choices().get(i)).isEqualTo(Masker.maskDefinition(q.options().get(i))));
    }

    @Test
    void aQuestionAskedAgainPutsItsAnswerElsewhereAndKeepsEachTextWithItsOption() {
        for (long seed = 0; seed < 20; seed++) {
            ChoiceQuestion q = picker.reverse(term("idempotency"), new SplittableRandom(seed));
            ChoiceQuestion again = q.withAnswerAwayFrom(q.answerIndex(), new SplittableRandom(seed + 100));

            assertThat(again.answerIndex()).isNotEqualTo(q.answerIndex());
            assertThat(again.answer()).isEqualTo(q.answer());
            assertThat(again.options()).containsExactlyInAnyOrderElementsOf(q.options());
            IntStream.range(0, 4).forEach(i ->
                    assertThat(again.choices().get(i)).isEqualTo(Masker.maskDefinition(again.options().get(i))));
            assertThat(q.withAnswerAwayFrom((q.answerIndex() + 1) % 4, new SplittableRandom(seed))).isSameAs(q);
        }
    }

    @Test
    void smallDecksGiveFewerOptions() {
        List<Term> three = List.of(term("http-401"), term("http-403"), term("http-404"));
        DistractorPicker small = new DistractorPicker(Deck.of("s", "S", "", three));

        assertThat(small.distractors(term("http-403"), new SplittableRandom(1))).hasSize(2);
        assertThat(small.choice(term("http-403"), new SplittableRandom(1)).options()).hasSize(3);

        DistractorPicker single = new DistractorPicker(Deck.of("s", "S", "", List.of(term("bun"))));
        ChoiceQuestion alone = single.choice(term("bun"), new SplittableRandom(1));
        assertThat(alone.options()).containsExactly(term("bun"));
        assertThat(alone.answerIndex()).isZero();
    }

    @Test
    void aDeckOfTwinsOnlyOffersNoDistractors() {
        DistractorPicker twins = new DistractorPicker(
                Deck.of("t", "T", "", List.of(term("bun"), term("bun-runtime"))));

        assertThat(twins.distractors(term("bun"), new SplittableRandom(1))).isEmpty();
    }

    /**
     * The hostile review's F13: every question compared the answer with every term of the deck and masked every
     * definition, which took seconds a question on a deck of 20 000 terms.
     */
    @Test
    void questionsOnALargeDeckCompareABoundedSampleOfItAndStillFollowTheRules() {
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            terms.add(Term.of("t" + i, "Widget " + i, Level.values()[i % 3],
                    "A made-up thing number " + i + " of a large deck."));
        }
        DistractorPicker large = new DistractorPicker(Deck.of("large", "Large", "", terms));
        for (long seed = 0; seed < 30; seed++) {
            Term answer = terms.get((int) (seed * 151 % terms.size()));
            ChoiceQuestion choice = large.choice(answer, new SplittableRandom(seed));
            ChoiceQuestion reverse = large.reverse(answer, new SplittableRandom(seed));

            assertThat(choice.options()).hasSize(4).doesNotHaveDuplicates().contains(answer);
            assertThat(reverse.options()).hasSize(4).doesNotHaveDuplicates().contains(answer);
        }
        // The sample and the 30 answers; the old picker profiled all 5 000 terms before its first question.
        assertThat(large.termsCompared()).isBetween(DistractorPicker.POOL, DistractorPicker.POOL + 30);
    }

    @Test
    void aLargeDecksLinkedTermsAreAlwaysRankedSoTheClosestStillComeFirst() {
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            terms.add(Term.of("t" + i, "Widget " + i, Level.BEGINNER, "A made-up thing number " + i + "."));
        }
        Term answer = new Term("answer", "Sprocket", Level.BEGINNER, "", "A toothed wheel.", List.of(),
                List.of("t2001", "t2002", "t2003"), "", List.of());
        terms.add(answer);
        DistractorPicker large = new DistractorPicker(Deck.of("large", "Large", "", terms));
        for (long seed = 0; seed < 10; seed++) {
            assertThat(large.distractors(answer, new SplittableRandom(seed))).extracting(Term::id)
                    .containsExactlyInAnyOrder("t2001", "t2002", "t2003");
        }
    }

    @Test
    void aDeckOfVeryLongTextsIsSampledWithinItsTextBudget() {
        String longName = "Widget " + "very long name ".repeat(600);
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            terms.add(Term.of("t" + i, longName + i, Level.BEGINNER, "A made-up thing. " + "filler ".repeat(1000) + i));
        }
        DistractorPicker large = new DistractorPicker(Deck.of("long", "Long", "", terms));
        assertThat(large.distractors(terms.get(0), new SplittableRandom(1))).hasSize(3);
        long perTerm = longName.length() + "A made-up thing. ".length() + 7_000L;
        assertThat(large.termsCompared()).isLessThan(300).isLessThanOrEqualTo(
                (int) (DistractorPicker.TEXT_BUDGET / perTerm) + 2);
    }
}
