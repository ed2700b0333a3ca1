package dev.glossary.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipFile;

/**
 * What a file given as a deck is when it is not one, from its first bytes: an Anki package, another zip file,
 * an SQLite database, a spreadsheet or an Anki text export. Asked only once reading it as a deck has failed,
 * so a deck that loads never pays for it.
 */
final class ForeignFile {
    private ForeignFile() {
    }

    /** What the file is and what to run instead, or null when it looks like no other kind of file. */
    static String describe(Path path) {
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(512);
        } catch (IOException e) {
            return null;
        }
        String file = path.toString();
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5)) {
            if (name.endsWith(".apkg") || name.endsWith(".colpkg") || holdsAnkiCollection(path)) {
                return "this is an Anki package, not a deck; import it with: glossary deck import " + file
                        + " -o deck.json";
            }
            return "this is a zip file, not a deck (a deck is one JSON file); unzip it, or if it is an Anki package,"
                    + " import it with: glossary deck import " + file + " -o deck.json";
        }
        String start = new String(head, StandardCharsets.ISO_8859_1);
        if (start.startsWith("SQLite format 3")) {
            return "this is an SQLite database (an Anki collection?), not a deck; in Anki use File > Export > Anki"
                    + " Deck Package, then: glossary deck import FILE.apkg -o deck.json";
        }
        String text = start.replace("\u00ef\u00bb\u00bf", "").toLowerCase(Locale.ROOT);
        if (text.startsWith("#separator:") || text.startsWith("#html:") || text.startsWith("#columns:")
                || text.startsWith("tags:")) {
            return "this is an Anki text export, not a deck; import it with: glossary deck import " + file
                    + " -o deck.json";
        }
        if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".md") || name.endsWith(".txt")) {
            return "this is not a deck (a deck is a JSON file); to make one from it run: glossary deck import "
                    + file + " -o deck.json";
        }
        return null;
    }

    private static boolean holdsAnkiCollection(Path path) {
        try (ZipFile zip = new ZipFile(path.toFile())) {
            return zip.getEntry("collection.anki21b") != null || zip.getEntry("collection.anki21") != null
                    || zip.getEntry("collection.anki2") != null;
        } catch (IOException e) {
            return false;
        }
    }
}
