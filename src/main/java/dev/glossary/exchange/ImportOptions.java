package dev.glossary.exchange;

import dev.glossary.deck.Level;

import java.util.Objects;

/**
 * What an importer fills in when a file does not say: {@code ImportOptions.defaults().withCategory("networking")}.
 * Options that only make sense for one format (Quizlet's separators, CSV or TSV) belong to that importer.
 *
 * @param defaultLevel the level of a term whose level is missing or blank
 * @param category     the category of a term whose file gives none; empty for none
 */
public record ImportOptions(Level defaultLevel, String category) {

    public ImportOptions {
        Objects.requireNonNull(defaultLevel, "defaultLevel");
        category = category == null ? "" : category.strip();
    }

    /** Intermediate level, no category. */
    public static ImportOptions defaults() {
        return new ImportOptions(Level.INTERMEDIATE, "");
    }

    public ImportOptions withDefaultLevel(Level level) {
        return new ImportOptions(level, category);
    }

    public ImportOptions withCategory(String newCategory) {
        return new ImportOptions(defaultLevel, newCategory);
    }
}
