package dev.glossary.cli;

import dev.glossary.console.AnswerInput;
import dev.glossary.deck.Deck;
import dev.glossary.deck.Term;
import dev.glossary.progress.Progress;
import dev.glossary.progress.Review;
import dev.glossary.progress.TermHistory;
import dev.glossary.quiz.AutoRating;
import dev.glossary.quiz.CardInfo;
import dev.glossary.quiz.ChoiceQuestion;
import dev.glossary.quiz.DiffPart;
import dev.glossary.quiz.DistractorPicker;
import dev.glossary.quiz.Grade;
import dev.glossary.quiz.Masker;
import dev.glossary.quiz.Mode;
import dev.glossary.quiz.ModeChooser;
import dev.glossary.quiz.SessionQueue;
import dev.glossary.quiz.SessionSummary;
import dev.glossary.quiz.TypedAnswerGrader;
import dev.glossary.srs.Card;
import dev.glossary.srs.NextStates;
import dev.glossary.srs.Rating;
import dev.glossary.term.Durations;
import dev.glossary.term.Painter;
import dev.glossary.term.SafeText;
import dev.glossary.term.Wrap;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * Runs one quiz session: asks each term in its mode, grades, turns the answer into a rating, saves it at
 * once, and says how it went. It ends when every term is answered right, when input ends, or on Ctrl-C;
 * the answers given are kept in every case.
 */
final class QuizRunner {
    private static final String CHOICE_KEYS = "abcd";

    private final Services services;

    private final Session session;
    private final Deck deck;
    private final Map<String, CardInfo> cards;
    private final Mode requested;
    private final boolean cram;
    private final RandomGenerator rng;
    private final AnswerInput input;
    private final PrintWriter out;
    private final Painter paint;
    private final DistractorPicker picker;
    private final TypedAnswerGrader grader;
    private final List<QuizAnswer> results = new ArrayList<>();
    private final SessionSummary summary = new SessionSummary();
    /** The choice question each term was last asked, so that a come-back is not the same keypress. */
    private final Map<String, ChoiceQuestion> lastAsked = new HashMap<>();
    private boolean endedEarly;
    private boolean reported;

    QuizRunner(Services services, Session session, Deck deck, Map<String, CardInfo> cards, Mode requested, boolean cram, RandomGenerator rng,
               AnswerInput input, PrintWriter out) {
        this.services = services;
        this.session = session;
        this.deck = deck;
        this.cards = new LinkedHashMap<>(cards);
        this.requested = requested;
        this.cram = cram;
        this.rng = rng;
        this.input = input;
        this.out = out;
        this.paint = input.interactive() ? session.painter() : new Painter(false);
        this.picker = new DistractorPicker(deck);
        this.grader = new TypedAnswerGrader(deck);
    }

    /**
     * Asks the terms and hands the outcome to {@code report} once: when the session ends, or, for a one-shot
     * stopped by a signal between reads, from a shutdown hook (its answers are already saved).
     */
    QuizOutcome run(List<Term> terms, Consumer<QuizOutcome> report) {
        SessionQueue queue = new SessionQueue(terms);
        int asked = 0;
        boolean interrupted = false;
        Thread onExit = reportOnExit(report);
        try {
            while (!queue.isDone()) {
                Term term = queue.next().orElseThrow().term();
                asked++;
                Optional<Boolean> correct = ask(term, asked, terms.size());
                if (correct.isEmpty()) {
                    endedEarly = true;
                    break;
                }
                queue.answered(!correct.get());
            }
        } catch (AnswerInput.Interrupted e) {
            interrupted = true;
        } finally {
            removeHook(onExit);
        }
        return finish(interrupted, report);
    }

    /** Reports the session, unless the shutdown hook already did; the hook and the session wait for each other. */
    private synchronized QuizOutcome finish(boolean interrupted, Consumer<QuizOutcome> report) {
        if (interrupted) {
            endedEarly = true;
            out.println();
            out.println("Quiz stopped; every answer you gave is saved.");
        }
        out.flush();
        QuizOutcome outcome = new QuizOutcome(List.copyOf(results), summary, endedEarly, interrupted);
        if (!reported) {
            reported = true;
            report.accept(outcome);
        }
        return outcome;
    }

