package dev.glossary.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.glossary.GlossaryException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where each installed deck came from, kept beside it as {@code decks/<id>.source} so that {@code deck update}
 * can fetch it again: {@code DeckOrigins.read(files, "biology-101")}. Not named {@code .json}, as every
 * {@code decks/*.json} is a deck.
 */
public final class DeckOrigins {
    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private DeckOrigins() {
    }

    /**
     * @param source       a link, or the absolute path of the file the deck was installed from
     * @param etag         the link's ETag when it was last fetched, to send as If-None-Match
     * @param lastModified its Last-Modified, to send as If-Modified-Since
     */
    public record DeckOrigin(String source, String etag, String lastModified) {
        public static DeckOrigin of(String source) {
            return new DeckOrigin(source, null, null);
        }
    }

    public static Path fileOf(LearnerFiles files, String deckId) {
        return files.decks().resolve(deckId + ".source");
    }

    /** Empty for a deck installed before sources were kept, or copied into the decks folder by hand. */
    public static Optional<DeckOrigin> read(LearnerFiles files, String deckId) {
        Path file = fileOf(files, deckId);
        try {
            DeckOrigin origin = JSON.readValue(Files.readAllBytes(file), DeckOrigin.class);
            if (origin.source() == null || origin.source().isBlank()) {
                throw GlossaryException.badData(file + ": \"source\" is missing; install the deck again from its"
                        + " link or file");
            }
            return Optional.of(origin);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (JsonProcessingException e) {
            throw GlossaryException.badData(file + JsonSyntax.place(e) + ": " + JsonSyntax.problem(e)
                    + "; install the deck again from its link or file to write it anew");
        } catch (IOException e) {
            throw new GlossaryException(GlossaryException.IO, file + ": cannot read: " + IoReason.of(e));
        }
    }

    public static void write(LearnerFiles files, String deckId, DeckOrigin origin) {
        Path file = fileOf(files, deckId);
        try {
            AtomicFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(origin));
        } catch (IOException e) {
            throw new GlossaryException(GlossaryException.IO, file + ": cannot write: " + IoReason.of(e));
        }
    }

    public static void delete(LearnerFiles files, String deckId) {
        Path file = fileOf(files, deckId);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new GlossaryException(GlossaryException.IO, file + ": cannot delete: " + IoReason.of(e));
        }
    }
}
