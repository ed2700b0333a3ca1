package dev.glossary.exchange;

import dev.glossary.deck.Deck;

import java.io.IOException;
import java.io.Writer;

/** Writes a deck in another program's format: {@code new CsvExporter().write(deck, writer)}. */
public interface DeckExporter {

    /** Writes the whole deck to {@code out}, which is flushed but not closed. */
    void write(Deck deck, Writer out) throws IOException;
}
