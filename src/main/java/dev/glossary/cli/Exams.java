package dev.glossary.cli;

import dev.glossary.deck.Deck;
import dev.glossary.progress.Exam;
import dev.glossary.progress.ExamOutlook;
import dev.glossary.progress.ExamSchedule;
import dev.glossary.progress.Progress;
import dev.glossary.term.Plural;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The learner's exam in the deck a command works on, as every command that counts due terms, paces new ones
 * or shows the exam sees it. An exam whose day is over counts as none; {@link #lapse} clears it with a note.
 */
public final class Exams {
    private Exams() {
    }

    /** The deck's exam, unless its day is over. */
    public static Optional<Exam> active(Services services, Deck deck) {
        return services.config().exam(deck.id()).filter(e -> !e.lapsed(today(services)));
    }

    /** When the deck's studied terms fall due, with its exam in view. */
    public static ExamSchedule schedule(Services services, Deck deck) {
        return active(services, deck).map(e -> ExamSchedule.of(e, deck, services.clock().getZone(),
                services.progress().replayer().scheduler())).orElse(ExamSchedule.none());
    }

    public static Optional<ExamOutlook> outlook(Services services, Deck deck, Progress progress) {
        Instant now = services.clock().instant();
        ZoneId zone = services.clock().getZone();
        return active(services, deck).map(e -> ExamOutlook.of(e, deck, progress.deck(deck.id()),
                services.config().newPerDay(), services.progress().replayer().scheduler(), now, zone));
    }

    /** New terms a day for the deck: the learner's own count, or more for an exam. */
    public static int newPerDay(Services services, Deck deck, Progress progress) {
        return outlook(services, deck, progress).map(ExamOutlook::newPerDay).orElse(services.config().newPerDay());
    }

    /**
     * Clears the deck's exam when its day is over, and says so in one line (once: the setting is gone
     * after it). Empty when there is nothing to say.
     */
    public static Optional<String> lapse(Services services, Deck deck) {
        Optional<Exam> exam = services.config().exam(deck.id());
        if (exam.isEmpty() || !exam.get().lapsed(today(services))) {
            return Optional.empty();
        }
        services.config(services.config().withExam(deck.id(), null));
        return Optional.of("The exam of " + exam.get().date() + " is over; the ordinary schedule is back.");
    }

    /** "exam in 12 days · 40 unseen · 8 new/day · 87 % predicted recall". */
    public static String line(ExamOutlook o) {
        return when(o.daysLeft()) + " · " + o.unseen() + " unseen · " + o.newPerDay() + " new/day · "
                + percent(o.predictedRecall()) + " predicted recall";
    }

    /** "exam in 12 days", "exam tomorrow", "exam today": the prompt's short form. */
    public static String when(long daysLeft) {
        return daysLeft == 0 ? "exam today" : daysLeft == 1 ? "exam tomorrow" : "exam in " + Plural.of(daysLeft, "day");
    }

    public static String percent(double share) {
        return String.format(Locale.ROOT, "%d %%", Math.round(share * 100));
    }

    /** The {@code "exam"} object of {@code stats --json} and {@code exam --json}. */
    public static Map<String, Object> json(ExamOutlook o) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("date", o.exam().date().toString());
        doc.put("daysLeft", o.daysLeft());
        doc.put("unseen", o.unseen());
        doc.put("newPerDay", o.newPerDay());
        doc.put("predictedRecall", Math.round(o.predictedRecall() * 10_000) / 10_000.0);
        return doc;
    }

    private static LocalDate today(Services services) {
        return LocalDate.ofInstant(services.clock().instant(), services.clock().getZone());
    }
}
