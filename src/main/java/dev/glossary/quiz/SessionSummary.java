package dev.glossary.quiz;

import dev.glossary.deck.Level;
import dev.glossary.deck.Term;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds up a session as it goes: call {@link #record} after every answer, come-backs included. The score
 * counts first tries only: a term answered right after a miss is still a miss.
 */
public final class SessionSummary {
    private final Map<String, Term> terms = new LinkedHashMap<>();
    private final Map<String, Boolean> firstTry = new LinkedHashMap<>();
    private final List<Term> misses = new ArrayList<>();
    private Duration totalTime = Duration.ZERO;
    private int answers;

    /** Right answers out of a total. */
    public record Score(int correct, int total) {
        public double ratio() {
            return total == 0 ? 0 : (double) correct / total;
        }
    }

    /** {@code time} may be null when not measured. */
    public void record(Term term, boolean correct, Duration time) {
        answers++;
        if (time != null && !time.isNegative()) {
            totalTime = totalTime.plus(time);
        }
        terms.putIfAbsent(term.id(), term);
        firstTry.putIfAbsent(term.id(), correct);
        if (!correct && misses.stream().noneMatch(t -> t.id().equals(term.id()))) {
            misses.add(term);
        }
    }

    /** Answers given, come-backs included. */
    public int answers() {
        return answers;
    }

    /** Terms right on the first try, out of the distinct terms asked. */
    public Score score() {
        return count(firstTry.keySet().stream().toList());
    }

    /** First-try score per level, for the levels asked. */
    public Map<Level, Score> byLevel() {
        Map<Level, List<String>> ids = new EnumMap<>(Level.class);
        terms.values().forEach(t -> ids.computeIfAbsent(t.level(), l -> new ArrayList<>()).add(t.id()));
        Map<Level, Score> scores = new EnumMap<>(Level.class);
        ids.forEach((level, list) -> scores.put(level, count(list)));
        return Collections.unmodifiableMap(scores);
    }

    public Duration totalTime() {
        return totalTime;
    }

    /** Terms answered wrong at least once, in the order of their first miss. */
    public List<Term> misses() {
        return List.copyOf(misses);
    }

    private Score count(List<String> ids) {
        int correct = (int) ids.stream().filter(firstTry::get).count();
        return new Score(correct, ids.size());
    }
}
