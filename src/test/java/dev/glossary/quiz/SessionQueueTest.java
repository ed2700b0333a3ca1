package dev.glossary.quiz;

import dev.glossary.deck.Term;
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

    /** Runs a session, answering wrong the given number of times per term id, and returns the order asked. */
    private static List<String> run(SessionQueue queue, Map<String, Integer> misses) {
        List<String> asked = new ArrayList<>();
        Map<String, Integer> left = new HashMap<>(misses);
        while (!queue.isDone()) {
            Term term = queue.next().orElseThrow();
            asked.add(term.id());
            int wrong = left.getOrDefault(term.id(), 0);
            left.put(term.id(), wrong - 1);
            queue.record(term.id(), wrong <= 0);
        }
        return asked;
    }

    @Test
    void asksEveryTermOnceWhenAllAreRight() {
        SessionQueue queue = new SessionQueue(terms);

        assertThat(run(queue, Map.of()))
                .containsExactly("idempotency", "jwt", "bun", "http-404", "saga", "kubernetes");
        assertThat(queue.attempts("jwt")).isEqualTo(1);
    }

    @Test
    void bringsAMissedTermBackAfterThreeOtherCards() {
        List<String> asked = run(new SessionQueue(terms), Map.of("idempotency", 1));

        assertThat(asked).containsExactly("idempotency", "jwt", "bun", "http-404", "idempotency", "saga",
                "kubernetes");
    }

    @Test
    void bringsAMissedTermBackUntilItIsAnsweredRight() {
        SessionQueue queue = new SessionQueue(terms);

        List<String> asked = run(queue, Map.of("saga", 3));

        assertThat(asked.stream().filter("saga"::equals)).hasSize(4);
        assertThat(asked.get(asked.size() - 1)).isEqualTo("saga");
        assertThat(queue.attempts("saga")).isEqualTo(4);
        assertThat(queue.attempts()).containsEntry("saga", 4).containsEntry("bun", 1);
    }

    @Test
    void putsAMissNearTheEndAtTheEnd() {
        SessionQueue queue = new SessionQueue(List.of(term("jwt"), term("bun")));

        assertThat(run(queue, Map.of("jwt", 1))).containsExactly("jwt", "bun", "jwt");
    }

    @Test
    void asksATermListedTwiceOnce() {
        SessionQueue queue = new SessionQueue(List.of(term("jwt"), term("jwt")));

        assertThat(run(queue, Map.of())).containsExactly("jwt");
    }

    @Test
    void dropsACardThatWasSkipped() {
        SessionQueue queue = new SessionQueue(List.of(term("jwt"), term("bun")));

        queue.next();
        Term second = queue.next().orElseThrow();
        queue.record(second.id(), true);

        assertThat(queue.isDone()).isTrue();
        assertThat(queue.next()).isEmpty();
        assertThat(queue.attempts("jwt")).isZero();
    }

    @Test
    void refusesAnAnswerForACardNotInHand() {
        SessionQueue queue = new SessionQueue(terms);

        assertThatThrownBy(() -> queue.record("jwt", true)).isInstanceOf(IllegalStateException.class);
        queue.next();
        assertThatThrownBy(() -> queue.record("jwt", true)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anEmptySessionIsDoneAtOnce() {
        SessionQueue queue = new SessionQueue(List.of());

        assertThat(queue.isDone()).isTrue();
        assertThat(queue.remaining()).isZero();
        assertThat(Set.copyOf(queue.attempts().keySet())).isEmpty();
    }
}
