package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.console.AnswerInput;
import dev.glossary.deck.Deck;
import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import dev.glossary.progress.Progress;
import dev.glossary.progress.Review;
import dev.glossary.progress.TermHistory;
import dev.glossary.quiz.AutoRating;
import dev.glossary.quiz.CardInfo;
import dev.glossary.quiz.ChoiceQuestion;
import dev.glossary.quiz.Contrast;
import dev.glossary.quiz.DiffPart;
import dev.glossary.quiz.DistractorPicker;
import dev.glossary.quiz.Grade;
import dev.glossary.quiz.Ladder;
import dev.glossary.quiz.Masker;
import dev.glossary.quiz.Mode;
import dev.glossary.quiz.ModeChooser;
import dev.glossary.quiz.SessionPlan;
import dev.glossary.quiz.SessionQueue;
import dev.glossary.quiz.SessionQueue.Step;
import dev.glossary.quiz.SessionQueue.Turn;
import dev.glossary.quiz.SessionSummary;
import dev.glossary.quiz.StudyDay;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * Runs one quiz session: introduces the terms met for the first time, asks each term in its mode, grades,
 * turns the answer into a rating, saves it at once, and says how it went. It ends when every term is
 * answered right, when input ends, or on Ctrl-C; the answers given are kept in every case.
 *
 * <p>Keys never clash with answers: choice and reverse answer with 1-4 or a-d, and the actions are
 * {@code u} (take back the last answer and ask it again), {@code r} (rate the last answer yourself), {@code @}
 * (suspend the term) and {@code -} (bury it until tomorrow), as in Anki; a typed answer takes them as
 * whole lines: {@code :undo}, {@code :rate}, {@code :suspend}, {@code :bury}. A right answer moves on at
 * once, so the next key pressed answers the next question. From a pipe every answer is one line, and
 * nothing waits for a key between two answers.
 */
final class QuizRunner {
    private static final String CHOICE_KEYS = "abcd";
    private static final char UNDO = 'u';
    private static final char RATE = 'r';
    private static final char SUSPEND = '@';
    private static final char BURY = '-';
    private static final String GO_ON = " \n";

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
    private final int leechLapses;
    private final Ladder ladder;
    private final Set<Level> levels;
    private final List<QuizAnswer> results = new ArrayList<>();
    /** The answers of this session still to be taken back, the last one on top. */
    private final Deque<Saved> saved = new ArrayDeque<>();
    /** Terms suspended during this session, which their results say. */
    private final Set<String> suspended = new LinkedHashSet<>();
    /** The choice question each term was last asked, so that a come-back is not the same keypress. */
    private final Map<String, ChoiceQuestion> lastAsked = new HashMap<>();
    private SessionQueue queue;
    /** Whether this session introduced a term yet: what the keys of an introduction do is said once. */
    private boolean introducedAny;
    private boolean endedEarly;
    private boolean reported;
    /** The term whose answer is being saved right now, for a quiz stopped in the middle of a save. */
    private volatile Term saving;

    /**
     * @param ladder what each term builds on, for an introduction's "builds on" note
     * @param levels the levels the learner chose: a prerequisite outside them, still new, is named on introduction
     */
    QuizRunner(Services services, Session session, Deck deck, Map<String, CardInfo> cards, Mode requested, boolean cram,
               RandomGenerator rng, AnswerInput input, PrintWriter out, Ladder ladder, Set<Level> levels) {
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
        this.leechLapses = services.config().leechLapses();
        this.ladder = ladder;
        this.levels = Set.copyOf(levels);
    }

    /** What a prompt ended in: an answer, one of the actions, or the end of input. */
    private sealed interface Move permits Answered, Act {
    }

    private record Answered(Answer answer) implements Move {
    }

    /** What a prompt ended in, other than an answer; {@code RATED}: the last answer was rated again. */
    private enum Act implements Move { GO_ON, RATED, UNDO, SUSPEND, BURY, END }

    /**
     * An answer as graded: how it was asked and when, what was answered, whether it was right, its rating, and
     * the term it named instead.
     */
    private record Answer(Mode mode, Instant asked, String text, boolean correct, Rating rating, Term confusedWith,
                          Grade grade) {
    }

    /** An answer as saved: its term, its review, and where it is among the results. */
    private record Saved(Term term, Review review, int result) {
    }

