package dev.glossary.quiz;

import dev.glossary.deck.Term;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The turns of a running session. A term met for the first time is introduced (its card shown, not asked)
 * and asked a few turns later ({@value #DEFAULT_GAP} by default, or at the end when fewer are left); a term
 * answered wrong comes back as many turns later, labelled {@link Step#AGAIN}, until it is answered right.
 *
 * <pre>{@code
 * SessionQueue queue = new SessionQueue(plan.terms(), plan.newIds());
 * while (!queue.isDone()) {
 *     Turn turn = queue.next().orElseThrow();
 *     if (turn.step() == Step.INTRODUCE) { show(turn.term()); queue.introduced(); }
 *     else queue.answered(comesBack(ask(turn)));
 * }
 * }</pre>
 *
 * The last answers can be taken back one by one ({@link #undo}), and the learner's own rating of the last
 * one can change whether it comes back ({@link #rerated}). A turn taken with {@link #next()} and neither
 * answered nor dropped is put back by {@link #undo}, after the turn taken back; a term dropped with {@link
 * #drop} (suspended or buried mid-session) never comes back.
 */
public final class SessionQueue {
    public static final int DEFAULT_GAP = 3;

    /** What a turn does with its term. */
    public enum Step {
        /** Show the card of a term met for the first time; its question comes a few turns later. */
        INTRODUCE,
        /** Ask a term already known to the learner. */
        ASK,
        /** Ask a term introduced earlier in this session. */
        ASK_NEW,
        /** Ask again a term answered wrong earlier in this session. */
        AGAIN;

        public boolean asks() {
            return this != INTRODUCE;
        }
    }

    /** One turn: a term and what to do with it. */
    public record Turn(Term term, Step step) {
    }

    /** An answered turn, with the come-back it queued, if any. */
    private record Answered(Turn turn, Turn comeBack) {
    }

    private final List<Turn> queue = new ArrayList<>();
    private final Deque<Answered> answered = new ArrayDeque<>();
    private final int gap;
    private Turn inHand;

    public SessionQueue(List<Term> terms) {
        this(terms, Set.of(), DEFAULT_GAP);
    }

    /** {@code introduce}: the ids of the terms met for the first time, which are introduced before they are asked. */
    public SessionQueue(List<Term> terms, Collection<String> introduce) {
        this(terms, introduce, DEFAULT_GAP);
    }

    /** {@code gap}: how many other turns come before a term is asked after its introduction, or again after a miss. */
    public SessionQueue(List<Term> terms, Collection<String> introduce, int gap) {
        if (gap < 0) {
            throw new IllegalArgumentException("gap must not be negative: " + gap);
        }
        this.gap = gap;
        Map<String, Term> distinct = new LinkedHashMap<>();
        terms.forEach(t -> distinct.putIfAbsent(t.id(), t));
        distinct.values().forEach(t -> queue.add(new Turn(t, introduce.contains(t.id()) ? Step.INTRODUCE : Step.ASK)));
    }

    /** The next turn, taken off the queue; empty when the session is done. */
    public Optional<Turn> next() {
        inHand = queue.isEmpty() ? null : queue.remove(0);
        return Optional.ofNullable(inHand);
    }

    /** The introduction in hand was shown: the term is asked a few turns later. */
    public void introduced() {
        Turn turn = take(Step.INTRODUCE);
        insertLater(new Turn(turn.term(), Step.ASK_NEW));
    }

    /** The question in hand was answered; one that {@code comesBack} (a miss) is asked again a few turns later. */
    public void answered(boolean comesBack) {
        Turn turn = take(null);
        Turn again = null;
        if (comesBack) {
            again = new Turn(turn.term(), Step.AGAIN);
            insertLater(again);
        }
        answered.push(new Answered(turn, again));
    }

    /**
     * The learner rated the last answer again: whether it comes back now follows that rating (a miss
     * re-rated good or easy does not; a right answer re-rated again does).
     */
    public void rerated(boolean comesBack) {
        Answered last = answered.peek();
        if (last == null) {
            return;
        }
        if (!comesBack && last.comeBack() != null) {
            removeQueued(last.comeBack());
            answered.pop();
            answered.push(new Answered(last.turn(), null));
        } else if (comesBack && last.comeBack() == null) {
            Turn again = new Turn(last.turn().term(), Step.AGAIN);
            insertLater(again);
            answered.pop();
            answered.push(new Answered(last.turn(), again));
        }
    }

    /**
     * Takes back the last answer: its come-back leaves the queue (or the hand, when it is the turn in hand),
     * and its turn is next, before the turn in hand (which follows it). Empty when nothing was answered in this session.
     */
    public Optional<Turn> undo() {
        Answered last = answered.poll();
        if (last == null) {
            return Optional.empty();
        }
        if (last.comeBack() != null) {
            removeQueued(last.comeBack());
        }
        if (inHand == last.comeBack()) {
            // Taken back at its own come-back: the come-back goes with the answer that queued it.
            inHand = null;
        }
        if (inHand != null) {
            queue.add(0, inHand);
            inHand = null;
        }
        queue.add(0, last.turn());
        return Optional.of(last.turn());
    }

    /**
     * A term leaves the session (suspended or buried): its turn in hand, if it is in hand, and every turn of it
     * still queued, come-backs included. Its answers already given stay answered.
     */
    public void drop(String termId) {
        if (inHand != null && inHand.term().id().equals(termId)) {
            inHand = null;
        }
        queue.removeIf(t -> t.term().id().equals(termId));
    }

    /** No turn left to hand out. */
    public boolean isDone() {
        return queue.isEmpty();
    }

    /** Questions answered so far in this session (answers taken back do not count). */
    public int answeredCount() {
        return answered.size();
    }

    /**
     * How many questions the session holds as it stands: those answered, the turn in hand, and every turn
     * queued (an introduction stands for the question that follows it).
     */
    public int total() {
        return answered.size() + (inHand == null ? 0 : 1) + queue.size();
    }

    private Turn take(Step expected) {
        if (inHand == null || (expected == null ? !inHand.step().asks() : inHand.step() != expected)) {
            throw new IllegalStateException("the turn in hand is " + inHand);
        }
        Turn turn = inHand;
        inHand = null;
        return turn;
    }

    private void insertLater(Turn turn) {
        queue.add(Math.min(gap, queue.size()), turn);
    }

    private void removeQueued(Turn turn) {
        for (int i = 0; i < queue.size(); i++) {
            if (queue.get(i) == turn) {
                queue.remove(i);
                return;
            }
        }
    }
}
