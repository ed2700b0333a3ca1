package dev.glossary.quiz;

import dev.glossary.deck.Term;
import dev.glossary.quiz.SessionQueue.Step;
import dev.glossary.quiz.SessionQueue.Turn;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.glossary.quiz.TestDeck.term;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionQueueTest {
    private final List<Term> terms = List.of(term("idempotency"), term("jwt"), term("bun"), term("http-404"),
            term("saga"), term("kubernetes"));

    /**
     * Runs a session, answering wrong the given number of times per term id, and returns the turns as
     * "id" for a question, "id!" for an introduction, "id+" for the question after it, "id?" for a come-back.
     */
    private static List<String> run(SessionQueue queue, Map<String, Integer> misses) {
        List<String> turns = new ArrayList<>();
        Map<String, Integer> left = new HashMap<>(misses);
        while (!queue.isDone()) {
            Turn turn = queue.next().orElseThrow();
            turns.add(show(turn));
            if (turn.step() == Step.INTRODUCE) {
                queue.introduced();
                continue;
            }
            int wrong = left.getOrDefault(turn.term().id(), 0);
            left.put(turn.term().id(), wrong - 1);
            queue.answered(wrong > 0);
        }
        return turns;
    }

    private static String show(Turn turn) {
        return turn.term().id() + switch (turn.step()) {
            case INTRODUCE -> "!";
            case ASK -> "";
            case ASK_NEW -> "+";
            case AGAIN -> "?";
        };
    }

    @Test
    void asksEveryTermOnceWhenAllAreRight() {
        SessionQueue queue = new SessionQueue(terms);

        assertThat(run(queue, Map.of()))
                .containsExactly("idempotency", "jwt", "bun", "http-404", "saga", "kubernetes");
        assertThat(queue.answeredCount()).isEqualTo(6);
    }

    @Test
    void bringsAMissedTermBackAfterThreeOtherCardsLabelledAgain() {
        List<String> asked = run(new SessionQueue(terms), Map.of("idempotency", 1));

        assertThat(asked).containsExactly("idempotency", "jwt", "bun", "http-404", "idempotency?", "saga",
                "kubernetes");
    }

    @Test
    void bringsAMissedTermBackUntilItIsAnsweredRight() {
        List<String> asked = run(new SessionQueue(terms), Map.of("saga", 3));

        assertThat(asked.stream().filter(t -> t.startsWith("saga"))).hasSize(4);
        assertThat(asked.get(asked.size() - 1)).isEqualTo("saga?");
    }

    @Test
    void introducesTermsMetForTheFirstTimeAndAsksThemAFewTurnsLater() {
        SessionQueue queue = new SessionQueue(terms, Set.of("bun", "http-404", "saga", "kubernetes"));

        assertThat(run(queue, Map.of())).containsExactly("idempotency", "jwt", "bun!", "http-404!", "saga!",
                "kubernetes!", "bun+", "http-404+", "saga+", "kubernetes+");
    }

    @Test
    void theTotalCountsEachIntroductionAsTheQuestionItLeadsToAndEachComeBack() {
        SessionQueue queue = new SessionQueue(List.of(term("jwt"), term("bun")), Set.of("bun"));
        assertThat(queue.total()).isEqualTo(2);
        queue.next();
        queue.answered(true);
        assertThat(queue.total()).isEqualTo(3);
        queue.next();
        queue.introduced();
        assertThat(queue.total()).isEqualTo(3);
        assertThat(queue.answeredCount()).isEqualTo(1);
    }

    @Test
    void putsAMissNearTheEndAtTheEnd() {
        SessionQueue queue = new SessionQueue(List.of(term("jwt"), term("bun")));

        assertThat(run(queue, Map.of("jwt", 1))).containsExactly("jwt", "bun", "jwt?");
    }

    @Test
    void asksATermListedTwiceOnce() {
        SessionQueue queue = new SessionQueue(List.of(term("jwt"), term("jwt")));

        assertThat(run(queue, Map.of())).containsExactly("jwt");
    }

    @Test
    void aMissReratedGoodDoesNotComeBackAndARightAnswerReratedAgainDoes() {
        SessionQueue queue = new SessionQueue(List.of(term("jwt"), term("bun"), term("saga")));
        queue.next();
        queue.answered(true);
        queue.rerated(false);
        queue.next();
        queue.answered(false);
        queue.rerated(true);
        List<String> rest = run(queue, Map.of());

        assertThat(rest).containsExactly("saga", "bun?");
    }

    @Test
    void undoPutsTheLastAnswerBackFirstThenTheTurnInHandAndDropsItsComeBack() {
        SessionQueue queue = new SessionQueue(List.of(term("jwt"), term("bun"), term("saga")));
        queue.next();
        queue.answered(true);
        queue.next();

        assertThat(queue.undo()).map(t -> t.term().id()).contains("jwt");
        assertThat(queue.answeredCount()).isZero();
        assertThat(run(queue, Map.of())).containsExactly("jwt", "bun", "saga");
    }

    @Test
    void undoAtTheComeBackOfTheLastAnswerDropsThatComeBackAndCountsItNoMore() {
        SessionQueue queue = new SessionQueue(List.of(term("jwt")));
        queue.next();
        queue.answered(true);
        assertThat(queue.next()).map(SessionQueueTest::show).contains("jwt?");
        assertThat(queue.total()).isEqualTo(2);

        assertThat(queue.undo()).map(t -> t.term().id()).contains("jwt");
        assertThat(queue.total()).isEqualTo(1);
        assertThat(run(queue, Map.of())).containsExactly("jwt");
    }

    @Test
    void undoWalksBackOneAnswerAtATimeAndThenHasNothingLeft() {
        SessionQueue queue = new SessionQueue(List.of(term("jwt"), term("bun"), term("saga")));
        queue.next();
        queue.answered(false);
        queue.next();
        queue.answered(false);

        assertThat(queue.undo()).map(t -> t.term().id()).contains("bun");
        assertThat(queue.undo()).map(t -> t.term().id()).contains("jwt");
        assertThat(queue.undo()).isEmpty();
        assertThat(run(queue, Map.of())).containsExactly("jwt", "bun", "saga");
    }

    @Test
    void aDroppedTermLeavesWithItsComeBacks() {
        SessionQueue queue = new SessionQueue(List.of(term("jwt"), term("bun"), term("saga")));
        queue.next();
        queue.answered(false);
        queue.next();
        queue.answered(true);
        queue.drop("bun");

        assertThat(run(queue, Map.of())).containsExactly("saga");
    }

    @Test
    void refusesAnAnswerWithNoQuestionInHand() {
        SessionQueue queue = new SessionQueue(terms, Set.of("jwt"));

        assertThatThrownBy(() -> queue.answered(true)).isInstanceOf(IllegalStateException.class);
        queue.next();
        queue.answered(true);
        queue.next();
        assertThatThrownBy(() -> queue.answered(true)).as("an introduction is not answered")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anEmptySessionIsDoneAtOnce() {
        SessionQueue queue = new SessionQueue(List.of());

        assertThat(queue.isDone()).isTrue();
        assertThat(queue.total()).isZero();
    }
}