    /**
     * Asks the terms and hands the outcome to {@code report} once: when the session ends, or, for a one-shot
     * stopped by a signal between reads, from a shutdown hook (its answers are already saved).
     */
    QuizOutcome run(SessionPlan plan, Consumer<QuizOutcome> report) {
        queue = new SessionQueue(plan.terms(), plan.introduce());
        boolean interrupted = false;
        Thread onExit = reportOnExit(report);
        try (AnswerInput.Held held = input.hold()) {
            while (!queue.isDone() && !endedEarly) {
                Turn turn = queue.next().orElseThrow();
                if (turn.step() == Step.INTRODUCE) {
                    act(introduce(turn.term()), turn.term(), queue::introduced);
                } else {
                    Move move = ask(turn, queue.answeredCount() + 1, queue.total());
                    if (move instanceof Answered answered) {
                        answered(turn.term(), answered.answer());
                    } else {
                        act((Act) move, turn.term(), () -> { });
                    }
                }
            }
        } catch (AnswerInput.Interrupted e) {
            interrupted = true;
        } finally {
            removeHook(onExit);
        }
        return finish(interrupted, report);
    }

    /** Carries out an action taken at a prompt about {@code term}; {@code goOn} is what going on means there. */
    private void act(Act act, Term term, Runnable goOn) {
        switch (act) {
            case GO_ON, RATED -> goOn.run();
            case UNDO -> undoLast();
            case SUSPEND -> suspend(term);
            case BURY -> bury(term);
            case END -> endedEarly = true;
        }
    }

    private void answered(Term term, Answer answer) {
        int lapsesBefore = cards.getOrDefault(term.id(), CardInfo.newCard()).lapses();
        Saved s = save(term, answer);
        boolean again = comesBack(answer.correct(), answer.rating());
        queue.answered(again);
        if (answer.mode() == Mode.FLIP) {
            // The learner saw the back and rated it: no verdict to give, only what comes of it.
            say(paint.faint((cram ? (answer.correct() ? "Knew it" : "Not yet") : "Rated " + answer.rating().id())
                    + (again ? " · it comes back in a few cards" : nextReview(s))));
        } else if (answer.correct()) {
            Grade grade = answer.grade();
            say(paint.good("✓ Right") + (grade != null && !grade.exact() ? " (close enough: " + diff(grade) + ")"
                    : "") + " — " + paint.bold(SafeText.line(term.name()))
                    + (grade != null && grade.twin() != null ? ", the same as " + SafeText.line(grade.twin()) : "")
                    + paint.faint(nextReview(s)));
        } else {
            wrong(term, answer);
        }
        leech(term, s, lapsesBefore);
        if (!answer.correct() && answer.mode() != Mode.FLIP && input.interactive()) {
            // Keys after a miss are the learner's to read the card by; nothing answers before they go on.
            act(afterMiss(), term, () -> { });
        }
    }

    /** A miss comes back later in the session, unless the learner rated it good or easy; so does a right answer rated again. */
    private static boolean comesBack(boolean correct, Rating rating) {
        return rating == Rating.AGAIN || !correct && rating == Rating.HARD;
    }

    /** Reports the session, unless the shutdown hook already did; the hook and the session wait for each other. */
    private synchronized QuizOutcome finish(boolean interrupted, Consumer<QuizOutcome> report) {
        if (interrupted) {
            endedEarly = true;
            out.println();
            Term unsaved = saving;
            say(unsaved == null ? "Quiz stopped; every answer you gave is saved."
                    : "Quiz stopped while your answer to " + SafeText.line(unsaved.name()) + " was being saved; it may"
                    + " not be. Every answer before it is saved.");
        } else if (endedEarly && input.interactive()) {
            // Ctrl-D at a prompt: the summary starts below the prompt's line, as after any answer.
            out.println();
        }
        out.flush();
        List<QuizAnswer> answers = results.stream().map(r -> r.withSuspended(suspended.contains(r.term().id()))).toList();
        QuizOutcome outcome = new QuizOutcome(answers, summary(), endedEarly, interrupted);
        if (!reported) {
            reported = true;
            report.accept(outcome);
        }
        return outcome;
    }

