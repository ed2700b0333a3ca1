package dev.glossary.store;

import dev.glossary.GlossaryException;
import dev.glossary.deck.Deck;
import dev.glossary.deck.DeckValidator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the deck a command works on: the bundled deck by default, else {@code --deck} as a file path or
 * as the id of a deck installed in the learner's directory.
 */
public final class DeckSource {
    public static final String BUNDLED = "/glossary/terms.json";

    private DeckSource() {
    }

    public static Deck bundled() {
        try (InputStream in = DeckSource.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw GlossaryException.failure("the bundled deck is missing from this build; rebuild with mvn package");
            }
            return DeckReader.load("bundled deck " + BUNDLED, in);
        } catch (IOException e) {
            throw new GlossaryException(GlossaryException.IO, "cannot read the bundled deck: " + e.getMessage());
        }
    }

    /** Resolves {@code --deck}: null means the bundled deck. */
    public static Deck load(String deckOption, LearnerFiles files) {
        if (deckOption == null || deckOption.isBlank()) {
            return bundled();
        }
        Path path = Path.of(deckOption);
        if (Files.isRegularFile(path)) {
            return DeckReader.load(path);
        }
        if (DeckValidator.isSlug(deckOption)) {
            Path installed = files.installedDeck(deckOption);
            if (Files.isRegularFile(installed)) {
                return DeckReader.load(installed);
            }
            Deck bundled = bundled();
            if (bundled.id().equals(deckOption)) {
                return bundled;
            }
        }
        throw new GlossaryException(GlossaryException.IO, deckOption
                + ": no such deck file or installed deck; see installed decks with: glossary deck list");
    }
}