    private Thread reportOnExit(Consumer<QuizOutcome> report) {
        if (session.inRepl()) {
            return null;
        }
        Thread hook = new Thread(() -> finish(true, report));
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            return hook;
        } catch (IllegalStateException e) {
            return null;
        }
    }

    private static void removeHook(Thread hook) {
        if (hook == null) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook reports the session.
        }
    }

    /** Asks one question; empty when the input ended. */
    private Optional<Boolean> ask(Term term, int number, int planned) {
        CardInfo info = cards.getOrDefault(term.id(), CardInfo.newCard());
        Mode mode = ModeChooser.choose(requested, info, rng);
        out.println();
        out.println(paint.faint("[" + number + (number <= planned ? "/" + planned : "") + "] " + term.level().id()
                + " · " + mode.id()));
        Instant start = services.clock().instant();
        Answer answer = switch (mode) {
            case FLIP -> flip(term);
            case CHOICE, REVERSE -> choice(term, mode, info, start);
            case TYPED -> typed(term, info, start);
            case MIXED -> throw new IllegalStateException("mixed is resolved per term");
        };
        if (answer == null) {
            return Optional.empty();
        }
        // Saved before the learner may override the rating, so that Ctrl-C at that prompt loses nothing.
        Saved saved = save(term, mode, answer, start);
        if (mode != Mode.FLIP && input.interactive()) {
            Optional<Rating> own = override(answer.rating());
            if (own.isPresent() && own.get() != answer.rating()) {
                saved = rerate(saved, own.get());
            }
        }
        out.println(paint.faint(cram ? "Cram: logged, schedule unchanged."
                : "Next review in " + Durations.until(saved.review().at(), cards.get(term.id()).due()) + "."));
        return Optional.of(answer.correct());
    }

    /** The input, after everything printed so far has reached the screen (prompts may bypass our writer). */
    private AnswerInput ask() {
        out.flush();
        return input;
    }

    private Answer flip(Term term) {
        out.println(paint.bold(SafeText.line(term.name())));
        // A script may send one rating per line, with or without the blank line that reveals first.
        boolean piped = !input.interactive();
        Optional<Character> reveal = ask().key(paint.faint(piped ? "Enter to reveal, or a rating 1-4 " : "Enter to reveal "),
                piped ? "\n1234" : "\n");
        if (reveal.isEmpty()) {
            return null;
        }
        out.print(Wrap.indented(SafeText.clean(term.definition()), session.screen().width(), "  "));
        Optional<Rating> rating = Character.isDigit(reveal.get()) ? Optional.of(Rating.of(reveal.get() - '0'))
                : askRating(term, "How well did you know it? ");
        return rating.map(r -> new Answer(r.id(), r != Rating.AGAIN, r)).orElse(null);
    }

    private Answer choice(Term term, Mode mode, CardInfo info, Instant start) {
        ChoiceQuestion q = mode == Mode.CHOICE ? picker.choice(term, rng) : picker.reverse(term, rng);
        ChoiceQuestion before = lastAsked.get(term.id());
        if (before != null && before.mode() == mode) {
            q = q.withAnswerAwayFrom(before.answerIndex(), rng);
        }
        lastAsked.put(term.id(), q);
        int width = session.screen().width();
        if (mode == Mode.CHOICE) {
            out.println("Which term is this?");
            out.print(Wrap.indented(SafeText.clean(q.prompt()), width, "  "));
        } else {
            out.println("What does " + paint.bold(SafeText.line(q.prompt())) + " mean?");
        }
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < q.choices().size(); i++) {
            String label = (i + 1) + ") ";
            String text = SafeText.line(q.choices().get(i));
            if (mode == Mode.CHOICE) {
                out.println("  " + label + text);
            } else {
                List<String> lines = Wrap.lines(text, Math.max(20, width - 6));
                out.println("  " + label + lines.get(0));
                lines.subList(1, lines.size()).forEach(l -> out.println("     " + l));
            }
            keys.append(i + 1).append(CHOICE_KEYS.charAt(i));
        }
        int n = q.choices().size();
        Optional<Character> key = ask().key("Your answer (1-" + n + ") or letter (a-" + CHOICE_KEYS.charAt(n - 1) + "): ",
                keys.toString());
        if (key.isEmpty()) {
            return null;
        }
        char k = key.get();
        int index = Character.isDigit(k) ? k - '1' : CHOICE_KEYS.indexOf(k);
        boolean correct = q.isCorrect(index);
        Rating rating = AutoRating.rate(mode, correct, true, answerTime(start), info.isNew() ? null : info);
        feedback(term, correct, null, rating);
        if (mode == Mode.REVERSE) {
            // The question was the name: the right definition is worth reading once more, unmasked.
            out.print(Wrap.indented(SafeText.clean(term.definition()), width, "  "));
        }
        return new Answer(q.options().get(index).name(), correct, rating);
    }

    private Answer typed(Term term, CardInfo info, Instant start) {
        out.println("Type the term:");
        out.print(Wrap.indented(SafeText.clean(Masker.maskDefinition(term)), session.screen().width(), "  "));
        Optional<String> typed = ask().line("> ");
        if (typed.isEmpty()) {
            return null;
        }
        Grade grade = grader.grade(term, typed.get());
        Rating rating = AutoRating.rate(grade, answerTime(start), info.isNew() ? null : info);
        feedback(term, grade.correct(), grade, rating);
        return new Answer(typed.get(), grade.correct(), rating);
    }

    /** How long the learner took; unknown (null) when answers come from a pipe, where no one is timed. */
    private Duration answerTime(Instant start) {
        return input.interactive() ? Duration.between(start, services.clock().instant()) : null;
    }

    private void feedback(Term term, boolean correct, Grade grade, Rating rating) {
        if (correct) {
            out.println(paint.good("✓ Right") + (grade != null && !grade.exact()
                    ? " (close enough: " + diff(grade) + ")" : "") + " — " + paint.bold(SafeText.line(term.name())));
        } else {
            out.println(paint.bad("✗ Not quite") + " — it was " + paint.bold(SafeText.line(term.name())));
            if (grade != null && !grade.diff().isEmpty()) {
                out.println("  " + diff(grade));
            }
        }
    }

    /** Typed against expected: {@code [+x]} a letter missing, {@code [-x]} a letter too many. */
    private String diff(Grade grade) {
        StringBuilder s = new StringBuilder();
        for (DiffPart part : grade.diff()) {
            String text = SafeText.line(part.text());
            switch (part.kind()) {
                case SAME -> s.append(text);
                case MISSING -> s.append(paint.good("[+" + text + "]"));
                case EXTRA -> s.append(paint.bad("[-" + text + "]"));
            }
        }
        return s.toString();
    }

    private Optional<Rating> override(Rating auto) {
        Optional<Character> key = ask().key(paint.faint("Rated " + auto.id() + ". Enter to go on, or 1-4 to rate it yourself: "),
                "\n1234");
        return key.filter(Character::isDigit).map(k -> Rating.of(k - '0'));
    }

    /** Each key is labelled with the interval it would give, from the scheduler's four next states. */
    private Optional<Rating> askRating(Term term, String question) {
        Instant now = services.clock().instant();
        Card card = services.progress().load().card(deck.id(), term.id()).orElse(Card.newCard(now));
        NextStates next = services.progress().replayer().nextStates(card, deck.id(), term.id(), now);
        StringBuilder labels = new StringBuilder(question);
        for (Rating r : Rating.values()) {
            labels.append(r.value()).append(' ').append(r.id()).append(" (")
                    .append(Durations.until(now, next.get(r).due())).append(")  ");
        }
        return ask().key(labels.toString().stripTrailing() + " ", "1234").map(k -> Rating.of(k - '0'));
    }

    private Saved save(Term term, Mode mode, Answer answer, Instant start) {
        Instant now = services.clock().instant();
        long millis = Math.max(0, Duration.between(start, now).toMillis());
        Review review = new Review(now, answer.rating(), mode.id(), millis, cram);
        Progress progress = services.progress().record(deck.id(), term.id(), review);
        int index;
        synchronized (this) {
            summary.record(term, answer.correct(), Duration.ofMillis(millis));
            results.add(new QuizAnswer(term, mode, answer.text(), answer.correct(), answer.rating()));
            index = results.size() - 1;
        }
        return remember(new Saved(term, review, index), progress);
    }

    /** The learner's own rating replaces the one the quiz gave the answer just saved. */
    private Saved rerate(Saved saved, Rating rating) {
        Progress progress = services.progress().rerate(deck.id(), saved.term().id(), saved.review(), rating);
        synchronized (this) {
            results.set(saved.result(), results.get(saved.result()).withRating(rating));
        }
        Review review = new Review(saved.review().at(), rating, saved.review().mode(), saved.review().answerMillis(),
                cram);
        return remember(new Saved(saved.term(), review, saved.result()), progress);
    }

    /** Keeps what the quiz knows of the term's card up to date, for a come-back later in the session. */
    private Saved remember(Saved saved, Progress progress) {
        TermHistory history = progress.term(deck.id(), saved.term().id()).orElseThrow();
        cards.put(saved.term().id(), CardInfo.of(history, services.progress().replayer().scheduler(),
                saved.review().at()));
        return saved;
    }

    /** An answer as saved: its review, and where it is among the results. */
    private record Saved(Term term, Review review, int result) {
    }

    private record Answer(String text, boolean correct, Rating rating) {
    }
}