    private synchronized SessionSummary summary() {
        SessionSummary summary = new SessionSummary();
        results.forEach(r -> summary.record(r.term(), r.correct(), Duration.ofMillis(r.millis())));
        return summary;
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

    /**
     * A term met for the first time: its card, to read before it is asked a few turns later. From a pipe
     * the card goes with the prompts and takes no line of input, so that scripts keep one line per answer.
     */
    private Act introduce(Term term) {
        out.println();
        out.println(paint.faint("New term · " + term.level().id()));
        say(paint.bold(SafeText.line(term.name())));
        out.print(card(term, true));
        buildsOn(term);
        if (!input.interactive()) {
            return Act.GO_ON;
        }
        if (!introducedAny) {
            introducedAny = true;
            out.print(Wrap.indented(paint.faint("New terms are shown first and asked a few cards later. @ suspends one"
                    + " you know already, - buries it until tomorrow."), width(), ""));
        }
        return prompt("Space or Enter to go on ", GO_ON, false).orElse(Act.END);
    }

    /**
     * "Builds on: Timeout Pattern, new to you; see it with: show Timeout Pattern": the prerequisites the chosen
     * levels left out of the session that the learner has not met yet.
     */
    private void buildsOn(Term term) {
        List<Term> unmet = ladder.prerequisites(term).stream().filter(t -> !levels.contains(t.level()))
                .filter(t -> !cards.getOrDefault(t.id(), CardInfo.newCard()).met()).toList();
        if (unmet.isEmpty()) {
            return;
        }
        String names = SafeText.names(unmet);
        out.print(Wrap.indented(paint.faint("Builds on: ") + names + paint.faint(", new to you; see "
                + (unmet.size() == 1 ? "it" : "them") + " with: ") + command("show " + TermLookup.argument(unmet.get(0))),
                width(), "  "));
    }

    /** Asks one question. */
    private Move ask(Turn turn, int number, int total) {
        Term term = turn.term();
        CardInfo info = cards.getOrDefault(term.id(), CardInfo.newCard());
        Mode mode = turn.step() == Step.ASK_NEW ? ModeChooser.introduced(requested)
                : ModeChooser.choose(requested, info, rng);
        out.println();
        String label = switch (turn.step()) {
            case ASK_NEW -> "new · ";
            case AGAIN -> "again · ";
            default -> "";
        };
        out.println(paint.faint("[" + number + "/" + Math.max(number, total) + "] " + label + term.level().id() + " · "
                + mode.id()));
        Instant start = services.clock().instant();
        return switch (mode) {
            case FLIP -> flip(term, start);
            case CHOICE, REVERSE -> choice(term, mode, info, start);
            case TYPED -> typed(term, info, start);
            case MIXED -> throw new IllegalStateException("mixed is resolved per term");
        };
    }

    /** The input, after everything printed so far has reached the screen (prompts may bypass our writer). */
    private AnswerInput input() {
        out.flush();
        return input;
    }

    private Move flip(Term term, Instant start) {
        out.println(paint.bold(SafeText.line(term.name())));
        // A script may send one rating per line, with or without the blank line that reveals first.
        boolean piped = !input.interactive();
        String keys = GO_ON + (piped ? "1234" : "") + actionKeys(true);
        while (true) {
            Optional<Character> key = input().key(piped ? "Enter to reveal, or a rating 1-4 " : "Space or Enter to reveal ",
                    keys);
            if (key.isEmpty()) {
                return Act.END;
            }
            Optional<Act> act = action(key.get(), true);
            if (act.isEmpty() || act.get() == Act.RATED) {
                continue;
            }
            if (act.get() != Act.GO_ON) {
                return act.get();
            }
            if (Character.isDigit(key.get())) {
                return flipAnswer(start, Rating.of(key.get() - '0'));
            }
            break;
        }
        out.print(back(term));
        String prompt = ratingPrompt(term);
        while (true) {
            Optional<Character> key = input().key(prompt, GO_ON + "1234" + actionKeys(false));
            if (key.isEmpty()) {
                return Act.END;
            }
            char k = key.get();
            if (Character.isDigit(k)) {
                return flipAnswer(start, Rating.of(k - '0'));
            }
            if (GO_ON.indexOf(k) >= 0) {
                return flipAnswer(start, Rating.GOOD);
            }
            Optional<Act> act = action(k, false);
            if (act.isPresent() && act.get() != Act.GO_ON && act.get() != Act.RATED) {
                return act.get();
            }
        }
    }

    private static Answered flipAnswer(Instant asked, Rating rating) {
        return new Answered(new Answer(Mode.FLIP, asked, rating.id(), rating != Rating.AGAIN, rating, null, null));
    }

    /**
     * The prompt for a flip card's rating, after a line that labels each rating key with the interval it would
     * give, from the scheduler's four next states; Space or Enter is good, as in Anki. In cram, where the
     * schedule is left alone, only whether the learner knew it.
     */
    private String ratingPrompt(Term term) {
        if (cram) {
            return "Space or Enter if you knew it, 1 if not ";
        }
        Instant now = services.clock().instant();
        Card card = services.progress().load().card(deck.id(), term.id()).orElse(Card.newCard(now));
        out.print(Wrap.indented(intervals(card, term, now), width(), ""));
        return "Space/Enter good, or 1-4: ";
    }

    /** "1 again (1m) · 2 hard (6m) · 3 good (10m) · 4 easy (8d)": what each rating of {@code card} at {@code at} gives. */
    private String intervals(Card card, Term term, Instant at) {
        NextStates next = services.progress().replayer().nextStates(card, deck.id(), term.id(), at);
        List<String> labels = new ArrayList<>();
        for (Rating r : Rating.values()) {
            labels.add(Wrap.together(r.value() + " " + r.id() + " (" + Durations.until(at, next.get(r).due()) + ")"));
        }
        return String.join(" · ", labels);
    }

    private Move choice(Term term, Mode mode, CardInfo info, Instant start) {
        ChoiceQuestion q = mode == Mode.CHOICE ? picker.choice(term, rng) : picker.reverse(term, rng);
        ChoiceQuestion before = lastAsked.get(term.id());
        if (before != null && before.mode() == mode) {
            q = q.withAnswerAwayFrom(before.answerIndex(), rng);
        }
        lastAsked.put(term.id(), q);
        int width = width();
        if (mode == Mode.CHOICE) {
            out.println("Which term is this?");
            out.print(Wrap.indented(SafeText.clean(q.prompt()), width, "  "));
        } else {
            say("What does " + paint.bold(SafeText.line(q.prompt())) + " mean?");
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
        String prompt = "Your answer (1-" + n + " or a-" + CHOICE_KEYS.charAt(n - 1) + "): ";
        while (true) {
            Optional<Character> key = input().key(prompt, keys + actionKeys(true));
            if (key.isEmpty()) {
                return Act.END;
            }
            char k = key.get();
            if (keys.indexOf(String.valueOf(k)) < 0) {
                Optional<Act> act = action(k, true);
                if (act.isPresent() && act.get() != Act.RATED) {
                    return act.get();
                }
                continue;
            }
            int index = Character.isDigit(k) ? k - '1' : CHOICE_KEYS.indexOf(k);
            boolean correct = q.isCorrect(index);
            Rating rating = AutoRating.rate(mode, correct, true, answerTime(start), info.isNew() ? null : info);
            Term picked = q.options().get(index);
            return new Answered(new Answer(mode, start, picked.name(), correct, rating, correct ? null : picked, null));
        }
    }

    private Move typed(Term term, CardInfo info, Instant start) {
        say("Type the term:");
        out.print(Wrap.indented(SafeText.clean(Masker.maskDefinition(term, deck.same(term))), width(), "  "));
        while (true) {
            Optional<String> typed = input().line("> ");
            if (typed.isEmpty()) {
                return Act.END;
            }
            Optional<Act> act = typedAction(typed.get());
            if (act.isPresent()) {
                if (act.get() != Act.GO_ON && act.get() != Act.RATED) {
                    return act.get();
                }
                continue;
            }
            Grade grade = grader.grade(term, typed.get());
            Rating rating = AutoRating.rate(grade, answerTime(start), info.isNew() ? null : info);
            return new Answered(new Answer(Mode.TYPED, start, typed.get(), grade.correct(), rating,
                    grade.confusedWith(), grade));
        }
    }

    /**
     * A whole line that is an action: {@code :undo}, {@code :rate}, {@code :suspend} or {@code :bury} (or their
     * first letter); {@code GO_ON} for one that was carried out here (a rating) or was no action at all but
     * began with a colon and a letter, which is told so; empty for an answer.
     */
    private Optional<Act> typedAction(String line) {
        String word = line.strip().toLowerCase(java.util.Locale.ROOT);
        if (!word.matches(":[a-z]+")) {
            return Optional.empty();
        }
        char key = switch (word) {
            case ":undo", ":u" -> UNDO;
            case ":rate", ":r" -> RATE;
            case ":suspend", ":s" -> SUSPEND;
            case ":bury", ":b" -> BURY;
            default -> 0;
        };
        if (key == 0) {
            say(paint.faint("(type the term, or :undo, :rate, :suspend or :bury)"));
            return Optional.of(Act.GO_ON);
        }
        return Optional.of(action(key, true).orElse(Act.GO_ON));
    }

    /** How long the learner took; unknown (null) when answers come from a pipe, where no one is timed. */
    private Duration answerTime(Instant start) {
        return input.interactive() ? Duration.between(start, services.clock().instant()) : null;
    }

    /**
     * The right card in full, and when the answer named another term of the deck, that term's definition beside
     * it and what tells the two apart.
     */
    private void wrong(Term term, Answer answer) {
        say(paint.bad("✗ Not quite") + " — it was " + paint.bold(SafeText.line(term.name())));
        if (answer.grade() != null && !answer.grade().diff().isEmpty()) {
            out.println("  " + diff(answer.grade()));
        }
        out.print(card(term, false));
        Term other = answer.confusedWith();
        if (other == null) {
            return;
        }
        int width = width();
        out.print(Wrap.indented(paint.faint("You answered ") + paint.bold(SafeText.line(other.name())) + paint.faint(":"),
                width(), "  "));
        out.print(Wrap.indented(SafeText.clean(other.definition()), width, "  "));
        out.print(tellApart(paint, term, other, width));
    }

    /** "Tell them apart: Token Bucket — a limiting algorithm…; Leaky Bucket — a rate-limiting…", wrapped. */
    static String tellApart(Painter paint, Term right, Term answered, int width) {
        Contrast.Gist gist = Contrast.between(right, answered);
        String lead = gist.trimmed() ? "…" : "";
        String last = SafeText.line(gist.answeredGist());
        return Wrap.indented(paint.accent("Tell them apart: ") + SafeText.line(right.name()) + " — " + lead
                + sentenceCase(SafeText.line(gist.rightGist())) + "; " + SafeText.line(answered.name()) + " — " + lead
                + sentenceCase(last) + (last.endsWith("…") ? "" : "."), width, "  ");
    }

    /**
     * A gist in the middle of a line: "The HTTP status…" as "the HTTP status…", "A callback…" as "a callback…",
     * but "HTTP status…" as it is.
     */
    private static String sentenceCase(String gist) {
        return gist.matches("\\p{Lu}\\p{Ll}*(?:\\s.*)?") ? Character.toLowerCase(gist.charAt(0)) + gist.substring(1)
                : gist;
    }

    /** After a miss: Space or Enter goes on, or an action on the answer just given. */
    private Act afterMiss() {
        out.print(Wrap.indented(paint.faint(actions(true)), width(), ""));
        return prompt("Space or Enter to go on ", GO_ON, true).orElse(Act.END);
    }

    /**
     * Reads {@code keys} or an action until one is carried out or ends the prompt: GO_ON for one of {@code
     * keys}, RATED when the last answer was rated again (which goes on too), else the action; empty when the
     * input ended.
     */
    private Optional<Act> prompt(String text, String keys, boolean rateAllowed) {
        while (true) {
            Optional<Character> key = input().key(text, keys + actionKeys(rateAllowed));
            if (key.isEmpty()) {
                return Optional.empty();
            }
            if (keys.indexOf(key.get()) >= 0) {
                return Optional.of(Act.GO_ON);
            }
            Optional<Act> act = action(key.get(), rateAllowed);
            if (act.isPresent()) {
                return act;
            }
        }
    }

    /** The action keys a prompt takes: rating the last answer means nothing in cram, nor before any answer. */
    private String actionKeys(boolean rateAllowed) {
        return "" + UNDO + SUSPEND + BURY + (rateAllowed && !cram ? String.valueOf(RATE) : "");
    }

    /** The line that names the actions, for a learner at a terminal. */
    private String actions(boolean rateAllowed) {
        return (rateAllowed && !cram ? Wrap.together("r rate it yourself") + " · " : "")
                + Wrap.together("u undo the last answer") + " · " + Wrap.together("@ suspend") + " · "
                + Wrap.together("- bury");
    }

    /**
     * What an action key does: {@code r} rates the last answer here and now (RATED; empty when there is none or
     * the learner kept the rating, to be asked again); the others are for the caller to carry out, except
     * {@code u} with nothing to take back; GO_ON for any other key.
     */
    private Optional<Act> action(char key, boolean rateAllowed) {
        switch (key) {
            case UNDO -> {
                if (saved.isEmpty()) {
                    out.print(Wrap.indented(paint.faint("Nothing to take back in this session; earlier answers: "
                            + command("undo")), width(), ""));
                    return Optional.empty();
                }
                return Optional.of(Act.UNDO);
            }
            case RATE -> {
                if (!rateAllowed || cram || saved.isEmpty()) {
                    return Optional.empty();
                }
                return rateLast() ? Optional.of(Act.RATED) : Optional.empty();
            }
            case SUSPEND -> {
                return Optional.of(Act.SUSPEND);
            }
            case BURY -> {
                return Optional.of(Act.BURY);
            }
            default -> {
                return Optional.of(Act.GO_ON);
            }
        }
    }

    /**
     * "Rate the last answer: 1-4", each key with the interval it gives from where the card stood before; false
     * when the learner kept the rating.
     */
    private boolean rateLast() {
        Saved last = saved.peek();
        Term term = last.term();
        TermHistory history = services.progress().load().term(deck.id(), term.id()).orElse(null);
        String labels = "Rate your last answer (" + SafeText.line(term.name()) + ")";
        if (history != null) {
            List<Review> before = history.reviews().stream().filter(r -> r.at().isBefore(last.review().at())).toList();
            Card card = before.stream().anyMatch(r -> !r.cram())
                    ? services.progress().replayer().replay(deck.id(), term.id(), before) : Card.newCard(last.review().at());
            labels += ": " + intervals(card, term, last.review().at());
        }
        out.println();
        out.print(Wrap.indented(labels, width(), ""));
        Optional<Character> key = input().key("1-4, or Enter to keep it: ", "1234\n");
        if (key.isEmpty() || !Character.isDigit(key.get())) {
            return false;
        }
        Rating rating = Rating.of(key.get() - '0');
        if (rating == last.review().rating()) {
            return true;
        }
        Saved rerated = rerate(last, rating);
        saved.pop();
        saved.push(rerated);
        queue.rerated(comesBack(results.get(rerated.result()).correct(), rating));
        say(paint.faint("Rated " + rating.id() + nextReview(rerated) + "."));
        return true;
    }

    private String nextReview(Saved s) {
        if (s.review().cram()) {
            return "";
        }
        CardInfo info = cards.get(s.term().id());
        return info == null || info.due() == null ? "" : " · next review in " + Durations.until(s.review().at(), info.due());
    }

    /** The last answer of this session, taken back: out of the log for good, and asked again now. */
    private void undoLast() {
        Saved last = saved.pop();
        Progress progress = services.progress().undo(deck.id(), last.term().id(), last.review());
        synchronized (this) {
            results.remove(last.result());
        }
        remember(last.term(), progress, services.clock().instant());
        queue.undo();
        say(paint.faint("Took back your answer to " + SafeText.line(last.term().name()) + "; here it is again."));
    }

    private void suspend(Term term) {
        services.progress().suspend(deck.id(), List.of(term.id()), true);
        suspended.add(term.id());
        queue.drop(term.id());
        cards.put(term.id(), suspendedCard(term));
        out.print(Wrap.indented(paint.faint("Suspended " + SafeText.line(term.name()) + ": it will not come up again"
                + " (bring it back with: " + command("unsuspend " + TermLookup.argument(term)) + ")."), width(), ""));
    }

    private CardInfo suspendedCard(Term term) {
        CardInfo c = cards.getOrDefault(term.id(), CardInfo.newCard());
        return new CardInfo(c.isNew(), c.due(), c.retrievability(), c.reps(), c.lapses(), c.stability(), c.graduated(),
                c.lastMissed(), c.lastReview(), c.met(), true, c.buried());
    }

    private void bury(Term term) {
        Instant now = services.clock().instant();
        services.progress().bury(deck.id(), List.of(term.id()), StudyDay.nextStart(now, services.clock().getZone()));
        queue.drop(term.id());
        say(paint.faint("Buried " + SafeText.line(term.name()) + " until tomorrow."));
    }

    /** A lapse that makes (or keeps) a term a leech: say so, and what helps. */
    private void leech(Term term, Saved s, int lapsesBefore) {
        CardInfo info = cards.get(term.id());
        if (s.review().cram() || info == null || info.lapses() <= lapsesBefore || info.lapses() < leechLapses) {
            return;
        }
        List<Term> related = deck.related(term);
        String names = related.isEmpty() ? "" : " (" + String.join(", ",
                related.stream().limit(4).map(t -> SafeText.line(t.name())).toList()) + (related.size() > 4 ? ", …" : "")
                + ")";
        out.print(Wrap.indented(paint.warn("Hard term: ") + SafeText.line(term.name()) + " has lapsed " + info.lapses()
                + " times. Reading it beside its related terms" + names + " often helps: "
                + command("show " + TermLookup.argument(term)), width(), "  "));
    }

    /**
     * The definition and example, and on the back of a flip card or an introduction the other names too: aliases,
     * and the twins ("Same as", the deck's {@code same}) a typed answer may give instead.
     */
    private String card(Term term, boolean withNames) {
        int width = width();
        StringBuilder s = new StringBuilder(Wrap.indented(SafeText.clean(term.definition()), width, "  "));
        if (!term.example().isEmpty()) {
            s.append(Wrap.indented(paint.faint("Example: ") + SafeText.clean(term.example()), width, "  "));
        }
        if (withNames && !term.aliases().isEmpty()) {
            s.append(Wrap.indented(paint.faint("Also known as: ") + String.join(", ",
                    term.aliases().stream().map(SafeText::line).toList()), width, "  "));
        }
        List<Term> twins = withNames ? deck.same(term) : List.of();
        if (!twins.isEmpty()) {
            s.append(Wrap.indented(paint.faint("Same as: ") + SafeText.names(twins), width, "  "));
        }
        return s.toString();
    }

    private String back(Term term) {
        return card(term, true);
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

    /** A line of text wrapped to the screen, so that a narrow terminal does not cut a word in two. */
    private void say(String text) {
        out.print(Wrap.indented(text, width(), ""));
    }

    /** A command as the learner types it here, kept on one line when wrapped. */
    private String command(String command) {
        return Wrap.together(ErrorLine.typed(session, command));
    }

    private int width() {
        return session.screen().width();
    }

    private Saved save(Term term, Answer answer) {
        Instant now = services.clock().instant();
        long millis = Math.max(0, Duration.between(answer.asked(), now).toMillis());
        Review review = new Review(now, answer.rating(), answer.mode().id(), millis, cram,
                answer.confusedWith() == null ? null : answer.confusedWith().id(), null);
        saving = term;
        Progress progress;
        try {
            progress = services.progress().record(deck.id(), term.id(), review);
        } catch (GlossaryException e) {
            throw new GlossaryException(e.exitCode(), "your answer to " + SafeText.line(term.name()) + " was not saved: "
                    + e.getMessage());
        } finally {
            saving = null;
        }
        int index;
        synchronized (this) {
            results.add(new QuizAnswer(term, answer.mode(), answer.text(), answer.correct(), answer.rating(),
                    answer.confusedWith(), millis));
            index = results.size() - 1;
        }
        Saved s = new Saved(term, review, index);
        saved.push(s);
        remember(term, progress, now);
        return s;
    }

    /** The learner's own rating replaces the one the quiz gave the answer already saved. */
    private Saved rerate(Saved s, Rating rating) {
        Progress progress = services.progress().rerate(deck.id(), s.term().id(), s.review(), rating);
        synchronized (this) {
            results.set(s.result(), results.get(s.result()).withRating(rating));
        }
        Review review = s.review().withRating(rating);
        remember(s.term(), progress, s.review().at());
        return new Saved(s.term(), review, s.result());
    }

    /** Keeps what the quiz knows of the term's card up to date, for a come-back later in the session. */
    private void remember(Term term, Progress progress, Instant at) {
        Optional<TermHistory> history = progress.term(deck.id(), term.id());
        cards.put(term.id(), history.map(h -> CardInfo.of(h, services.progress().replayer().scheduler(), at))
                .orElse(CardInfo.newCard()));
    }
}
