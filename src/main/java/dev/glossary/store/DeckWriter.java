package dev.glossary.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.glossary.GlossaryException;
import dev.glossary.deck.Deck;
import dev.glossary.deck.DeckMetadata;
import dev.glossary.deck.Term;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes decks in the deck format, fields in the documented order, so teachers can edit the result by hand. */
public final class DeckWriter {
    private static final JsonFactory JSON = new JsonFactory();

    private DeckWriter() {
    }

    public static void write(Deck deck, Path file) {
        try {
            AtomicFiles.write(file, bytes(deck, null));
        } catch (IOException e) {
            throw new GlossaryException(GlossaryException.IO, file + ": cannot write: " + IoReason.of(e));
        }
    }

    /** The deck as JSON; {@code schema}, when given, is written as {@code "$schema"} for editors. */
    public static byte[] bytes(Deck deck, String schema) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            g.setPrettyPrinter(pretty);
            g.writeStartObject();
            if (schema != null) {
                g.writeStringField("$schema", schema);
            }
            g.writeNumberField("format", Deck.FORMAT);
            g.writeStringField("id", deck.id());
            g.writeStringField("name", deck.name());
            if (!deck.description().isEmpty()) {
                g.writeStringField("description", deck.description());
            }
            metadata(g, deck.metadata());
            g.writeArrayFieldStart("terms");
            for (Term t : deck.terms()) {
                g.writeStartObject();
                g.writeStringField("id", t.id());
                g.writeStringField("term", t.name());
                g.writeStringField("level", t.level().id());
                if (!t.category().isEmpty()) {
                    g.writeStringField("category", t.category());
                }
                g.writeStringField("definition", t.definition());
                list(g, "aliases", t.aliases());
                list(g, "related", t.related());
                list(g, "same", t.same());
                if (!t.example().isEmpty()) {
                    g.writeStringField("example", t.example());
                }
                list(g, "tags", t.tags());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static void metadata(JsonGenerator g, DeckMetadata m) throws IOException {
        if (m.version() != null) {
            g.writeStringField("version", m.version());
        }
        if (m.author() != null) {
            g.writeStringField("author", m.author());
        }
        if (m.updated() != null) {
            g.writeStringField("updated", m.updated().toString());
        }
        if (m.changelog().isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("changelog");
        for (DeckMetadata.ChangelogEntry entry : m.changelog()) {
            g.writeStartObject();
            g.writeStringField("version", entry.version());
            if (entry.date() != null) {
                g.writeStringField("date", entry.date().toString());
            }
            list(g, "changes", entry.changes());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void list(JsonGenerator g, String field, List<String> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
