package dev.glossary.store;

import dev.glossary.deck.Deck;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build-time tool (Maven runs it in process-classes, see the pom): {@code BundledDeckBuilder <deck.json> <out.bin>}
 * loads the bundled deck with every check the app makes of a deck file and writes it as {@link DeckBinary},
 * so that start-up need not parse and check the JSON again. An invalid deck fails the build with the
 * reader's one-line message.
 */
public final class BundledDeckBuilder {
    private BundledDeckBuilder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: BundledDeckBuilder <deck.json> <out.bin>");
        }
        // The old output goes first and the new one is opened only once the deck has loaded, so an invalid
        // deck leaves neither a stale nor an empty file for a later run to pick up.
        Path out = Path.of(args[1]);
        Files.deleteIfExists(out);
        Deck deck = DeckReader.load(Path.of(args[0]));
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(out))) {
            DeckBinary.write(deck, stream);
        }
    }
}
