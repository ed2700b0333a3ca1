package dev.glossary.cli;

import dev.glossary.deck.Level;
import dev.glossary.quiz.SessionSummary;
import dev.glossary.term.Durations;
import dev.glossary.term.Painter;
import dev.glossary.term.Plural;
import dev.glossary.term.SafeText;
import dev.glossary.term.Wrap;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a quiz session gave: every answer, the first-try score and how it ended: early (input ended or
 * Ctrl-C), and interrupted (Ctrl-C). An empty outcome stands for a session that had nothing to ask, so
 * that its {@code --json} document has the same fields as any other.
 */
record QuizOutcome(List<QuizAnswer> results, SessionSummary summary, boolean endedEarly,
                   boolean interrupted) {

    static QuizOutcome empty() {
        return new QuizOutcome(List.of(), new SessionSummary(), false, false);
    }

    /** The first-try score in whole percent, rounded down; null with no answers, which have no score. */
    Integer percent() {
        var score = summary.score();
        return score.total() == 0 ? null : (int) Math.floor(100.0 * score.correct() / score.total());
    }

    /** Whether the score reaches {@code mark}; no answers never pass a mark. */
    boolean passes(int mark) {
        Integer percent = percent();
        return percent != null && percent >= mark;
    }

    /**
     * The {@code --json} document. {@code message} says why nothing was asked (null after a session);
     * {@code nextDue} is when the next studied term is due, or null.
     */
    Map<String, Object> document(String message, Instant nextDue) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("results", results.stream().map(QuizAnswer::json).toList());
        doc.put("correct", summary.score().correct());
        doc.put("total", summary.score().total());
        doc.put("answers", results.size());
        doc.put("percent", percent());
        doc.put("endedEarly", endedEarly);
        Map<String, Object> byLevel = new LinkedHashMap<>();
        summary.byLevel().forEach((level, s) -> byLevel.put(level.id(), Map.of("correct", s.correct(), "total", s.total())));
        doc.put("byLevel", byLevel);
        doc.put("seconds", summary.totalTime().toMillis() / 1000.0);
        doc.put("message", message);
        doc.put("nextDue", nextDue == null ? null : nextDue.toString());
        return doc;
    }

    String summary(Painter p, int width, String next) {
        var score = summary.score();
        StringBuilder s = new StringBuilder("\n");
        if (score.total() == 0) {
            return s.append("No answers given. ").append(next).append('\n').toString();
        }
        // Each figure keeps its words together, so that a narrow terminal breaks the line between figures.
        s.append(Wrap.indented(p.bold(Wrap.together("Score: " + score.correct() + "/" + score.total() + " (" + percent()
                + "%)")) + " " + Wrap.together("first try") + " " + Wrap.together("· " + Plural.of(results.size(), "answer"))
                + " " + Wrap.together("· " + Durations.of(summary.totalTime())), width, ""));
        for (Map.Entry<Level, SessionSummary.Score> e : summary.byLevel().entrySet()) {
            s.append(String.format(Locale.ROOT, "  %-13s %d/%d%n", e.getKey().id(), e.getValue().correct(),
                    e.getValue().total()));
        }
        if (!summary.misses().isEmpty()) {
            s.append(Wrap.indented("Missed: " + SafeText.names(summary.misses()), width, "  "));
        }
        return s.append(next).append('\n').toString();
    }
}
