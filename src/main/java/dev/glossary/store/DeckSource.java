package dev.glossary.store;

import dev.glossary.GlossaryException;
import dev.glossary.deck.Deck;
import dev.glossary.deck.DeckValidator;
import dev.glossary.search.IdSuggestions;
import dev.glossary.search.SearchIndex;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Finds the deck a command works on: the bundled deck by default, else {@code --deck} as a file path, or as
 * the file name or deck id of a deck installed in the learner's directory.
 */
public final class DeckSource {
    public static final String BUNDLED = "/glossary/terms.json";
    /** {@link #BUNDLED}, checked and converted at build time by {@link BundledDeckBuilder}. */
    static final String BUNDLED_BINARY = "/glossary/terms.bin";
    /** The bundled deck's search index, built at build time by {@link BundledDeckBuilder}. */
    static final String BUNDLED_INDEX = "/glossary/terms.index";
    /** Read once per process (two threads may both read it: they get equal decks, and either is kept). */
    private static volatile Deck bundledDeck;

    private DeckSource() {
    }

    /**
     * The deck in the jar, from its binary form: parsing and checking the JSON took most of a one-shot's
     * deck loading. The JSON is the fallback for a class path the build step has not run on (an IDE's).
     */
    public static Deck bundled() {
        Deck deck = bundledDeck;
        if (deck == null) {
            deck = bundled(BUNDLED_BINARY, BUNDLED);
            bundledDeck = deck;
        }
        return deck;
    }

    /** The resources are parameters so that a test can name a binary that is not there and get the fallback. */
    static Deck bundled(String binaryResource, String jsonResource) {
        try {
            InputStream binary = DeckSource.class.getResourceAsStream(binaryResource);
            if (binary != null) {
                try (binary) {
                    return DeckBinary.read("bundled deck " + binaryResource, binary);
                }
            }
            InputStream json = DeckSource.class.getResourceAsStream(jsonResource);
            if (json == null) {
                throw GlossaryException.failure("the bundled deck is missing from this build; rebuild with mvn package");
            }
            try (json) {
                return DeckReader.load("bundled deck " + jsonResource, json);
            }
        } catch (IOException e) {
            throw new GlossaryException(GlossaryException.IO, "cannot read the bundled deck: " + IoReason.of(e));
        }
    }

    /**
     * Resolves {@code --deck}: null means the bundled deck. A large deck file's cached copy, when one has to
     * be made, is written by {@code background}.
     */
    public static LoadedDeck load(String deckOption, LearnerFiles files, Executor background) {
        if (deckOption == null) {
            return loadedBundled();
        }
        if (deckOption.isBlank()) {
            throw new GlossaryException(GlossaryException.USAGE, "--deck \"" + deckOption + "\" names no deck; give a"
                    + " deck file or an installed deck's id, or leave --deck out for the bundled deck");
        }
        Path path = Path.of(deckOption);
        DeckCache cache = new DeckCache(files.deckCache(), background);
        if (Files.isRegularFile(path)) {
            return cache.load(path);
        }
        if (Files.exists(path) && !Files.isDirectory(path)) {
            // A pipe or a device (--deck /dev/stdin): read as a stream, within the same limits as a file.
            return LoadedDeck.built(DeckReader.load(path));
        }
        Optional<Path> installed = InstalledDecks.find(files.decks(), deckOption);
        if (installed.isPresent()) {
            return cache.load(installed.get());
        }
        if (DeckValidator.isSlug(deckOption) && bundled().id().equals(deckOption)) {
            return loadedBundled();
        }
        List<String> closest = IdSuggestions.closest(deckOption, knownIds(files), 3);
        throw new GlossaryException(GlossaryException.IO, deckOption + ": no such deck file or installed deck; "
                + (closest.isEmpty() ? "see installed decks with: glossary deck list"
                : "did you mean " + String.join(" or ", closest) + "? (installed decks: glossary deck list)"));
    }

    /** The ids {@code --deck} takes: the bundled deck's and each installed deck's. */
    private static List<String> knownIds(LearnerFiles files) {
        List<String> ids = new ArrayList<>();
        ids.add(bundled().id());
        for (Path file : InstalledDecks.files(files.decks())) {
            InstalledDecks.idOf(file).filter(DeckValidator::isSlug).ifPresent(ids::add);
        }
        return ids;
    }

    /** The deck files in the learner's decks folder, by file name. */
    public static List<Path> installed(LearnerFiles files) {
        return InstalledDecks.files(files.decks());
    }

    /** The installed deck file with this id (or file name), if there is one. */
    public static Optional<Path> installedFile(LearnerFiles files, String deckId) {
        return InstalledDecks.find(files.decks(), deckId);
    }

    /**
     * The bundled deck, with the search index built into the jar beside it (building it took a {@code search}
     * about 40 ms, most of its wait).
     */
    static LoadedDeck loadedBundled() {
        Deck deck = bundled();
        return new LoadedDeck(deck, () -> bundledIndex(deck));
    }

    private static SearchIndex bundledIndex(Deck deck) {
        try (InputStream in = DeckSource.class.getResourceAsStream(BUNDLED_INDEX)) {
            if (in != null) {
                return SearchIndex.read(deck, ByteBuffer.wrap(in.readAllBytes()));
            }
        } catch (IOException | IllegalArgumentException e) {
            // A jar built without it (an IDE's class path) or from another deck: building one is only slower.
        }
        return SearchIndex.build(deck);
    }
}
