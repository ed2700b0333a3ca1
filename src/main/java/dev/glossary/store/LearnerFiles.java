package dev.glossary.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where one learner's files live: {@code $GLOSSARY_HOME}, else {@code $XDG_DATA_HOME/glossary}, else
 * {@code ~/.local/share/glossary}. Progress, history, config and installed decks all sit in this one
 * directory so a learner can back it up or move it as a whole.
 */
public record LearnerFiles(Path home) {

    public static LearnerFiles from(Map<String, String> env, String userHome) {
        String glossaryHome = env.get("GLOSSARY_HOME");
        if (glossaryHome != null && !glossaryHome.isBlank()) {
            return new LearnerFiles(Path.of(glossaryHome).toAbsolutePath());
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return new LearnerFiles(Path.of(xdg, "glossary").toAbsolutePath());
        }
        return new LearnerFiles(Path.of(userHome, ".local", "share", "glossary").toAbsolutePath());
    }

    public Path progress() {
        return home.resolve("progress.json");
    }

    public Path config() {
        return home.resolve("config.json");
    }

    public Path history() {
        return home.resolve("history");
    }

    public Path decks() {
        return home.resolve("decks");
    }

    /** Binary copies of large deck files, kept by {@link DeckCache}; safe to delete. */
    public Path deckCache() {
        return home.resolve("cache").resolve("decks");
    }

    /** What config.json decodes to, kept by {@link ConfigCache}; safe to delete. */
    public Path configCache() {
        return home.resolve("cache").resolve("config.bin");
    }

    /** What progress.json decodes to, kept by {@link ProgressCache}; safe to delete. */
    public Path progressCache() {
        return home.resolve("cache").resolve("progress.bin");
    }

    public Path backups() {
        return home.resolve("backups");
    }

    public Path installedDeck(String deckId) {
        return decks().resolve(deckId + ".json");
    }
}
