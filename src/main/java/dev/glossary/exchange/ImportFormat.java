package dev.glossary.exchange;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The formats {@code glossary deck import} reads, and how it tells them apart when the teacher does not say:
 * {@code ImportFormat.infer("words.csv", firstBytes)}.
 */
public enum ImportFormat {
    ANKI_PACKAGE("an Anki package"),
    ANKI_TEXT("an Anki text export"),
    QUIZLET("a Quizlet export"),
    CSV("CSV"),
    TSV("TSV"),
    MARKDOWN("Markdown");

    private final String description;

    ImportFormat(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** A format and what showed it, for the line that tells the teacher. */
    public record Guess(ImportFormat format, String why) {
    }

    /** Whether the bytes start as a zip file does (an Anki package is one). */
    public static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5)
                && (head[3] == 4 || head[3] == 6);
    }

    /** The format a file's name and first bytes show, or null when they do not show one. */
    public static Guess infer(String fileName, byte[] head) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (isZip(head)) {
            return new Guess(ANKI_PACKAGE, name.endsWith(".apkg") || name.endsWith(".colpkg")
                    ? "its name and content" : "it is a zip file");
        }
        if (name.endsWith(".apkg") || name.endsWith(".colpkg")) {
            return new Guess(ANKI_PACKAGE, "its name");
        }
        if (name.endsWith(".csv")) {
            return new Guess(CSV, "its name");
        }
        if (name.endsWith(".tsv") || name.endsWith(".tab")) {
            return new Guess(TSV, "its name");
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return new Guess(MARKDOWN, "its name");
        }
        String start = new String(head, 0, Math.min(head.length, 256), StandardCharsets.UTF_8)
                .replace("\uFEFF", "").toLowerCase(Locale.ROOT);
        if (start.startsWith("#separator:") || start.startsWith("#html:") || start.startsWith("#columns:")
                || start.startsWith("#notetype") || start.startsWith("#deck") || start.startsWith("#guid column:")
                || start.startsWith("#tags column:") || start.startsWith("tags:")) {
            return new Guess(ANKI_TEXT, "its Anki header lines");
        }
        return null;
    }
}
