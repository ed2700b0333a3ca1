package dev.glossary.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The decks in the learner's decks folder, for {@code --deck NAME}: {@code InstalledDecks.find(dir, "physics")}
 * finds {@code physics.json} (or a file named just so) or else the file whose deck id is {@code physics}, as a
 * deck copied in by hand keeps the file name it had.
 */
final class InstalledDecks {
    private static final JsonFactory JSON = new JsonFactory();

    private InstalledDecks() {
    }

    static Optional<Path> find(Path decks, String name) {
        if (!Files.isDirectory(decks) || name.isBlank() || name.contains("/") || name.contains("\\")
                || name.equals(".") || name.equals("..")) {
            return Optional.empty();
        }
        for (Path file : List.of(decks.resolve(name + ".json"), decks.resolve(name))) {
            if (Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        for (Path file : files(decks)) {
            if (idOf(file).filter(name::equals).isPresent()) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    /** The deck files, by name, so that two files with one id always resolve to the same. */
    static List<Path> files(Path decks) {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(decks)) {
            try (DirectoryStream<Path> dir = Files.newDirectoryStream(decks, "*.json")) {
                dir.forEach(files::add);
            } catch (IOException e) {
                return List.of();
            }
        }
        files.sort(null);
        return files;
    }

    /**
     * The top-level {@code "id"} of a deck file, read without parsing the terms: the writer puts it first, and
     * any other value is skipped over. Empty when the file is not a deck this can read; loading it says why.
     */
    static Optional<String> idOf(Path file) {
        try (InputStream in = Files.newInputStream(file); JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("id")) {
                    return value == JsonToken.VALUE_STRING ? Optional.of(p.getText()) : Optional.empty();
                }
                p.skipChildren();
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
