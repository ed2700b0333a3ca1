package dev.glossary.store;

import dev.glossary.deck.Deck;
import dev.glossary.search.SearchIndex;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build-time tool (Maven runs it in process-classes, see the pom):
 * {@code BundledDeckBuilder <deck.json> <out.bin> <out.index>} loads the bundled deck with every check the app
 * makes of a deck file, writes it as {@link DeckBinary} and writes its search index beside it, so that
 * start-up need neither parse and check the JSON again nor build the index. An invalid deck fails the build
 * with the reader's one-line message.
 */
public final class BundledDeckBuilder {
    private BundledDeckBuilder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: BundledDeckBuilder <deck.json> <out.bin> <out.index>");
        }
        // The old outputs go first and the new ones are opened only once the deck has loaded, so an invalid
        // deck leaves neither a stale nor an empty file for a later run to pick up.
        Path out = Path.of(args[1]);
        Path indexOut = Path.of(args[2]);
        Files.deleteIfExists(out);
        Files.deleteIfExists(indexOut);
        Deck deck = DeckReader.load(Path.of(args[0]));
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(out))) {
            DeckBinary.write(deck, stream);
        }
        // Built from the deck as the app will read it back, so that the index is that deck's to the byte.
        Deck readBack;
        try (InputStream in = Files.newInputStream(out)) {
            readBack = DeckBinary.read(out.toString(), in);
        }
        Files.createDirectories(indexOut.toAbsolutePath().getParent());
        try (DataOutputStream stream = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(indexOut)))) {
            SearchIndex.build(readBack).write(stream);
        }
    }
}
