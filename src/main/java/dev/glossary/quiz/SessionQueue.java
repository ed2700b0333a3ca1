package dev.glossary.quiz;

import dev.glossary.deck.Term;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cards of a running session, with relearning: a term answered wrong comes back a few cards later
 * ({@value #DEFAULT_GAP} by default, or at the end when fewer are left) until it is answered right.
 *
 * <pre>{@code
 * SessionQueue queue = new SessionQueue(plan.terms());
 * while (!queue.isDone()) {
 *     Term term = queue.next().orElseThrow();
 *     queue.record(term.id(), ask(term));
 * }
 * }</pre>
 *
 * A card taken with {@link #next()} and never recorded (the learner skipped the question) is dropped.
 */
public final class SessionQueue {
    public static final int DEFAULT_GAP = 3;

    private final List<Term> queue = new ArrayList<>();
    private final Map<String, Integer> attempts = new LinkedHashMap<>();
    private final int gap;
    private Term inHand;

    public SessionQueue(List<Term> terms) {
        this(terms, DEFAULT_GAP);
    }

    /** {@code gap}: how many other cards come before a missed one again. */
    public SessionQueue(List<Term> terms, int gap) {
        if (gap < 0) {
            throw new IllegalArgumentException("gap must not be negative: " + gap);
        }
        this.gap = gap;
        Map<String, Term> distinct = new LinkedHashMap<>();
        terms.forEach(t -> distinct.putIfAbsent(t.id(), t));
        queue.addAll(distinct.values());
    }

    /** The next card to ask, taken off the queue; empty when the session is done. */
    public Optional<Term> next() {
        inHand = queue.isEmpty() ? null : queue.remove(0);
        return Optional.ofNullable(inHand);
    }

    /** Records the answer to the card last taken with {@link #next()}; a wrong one goes back in the queue. */
    public void record(String termId, boolean correct) {
        if (inHand == null || !inHand.id().equals(termId)) {
            throw new IllegalStateException("the card in hand is " + (inHand == null ? "none" : inHand.id())
                    + ", not " + termId);
        }
        attempts.merge(termId, 1, Integer::sum);
        if (!correct) {
            queue.add(Math.min(gap, queue.size()), inHand);
        }
        inHand = null;
    }

    /** No card left to hand out. */
    public boolean isDone() {
        return queue.isEmpty();
    }

    /** Cards still queued, counting each come-back. */
    public int remaining() {
        return queue.size();
    }

    /** How many times a term was answered in this session. */
    public int attempts(String termId) {
        return attempts.getOrDefault(termId, 0);
    }

    /** Answers per term id, in the order terms were first answered. */
    public Map<String, Integer> attempts() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(attempts));
    }
}
