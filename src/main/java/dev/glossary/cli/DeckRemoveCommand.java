package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.console.AnswerInput;
import dev.glossary.deck.Deck;
import dev.glossary.progress.TermHistory;
import dev.glossary.store.DeckCache;
import dev.glossary.store.DeckOrigins;
import dev.glossary.store.DeckReader;
import dev.glossary.store.DeckSource;
import dev.glossary.store.IoReason;
import dev.glossary.term.Plural;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code glossary deck remove ID [--forget-progress]}: removes an installed deck, its remembered source and its
 * cached copy. The learner's progress in it stays in progress.json (installing the deck again picks it up)
 * unless {@code --forget-progress}, which a learner at a terminal is asked to confirm once.
 */
public final class DeckRemoveCommand implements Callable<Integer> {
    private final Services services;
    private final Session session;
    private final CommandSpec spec;
    private String id;
    private boolean forget;

    public DeckRemoveCommand(Services services, Session session) {
        this.services = services;
        this.session = session;
        this.spec = CommandModel.of(this, "remove", "Remove an installed deck. Your progress in it stays (installing it"
                        + " again picks it up) unless --forget-progress.")
                .positional(PositionalParamSpec.builder().paramLabel("ID").description("The installed deck's id."),
                        String.class, () -> id, v -> id = v)
                .flag(OptionSpec.builder("--forget-progress").description("Also delete every review of this deck from"
                                + " your progress (asked once on a terminal)."),
                        () -> forget, v -> forget = v)
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        if (id.equals(DeckSource.bundled().id())) {
            throw GlossaryException.failure("\"" + id + "\" is the bundled deck, which comes with glossary and cannot"
                    + " be removed; use another with --deck ID");
        }
        Optional<Path> found = DeckSource.installedFile(services.files(), id);
        if (found.isEmpty()) {
            // Loading it gives the message with the closest installed ids, or finds a file the learner named.
            DeckSource.load(id, services.files(), Runnable::run);
            throw GlossaryException.failure(id + ": not an installed deck (only decks in " + services.files().decks()
                    + " can be removed); see them with: glossary deck list");
        }
        Path file = found.get();
        String deckId = deckIdOf(file);
        String label = deckId.equals(id) ? id : id + " (" + deckId + ")";
        Map<String, TermHistory> progress = services.progress().load().deck(deckId);
        int reviews = progress.values().stream().mapToInt(h -> h.reviews().size()).sum();
        PrintWriter out = spec.commandLine().getOut();
        if (forget && reviews > 0 && services.stdinIsTerminal() && !confirmed(deckId, reviews, progress.size())) {
            out.println("nothing removed");
            out.flush();
            return GlossaryException.FAILURE;
        }
        new DeckCache(services.files().deckCache(), Runnable::run).forget(file);
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new GlossaryException(GlossaryException.IO, file + ": cannot delete: " + IoReason.of(e));
        }
        DeckOrigins.delete(services.files(), deckId);
        if (forget && reviews > 0) {
            services.progress().forgetDeck(deckId);
            out.println("removed " + label + " and forgot your progress in it (" + Plural.of(reviews, "review") + ")");
        } else if (reviews > 0) {
            out.println("removed " + label + "; your progress in it (" + Plural.of(reviews, "review") + ") stays, and"
                    + " counts again if you install it again (--forget-progress deletes it)");
        } else {
            out.println("removed " + label);
        }
        out.flush();
        return 0;
    }

    /** The deck's id, from the deck itself; a file that no longer reads is known by its name. */
    private static String deckIdOf(Path file) {
        try {
            Deck deck = DeckReader.load(file);
            return deck.id();
        } catch (GlossaryException e) {
            String name = file.getFileName().toString();
            return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        }
    }

    private boolean confirmed(String deckId, int reviews, int terms) {
        AnswerInput input = session.answerInput(spec.commandLine().getErr());
        Optional<Character> answer;
        try {
            answer = input.key("Forget " + Plural.of(reviews, "review") + " of "
                    + Plural.of(terms, "term") + " in " + deckId + "? This cannot be undone. [y/N] ", "yn\n");
        } catch (AnswerInput.Interrupted e) {
            throw new GlossaryException(GlossaryException.INTERRUPTED, "nothing removed");
        }
        return answer.isPresent() && Character.toLowerCase(answer.get()) == 'y';
    }
}
