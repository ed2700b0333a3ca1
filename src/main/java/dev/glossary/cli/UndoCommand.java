package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.deck.Deck;
import dev.glossary.progress.Progress;
import dev.glossary.term.SafeText;
import picocli.CommandLine.Model.CommandSpec;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code glossary undo}: takes back the answer logged last for the deck (through the same lock, merge and
 * atomic write as every save), and says which it was; run again, it takes back the one before. A merge with
 * a copy that still holds the answer does not bring it back.
 */
public final class UndoCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Services services;
    private final Session session;
    private final CommandSpec spec;

    public UndoCommand(Services services, Session session) {
        this.services = services;
        this.session = session;
        this.spec = CommandModel.of(this, "undo",
                "Take back the last answer logged for the deck; run it again to go back further.").spec();
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        Deck deck = services.deck(session);
        Optional<Progress.Answer> taken = services.progress().undoLast(deck.id());
        if (taken.isEmpty()) {
            throw GlossaryException.failure("nothing to undo: deck " + deck.id() + " has no answers logged");
        }
        Progress.Answer answer = taken.get();
        String name = deck.byId(answer.termId()).map(t -> SafeText.line(t.name())).orElse(answer.termId());
        ZoneId zone = services.clock().getZone();
        var review = answer.review();
        spec.commandLine().getOut().println("Took back your answer to " + name + ": "
                + (review.mode().isEmpty() ? "" : review.mode() + ", ") + "rated " + review.rating().id()
                + (review.cram() ? " (cram)" : "") + ", at " + WHEN.format(review.at().atZone(zone))
                + ". The term is scheduled as it was before it.");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
