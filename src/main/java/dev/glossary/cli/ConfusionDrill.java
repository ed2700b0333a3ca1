package dev.glossary.cli;

import dev.glossary.console.AnswerInput;
import dev.glossary.deck.Deck;
import dev.glossary.deck.Term;
import dev.glossary.progress.Confusions.Pair;
import dev.glossary.progress.Review;
import dev.glossary.quiz.AutoRating;
import dev.glossary.quiz.CardInfo;
import dev.glossary.quiz.Masker;
import dev.glossary.quiz.Mode;
import dev.glossary.quiz.SessionSummary;
import dev.glossary.srs.Rating;
import dev.glossary.term.Painter;
import dev.glossary.term.SafeText;
import dev.glossary.term.Wrap;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * {@code quiz --confusions}: "which is which?" cards for the pairs a learner mixed up. Each card shows both
 * names and one of the two definitions (both names masked in it) and takes one key; the pair's other card
 * follows, so each pair is asked both ways. An answer is saved at once as a choice answer to the term whose
 * definition was shown, with the pair's other term ({@link Review#pairedWith()}), and a wrong one as a new
 * confusion; a card answered wrong comes back at the end of the session until it is answered right.
 */
final class ConfusionDrill {
    private static final String KEYS = "12ab";

    private final Services services;
    private final Session session;
    private final Deck deck;
    private final Map<String, CardInfo> cards;
    private final boolean cram;
    private final RandomGenerator rng;
    private final AnswerInput input;
    private final PrintWriter out;
    private final Painter paint;
    private final List<QuizAnswer> results = new ArrayList<>();
    private final SessionSummary summary = new SessionSummary();

    /** One card: the term whose definition is shown, the other of its pair, and which of the two is listed first. */
    private record Card(Term shown, Term other, boolean shownFirst) {
    }

    ConfusionDrill(Services services, Session session, Deck deck, Map<String, CardInfo> cards, boolean cram,
                   RandomGenerator rng, AnswerInput input, PrintWriter out) {
        this.services = services;
        this.session = session;
        this.deck = deck;
        this.cards = cards;
        this.cram = cram;
        this.rng = rng;
        this.input = input;
        this.out = out;
        this.paint = input.interactive() ? session.painter() : new Painter(false);
    }

    QuizOutcome run(List<Pair> pairs) {
        Deque<Card> queue = new ArrayDeque<>();
        for (Pair pair : pairs) {
            Term a = deck.byId(pair.a()).orElseThrow();
            Term b = deck.byId(pair.b()).orElseThrow();
            boolean aFirst = rng.nextBoolean();
            Term first = aFirst ? a : b;
            Term second = aFirst ? b : a;
            queue.add(new Card(first, second, rng.nextBoolean()));
            queue.add(new Card(second, first, rng.nextBoolean()));
        }
        int total = queue.size();
        int asked = 0;
        boolean endedEarly = false;
        boolean interrupted = false;
        try (AnswerInput.Held held = input.hold()) {
            while (!queue.isEmpty()) {
                Card card = queue.poll();
                asked++;
                Optional<Boolean> right = ask(card, asked, Math.max(asked, total));
                if (right.isEmpty()) {
                    endedEarly = true;
                    break;
                }
                if (!right.get()) {
                    queue.add(new Card(card.shown(), card.other(), rng.nextBoolean()));
                    total++;
                }
            }
        } catch (AnswerInput.Interrupted e) {
            interrupted = true;
            endedEarly = true;
            out.println();
            say("Quiz stopped; every answer you gave is saved.");
        }
        out.flush();
        return new QuizOutcome(List.copyOf(results), summary, endedEarly, interrupted);
    }

    /** Asks one card; empty when the input ended. */
    private Optional<Boolean> ask(Card card, int number, int total) {
        Term first = card.shownFirst() ? card.shown() : card.other();
        Term second = card.shownFirst() ? card.other() : card.shown();
        out.println();
        out.println(paint.faint("[" + number + "/" + total + "] which is which? · " + card.shown().level().id()));
        say("Which term does this define: " + paint.bold(SafeText.line(first.name())) + " or "
                + paint.bold(SafeText.line(second.name())) + "?");
        String masked = Masker.mask(card.other(), Masker.maskDefinition(card.shown()));
        out.print(Wrap.indented(SafeText.clean(masked), width(), "  "));
        out.println("  1) " + SafeText.line(first.name()));
        out.println("  2) " + SafeText.line(second.name()));
        Instant start = services.clock().instant();
        out.flush();
        Optional<Character> key = input.key("Your answer (1-2 or a-b): ", KEYS);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        int index = KEYS.indexOf(key.get()) % 2;
        Term picked = index == 0 ? first : second;
        boolean correct = picked.id().equals(card.shown().id());
        CardInfo info = cards.getOrDefault(card.shown().id(), CardInfo.newCard());
        Duration time = input.interactive() ? Duration.between(start, services.clock().instant()) : null;
        Rating rating = AutoRating.rate(Mode.CHOICE, correct, true, time, info.isNew() ? null : info);
        save(card, picked, correct, rating, start);
        if (correct) {
            say(paint.good("✓ Right") + " — " + paint.bold(SafeText.line(card.shown().name())));
            return Optional.of(true);
        }
        wrong(card);
        if (input.interactive()) {
            // Keys after a miss are the learner's to read both definitions by; nothing answers before they go on.
            out.flush();
            if (input.key("Space or Enter to go on ", " \n").isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.of(false);
    }

    private void wrong(Card card) {
        Term right = card.shown();
        Term other = card.other();
        say(paint.bad("✗ Not quite") + " — that was " + paint.bold(SafeText.line(right.name())) + "; it comes back at"
                + " the end.");
        out.print(Wrap.indented(paint.faint(SafeText.line(other.name()) + ": ") + SafeText.clean(other.definition()),
                width(), "  "));
        out.print(QuizRunner.tellApart(paint, right, other, width()));
    }

    private void save(Card card, Term picked, boolean correct, Rating rating, Instant start) {
        Instant now = services.clock().instant();
        long millis = Math.max(0, Duration.between(start, now).toMillis());
        Review review = new Review(now, rating, Mode.CHOICE.id(), millis, cram, correct ? null : card.other().id(),
                card.other().id());
        services.progress().record(deck.id(), card.shown().id(), review);
        results.add(new QuizAnswer(card.shown(), Mode.CHOICE, picked.name(), correct, rating,
                correct ? null : card.other(), millis));
        summary.record(card.shown(), correct, Duration.ofMillis(millis));
    }

    private void say(String text) {
        out.print(Wrap.indented(text, width(), ""));
    }

    private int width() {
        return session.screen().width();
    }
}
