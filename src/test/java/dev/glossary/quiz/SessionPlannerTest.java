package dev.glossary.quiz;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import dev.glossary.progress.NewOrder;

import static dev.glossary.quiz.TestDeck.term;
import static org.assertj.core.api.Assertions.assertThat;

class SessionPlannerTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final int ALL = Integer.MAX_VALUE;

    // A small deck in a known order: a, b, c, d are reviewed; e, f, g are new.
    private final List<Term> terms = List.of(term("idempotency"), term("rate-limiting"), term("http-404"),
            term("bun"), term("jwt"), term("kubernetes"), term("saga"));
    private final SessionPlanner planner = new SessionPlanner(Deck.of("d", "D", "", terms));
    private final Map<String, CardInfo> cards = new HashMap<>();

    SessionPlannerTest() {
        cards.put("idempotency", review(NOW.minus(Duration.ofDays(1)), 0.80));
        cards.put("rate-limiting", review(NOW.minus(Duration.ofHours(1)), 0.60));
        cards.put("http-404", review(NOW.plus(Duration.ofHours(3)), 0.95));
        cards.put("bun", review(NOW.plus(Duration.ofDays(2)), 0.97));
        cards.put("kubernetes", CardInfo.newCard());
    }

    private static CardInfo review(Instant due, double retrievability) {
        return new CardInfo(false, due, retrievability, 3, 0, 5);
    }

    private SessionPlan plan(SessionRequest request) {
        return planner.plan(request, cards, NOW, new SplittableRandom(1));
    }

    private static List<String> ids(SessionPlan plan) {
        return plan.terms().stream().map(Term::id).toList();
    }

    @Test
    void asksDueTermsFirstLeastRecallableFirstThenNewTermsInDeckOrder() {
        SessionPlan plan = plan(new SessionRequest(QuizFilter.all(), ALL, ALL, false));

        assertThat(ids(plan)).containsExactly("rate-limiting", "idempotency", "jwt", "kubernetes", "saga");
        assertThat(plan.newCount()).isEqualTo(3);
        assertThat(plan.dueTotal()).isEqualTo(2);
    }

    @Test
    void leavesTermsThatAreNotDueYetOut() {
        assertThat(ids(plan(new SessionRequest(QuizFilter.all(), ALL, ALL, false))))
                .doesNotContain("http-404", "bun");
    }

    @Test
    void takesNoMoreNewTermsThanTheNewLimit() {
        SessionPlan plan = plan(new SessionRequest(QuizFilter.all(), ALL, 1, false));

        assertThat(ids(plan)).containsExactly("rate-limiting", "idempotency", "jwt");
        assertThat(plan.newCount()).isEqualTo(1);
    }

    @Test
    void capsTheSessionAtCountAndKeepsDueTermsBeforeNewOnes() {
        SessionPlan plan = plan(new SessionRequest(QuizFilter.all(), 1, ALL, false));

        assertThat(ids(plan)).containsExactly("rate-limiting");
        assertThat(plan.newCount()).isZero();
        assertThat(plan.dueTotal()).isEqualTo(2);
    }

    @Test
    void saysWhenTheNextTermIsDue() {
        SessionPlan plan = plan(new SessionRequest(QuizFilter.all(), ALL, 0, false));

        assertThat(plan.nextDue()).contains(NOW.plus(Duration.ofHours(3)));
    }

    @Test
    void anEmptyPlanStillSaysWhenTheNextTermIsDue() {
        SessionPlan plan = plan(new SessionRequest(new QuizFilter(Set.of(), Set.of("javascript"), List.of()),
                ALL, ALL, false));

        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.nextDue()).contains(NOW.plus(Duration.ofDays(2)));
    }

    @Test
    void hasNoNextDueWhenNothingIsScheduled() {
        cards.clear();

        assertThat(plan(new SessionRequest(QuizFilter.all(), ALL, ALL, false)).nextDue()).isEmpty();
    }

    @Test
    void cramIgnoresDueDatesAndTakesTheLeastRecallableFirst() {
        SessionPlan plan = plan(new SessionRequest(QuizFilter.all(), 4, 0, true));

        assertThat(ids(plan)).containsExactly("rate-limiting", "idempotency", "http-404", "bun");
    }

    @Test
    void cramBreaksTiesByTheOldestDueDate() {
        cards.put("http-404", review(NOW.plus(Duration.ofDays(9)), 0.5));
        cards.put("bun", review(NOW.minus(Duration.ofDays(9)), 0.5));

        assertThat(ids(plan(new SessionRequest(QuizFilter.all(), 2, 0, true)))).containsExactly("bun", "http-404");
    }

    @Test
    void filtersByLevelAndTag() {
        QuizFilter beginners = new QuizFilter(Set.of(Level.BEGINNER), Set.of(), List.of());
        QuizFilter resilience = new QuizFilter(Set.of(), Set.of("RESILIENCE"), List.of());

        assertThat(ids(plan(new SessionRequest(beginners, ALL, ALL, true)))).containsExactly("http-404", "bun");
        assertThat(ids(plan(new SessionRequest(resilience, ALL, ALL, false)))).containsExactly("rate-limiting");
    }

    @Test
    void namedTermsComeExactlyInTheOrderGivenAndUnknownNamesAreReported() {
        QuizFilter named = QuizFilter.named(List.of("kubernetes", "JWT", "json web token", "Bun", "Nope", "404"));

        SessionPlan plan = plan(new SessionRequest(named, ALL, 0, false));

        assertThat(ids(plan)).containsExactly("kubernetes", "jwt", "bun", "http-404");
        assertThat(plan.unknownNames()).containsExactly("Nope");
        assertThat(plan.newCount()).isEqualTo(2);
        assertThat(plan.nextDue()).contains(NOW.plus(Duration.ofHours(3)));
    }

    @Test
    void namedTermsAreCappedByTheCountLikeAnySessionKeepingTheFirstGiven() {
        QuizFilter named = QuizFilter.named(List.of("kubernetes", "JWT", "Bun", "Nope", "404"));

        SessionPlan plan = plan(new SessionRequest(named, 2, 0, false));

        assertThat(ids(plan)).containsExactly("kubernetes", "jwt");
        assertThat(plan.unknownNames()).containsExactly("Nope");
    }

    @Test
    void sameSeedOrdersTiedTermsTheSameWayAndOtherSeedsMayNot() {
        List.of("idempotency", "rate-limiting", "http-404", "bun")
                .forEach(id -> cards.put(id, review(NOW.minus(Duration.ofDays(1)), 0.5)));
        SessionRequest request = new SessionRequest(QuizFilter.all(), ALL, 0, false);

        List<String> first = ids(planner.plan(request, cards, NOW, new SplittableRandom(5)));
        assertThat(ids(planner.plan(request, cards, NOW, new SplittableRandom(5)))).isEqualTo(first);
        assertThat(LongStream.range(0, 20)
                .mapToObj(seed -> ids(planner.plan(request, cards, NOW, new SplittableRandom(seed))))
                .distinct().count()).isGreaterThan(1);
    }

    @Test
    void treatsANegativeNewLimitAsNone() {
        SessionPlan plan = plan(new SessionRequest(QuizFilter.all(), ALL, -3, false));

        assertThat(plan.newCount()).isZero();
    }

    private static CardInfo with(CardInfo c, Instant lastReview, boolean met, boolean suspended, boolean buried) {
        return new CardInfo(c.isNew(), c.due(), c.retrievability(), c.reps(), c.lapses(), c.stability(), c.graduated(),
                c.lastMissed(), lastReview, met, suspended, buried);
    }

    private static SessionPlan planOf(List<String> ids, Map<String, CardInfo> cards, SessionRequest request) {
        List<Term> deck = ids.stream().map(TestDeck::term).toList();
        return new SessionPlanner(Deck.of("d", "D", "", deck)).plan(request, cards, NOW, new SplittableRandom(1));
    }

    @Test
    void newTermsComeBeginnerFirstThenIntermediateThenAdvancedEachInDeckOrder() {
        List<String> deck = List.of("kubernetes", "jwt", "bun", "saga", "idempotency", "deno");
        SessionRequest byLevel = new SessionRequest(QuizFilter.all(), ALL, ALL, false, NewOrder.LEVEL, null);
        SessionRequest byDeck = new SessionRequest(QuizFilter.all(), ALL, ALL, false, NewOrder.DECK, null);

        assertThat(ids(planOf(deck, Map.of(), byLevel))).containsExactly("bun", "deno", "jwt", "idempotency",
                "kubernetes", "saga");
        assertThat(ids(planOf(deck, Map.of(), byDeck))).containsExactlyElementsOf(deck);
    }

    @Test
    void aNewTermComesAfterTheTermsItBuildsOnInEveryNewOrder() {
        Deck ddd = Deck.of("ddd", "DDD", "", List.of(
                new Term("aggregate-root", "Aggregate Root", Level.BEGINNER, "", "The one entity through which a"
                        + " cluster of objects is changed.", List.of(), List.of(), "", List.of()),
                new Term("value-object", "Value Object", Level.BEGINNER, "", "An object known only by its values.",
                        List.of(), List.of(), "", List.of()),
                new Term("entity", "Entity", Level.BEGINNER, "", "An object with an identity that lasts.", List.of(),
                        List.of(), "", List.of())));
        for (NewOrder order : NewOrder.values()) {
            for (long seed = 1; seed <= 5; seed++) {
                SessionRequest request = new SessionRequest(QuizFilter.all(), ALL, ALL, false, order, null);
                List<String> ids = ids(new SessionPlanner(ddd).plan(request, Map.of(), NOW, new SplittableRandom(seed)));
                assertThat(ids.indexOf("entity")).as(order + ", seed " + seed).isLessThan(ids.indexOf("aggregate-root"));
            }
        }
        SessionRequest byLevel = new SessionRequest(QuizFilter.all(), ALL, ALL, false, NewOrder.LEVEL, null);
        assertThat(ids(new SessionPlanner(ddd).plan(byLevel, Map.of(), NOW, new SplittableRandom(1))))
                .containsExactly("entity", "aggregate-root", "value-object");
    }

    @Test
    void randomNewOrderIsTheSameForASeedAndStillCapsAtTheNewLimit() {
        List<String> deck = List.of("kubernetes", "jwt", "bun", "saga", "idempotency", "deno");
        SessionRequest random = new SessionRequest(QuizFilter.all(), ALL, 4, false, NewOrder.RANDOM, null);

        assertThat(ids(planOf(deck, Map.of(), random))).hasSize(4).isEqualTo(ids(planOf(deck, Map.of(), random)));
    }

    @Test
    void suspendedAndBuriedTermsAreLeftOutDueOrNew() {
        cards.put("idempotency", with(cards.get("idempotency"), null, true, true, false));
        cards.put("rate-limiting", with(cards.get("rate-limiting"), null, true, false, true));
        cards.put("jwt", with(CardInfo.newCard(), null, false, true, false));

        SessionPlan plan = plan(new SessionRequest(QuizFilter.all(), ALL, ALL, false));

        assertThat(ids(plan)).containsExactly("kubernetes", "saga");
        assertThat(plan.dueTotal()).isZero();
    }

    @Test
    void aSuspendedTermAskedForByNameIsReportedNotAskedButABuriedOneIsAsked() {
        cards.put("idempotency", with(cards.get("idempotency"), null, true, true, false));
        cards.put("jwt", with(CardInfo.newCard(), null, false, false, true));

        SessionPlan plan = plan(new SessionRequest(QuizFilter.named(List.of("Idempotency", "JWT")), ALL, ALL, false));

        assertThat(ids(plan)).containsExactly("jwt");
        assertThat(plan.suspended()).extracting(Term::id).containsExactly("idempotency");
    }

    @Test
    void onlyTermsNeverMetAreIntroduced() {
        cards.put("saga", with(CardInfo.newCard(), null, true, false, false));

        SessionPlan plan = plan(new SessionRequest(QuizFilter.all(), ALL, ALL, false));

        assertThat(plan.introduce()).containsExactlyInAnyOrder("jwt", "kubernetes");
        assertThat(plan.newCount()).isEqualTo(3);
    }

    @Test
    void twinsNeverShareASessionTheSecondWaitsAndIsCountedAsWaiting() {
        Map<String, CardInfo> due = new HashMap<>();
        due.put("sse", review(NOW.minus(Duration.ofDays(1)), 0.5));
        due.put("sse-acronym", review(NOW.minus(Duration.ofDays(1)), 0.7));
        SessionRequest request = new SessionRequest(QuizFilter.all(), ALL, ALL, false);

        SessionPlan plan = planOf(List.of("sse", "sse-acronym", "websocket"), due, request);

        assertThat(ids(plan)).containsExactly("sse", "websocket");
        assertThat(plan.waiting()).isEqualTo(1);
        assertThat(ids(planOf(List.of("bun", "bun-runtime", "deno"), Map.of(), request))).containsExactly("bun", "deno");
    }

    @Test
    void aTermWhoseTwinWasAnsweredTodayWaitsForAnotherDay() {
        Instant dayStart = NOW.minus(Duration.ofHours(12));
        Map<String, CardInfo> due = new HashMap<>();
        due.put("sse", with(review(NOW.plus(Duration.ofDays(2)), 0.95), NOW.minus(Duration.ofHours(1)), true, false, false));
        due.put("sse-acronym", with(review(NOW.minus(Duration.ofDays(1)), 0.7), NOW.minus(Duration.ofDays(3)), true,
                false, false));
        SessionRequest today = new SessionRequest(QuizFilter.all(), ALL, ALL, false, NewOrder.LEVEL, dayStart);
        SessionRequest tomorrow = new SessionRequest(QuizFilter.all(), ALL, ALL, false, NewOrder.LEVEL,
                NOW.plus(Duration.ofHours(12)));

        assertThat(ids(planOf(List.of("sse", "sse-acronym"), due, today))).isEmpty();
        assertThat(planOf(List.of("sse", "sse-acronym"), due, today).waiting()).isEqualTo(1);
        assertThat(ids(planOf(List.of("sse", "sse-acronym"), due, tomorrow))).containsExactly("sse-acronym");
    }

    @Test
    void termsWhoseDefinitionsSayMuchTheSameAreKeptApartLikeTwins() {
        Deck bundled = dev.glossary.store.DeckSource.bundled();
        SessionRequest request = new SessionRequest(QuizFilter.all(), ALL, ALL, false);
        List<Term> pair = List.of(bundled.byId("serialization").orElseThrow(), bundled.byId("deserialization").orElseThrow());
        SessionPlan plan = new SessionPlanner(Deck.of("d", "D", "", pair)).plan(request, Map.of(), NOW,
                new SplittableRandom(1));

        assertThat(ids(plan)).containsExactly("serialization");
    }

    @Test
    void inADeckOfAlikeTermsAPlanPassesOverABoundedNumberOfThemNotTheWholeDeck() {
        SessionRequest two = new SessionRequest(QuizFilter.all(), 2, ALL, false);

        assertThat(ids(alikeThenOther(SessionPlanner.MOST_PASSED_OVER - 1, two))).containsExactly("alike-0", "other");
        assertThat(ids(alikeThenOther(SessionPlanner.MOST_PASSED_OVER + 1, two))).containsExactly("alike-0");
    }

    /** A term, {@code alike} more whose definitions say the same, then one unlike them, all new. */
    private static SessionPlan alikeThenOther(int alike, SessionRequest request) {
        List<Term> deck = new java.util.ArrayList<>();
        for (int i = 0; i <= alike; i++) {
            deck.add(new Term("alike-" + i, "Alike " + i, Level.BEGINNER, "c",
                    "A queue of pending payment orders drained by worker processes overnight.", List.of(), List.of(),
                    "", List.of()));
        }
        deck.add(new Term("other", "Other", Level.BEGINNER, "c",
                "Lighthouse keepers polish brass lenses before winter storms arrive.", List.of(), List.of(), "",
                List.of()));
        return new SessionPlanner(Deck.of("d", "D", "", deck)).plan(request, Map.of(), NOW, new SplittableRandom(1));
    }
}
