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
}
