package dev.glossary.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an Anki package (.apkg, or a whole collection's .colpkg):
 * {@code new AnkiPackageImporter(AnkiFields.defaults(), null).read(file, options)}.
 *
 * <p>Each note becomes a term by its note type: Basic and its variants give term = Front, definition = Back; a
 * cloze note gives one term per deletion number (term = what that card hides, definition = the text with it
 * as a blank and any hint in brackets after it, example = Back Extra); any other type takes its fields by name
 * (see {@link AnkiFields}). Fields are HTML, read as plain text; images and sounds are dropped and counted.
 * Tags stay tags, except those {@link GlossaryTags} reads. Ids come from the note's guid (or a
 * {@code glossary::id::} tag), so an updated package of the same deck keeps every learner's progress. A note's
 * deck below the one imported becomes its category.
 */
public final class AnkiPackageImporter {
    private static final Pattern MEDIA = Pattern.compile("(?i)<img\\b|<audio\\b|<video\\b|<object\\b|\\[sound:");

    private final AnkiFields fields;
    private final String deck;
    private final Map<AnkiCollection.Notetype, AnkiFields.Choice> choices = new HashMap<>();

    /** {@code deck}: the Anki deck to import (with the decks below it), or null for every note. */
    public AnkiPackageImporter(AnkiFields fields, String deck) {
        this.fields = fields;
        this.deck = deck == null || deck.isBlank() ? null : deck.strip();
    }

    public ImportResult read(Path file, ImportOptions options) throws IOException {
        List<AnkiCollection.Note> notes;
        String entry;
        try (AnkiPackage pkg = AnkiPackage.open(file)) {
            entry = pkg.entry();
            notes = AnkiCollection.read(pkg.collection());
        } catch (AnkiPackage.Unreadable e) {
            return ImportResult.failed(new ImportProblem(0, e.getMessage()));
        } catch (SQLException e) {
            return ImportResult.failed(new ImportProblem(0, "the collection inside the package cannot be read ("
                    + e.getMessage() + "); " + AnkiPackage.EXPORT_AGAIN));
        }
        TermCollector collector = new TermCollector(options, "note");
        Map<String, Integer> decks = deckCounts(notes);
        String root = deck == null ? commonDeck(decks.keySet()) : chosenDeck(decks.keySet());
        if (root == null) {
            collector.problem(0, "the package has no deck named \"" + deck + "\"; its decks are " + list(decks)
                    + "; give one of them to --anki-deck");
            return collector.result();
        }
        String unknownField = unknownField(notes);
        if (unknownField != null) {
            collector.problem(0, unknownField);
            return collector.result();
        }
        collector.deckName(root);
        collector.notice("read " + entry + ": " + plural(notes.size(), "note") + " in " + list(decks));
        if (deck == null && root.isEmpty() && decks.size() > 1) {
            collector.notice("every deck was imported, each deck's name as the category; pick one with"
                    + " --anki-deck NAME");
        }
        int media = 0;
        int mediaNotes = 0;
        int occlusions = 0;
        for (AnkiCollection.Note note : notes) {
            if (!inDeck(note.deck(), root)) {
                continue;
            }
            int found = media(note);
            media += found;
            mediaNotes += found > 0 ? 1 : 0;
            if (!add(note, root, collector)) {
                occlusions++;
            }
        }
        if (media > 0) {
            collector.notice("dropped " + plural(media, "image or sound reference") + " from "
                    + plural(mediaNotes, "note") + ": glossary shows text only");
        }
        if (occlusions > 0) {
            collector.notice("left out " + plural(occlusions, "image occlusion note")
                    + ": their questions are shapes on a picture, which a terminal cannot show");
        }
        return collector.result();
    }

    /** Adds the terms of one note; false when it is an image occlusion note, which is left out. */
    private boolean add(AnkiCollection.Note note, String root, TermCollector collector) {
        AnkiCollection.Notetype type = note.notetype();
        GlossaryTags tags = GlossaryTags.of(new LinkedHashSet<>(GlossaryTags.split(note.tags())));
        if (tags.conflict() != null) {
            collector.reject(note.position(), tags.conflict());
            return true;
        }
        String category = category(note.deck(), root);
        String baseId = tags.id() != null ? tags.id() : idFromGuid(note.guid());
        if (type.cloze() || Cloze.has(note.field(0))) {
            return addCloze(note, tags, category, baseId, collector);
        }
        AnkiFields.Choice choice = choices.computeIfAbsent(type, t -> fields.choose(t.fields()));
        String name = HtmlText.fieldText(note.field(choice.term()));
        String definition = HtmlText.fieldText(note.field(choice.definition()));
        if (name.isBlank() || definition.isBlank()) {
            int empty = name.isBlank() ? choice.term() : choice.definition();
            collector.reject(note.position(), emptyField(note, empty, name));
            return true;
        }
        collector.add(new Row(note.position(), name, definition, tags.level(),
                category, HtmlText.fieldText(note.field(choice.example())), baseId,
                Row.splitList(HtmlText.fieldText(note.field(choice.aliases()))), tags.related, tags.same, tags.tags)
                .withCategory(HtmlText.fieldText(note.field(choice.category()))));
        return true;
    }

    private boolean addCloze(AnkiCollection.Note note, GlossaryTags tags, String category, String baseId,
                             TermCollector collector) {
        Cloze cloze = Cloze.parse(HtmlText.fieldText(note.field(0)));
        if (cloze.imageOcclusion()) {
            return false;
        }
        if (cloze.numbers().isEmpty()) {
            collector.reject(note.position(), TermCollector.quote(HtmlText.fieldText(note.field(0)))
                    + ": a cloze note with no deletion such as {{c1::answer}}; add one in Anki, or leave the note"
                    + " out with --skip-bad");
            return true;
        }
        String extra = HtmlText.fieldText(note.field(1));
        for (int number : cloze.numbers()) {
            Cloze.Card card = cloze.card(number);
            collector.add(new Row(note.position(), card.answer(), card.question(), tags.level(), category, extra,
                    clozeId(baseId, number), List.of(), tags.related, List.of(), tags.tags));
        }
        return true;
    }

    /** The id of a cloze note's nth card: the note's own for the first, so a note that gains a c2 keeps c1's. */
    static String clozeId(String baseId, int number) {
        return number == 1 ? baseId : baseId + "-c" + number;
    }

    /**
     * A slug from Anki's note guid, which is case-sensitive and full of punctuation: 48 bits of its SHA-256,
     * enough that a deck of a hundred thousand notes has about one chance in fifty thousand of two alike.
     */
    static String idFromGuid(String guid) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(guid.getBytes(StandardCharsets.UTF_8));
            return "anki-" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private String emptyField(AnkiCollection.Note note, int index, String name) {
        List<String> names = note.notetype().fields();
        String field = index >= 0 && index < names.size() ? "the " + names.get(index) + " field" : "the field";
        String label = name.isBlank() ? "" : TermCollector.quote(name) + ": ";
        String raw = note.field(index);
        String why = holdsMedia(raw) ? " holds only an image or a sound, which glossary does not import"
                : " is empty";
        return label + field + " of this " + note.notetype().name() + " note" + why
                + "; write text in it in Anki, choose other fields with --term-field and --definition-field,"
                + " or leave the note out with --skip-bad";
    }

    /** When a field the teacher named is in no note type of the package: a whole-file problem. */
    private String unknownField(List<AnkiCollection.Note> notes) {
        Map<String, List<String>> types = new TreeMap<>();
        for (AnkiCollection.Note note : notes) {
            types.putIfAbsent(note.notetype().name(), note.notetype().fields());
        }
        String[][] named = {{"--term-field", fields.term()}, {"--definition-field", fields.definition()},
                {"--example-field", fields.example()}};
        for (String[] option : named) {
            if (option[1] != null && types.values().stream().noneMatch(f -> AnkiFields.has(f, option[1]))) {
                List<String> known = new ArrayList<>();
                types.forEach((type, f) -> known.add(type + ": " + String.join(", ", f)));
                return option[0] + " \"" + option[1] + "\" is not a field of any note type in the package; its"
                        + " fields are " + String.join("; ", known);
            }
        }
        return null;
    }

    /** Whether an Anki field refers to an image or a sound, which glossary drops. */
    static boolean holdsMedia(String field) {
        return MEDIA.matcher(field).find();
    }

    private static int media(AnkiCollection.Note note) {
        int count = 0;
        for (String field : note.fields()) {
            if (field.indexOf('<') < 0 && !field.contains("[sound:")) {
                continue;
            }
            Matcher m = MEDIA.matcher(field);
            while (m.find()) {
                count++;
            }
        }
        return count;
    }

    private static Map<String, Integer> deckCounts(List<AnkiCollection.Note> notes) {
        Map<String, Integer> decks = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (AnkiCollection.Note note : notes) {
            decks.merge(note.deck(), 1, Integer::sum);
        }
        return decks;
    }

    /** The deck every note is in or below, or "" when they share none. */
    private static String commonDeck(Set<String> decks) {
        String common = null;
        for (String deck : decks) {
            if (common == null) {
                common = deck;
                continue;
            }
            while (!common.isEmpty() && !inDeck(deck, common)) {
                int cut = common.lastIndexOf("::");
                common = cut < 0 ? "" : common.substring(0, cut);
            }
        }
        return common == null ? "" : common;
    }

    /** The deck --anki-deck names, as the package spells it, or null when there is none of that name. */
    private String chosenDeck(Set<String> decks) {
        for (String name : decks) {
            String candidate = name;
            while (!candidate.isEmpty()) {
                if (candidate.equalsIgnoreCase(deck)) {
                    return candidate;
                }
                int cut = candidate.lastIndexOf("::");
                candidate = cut < 0 ? "" : candidate.substring(0, cut);
            }
        }
        return null;
    }

    private static boolean inDeck(String deck, String root) {
        return root.isEmpty() || deck.equalsIgnoreCase(root)
                || deck.toLowerCase(Locale.ROOT).startsWith(root.toLowerCase(Locale.ROOT) + "::");
    }

    private static String category(String deck, String root) {
        if (root.isEmpty()) {
            return deck;
        }
        return deck.length() > root.length() ? deck.substring(root.length() + 2) : "";
    }

    private static String list(Map<String, Integer> decks) {
        Map<String, Integer> named = new LinkedHashMap<>();
        decks.forEach((name, count) -> named.put(name.isEmpty() ? "(no deck)" : name, count));
        List<String> parts = new ArrayList<>();
        named.forEach((name, count) -> parts.add("\"" + name + "\" (" + plural(count, "note") + ")"));
        return (decks.size() == 1 ? "deck " : "decks ") + String.join(", ", parts);
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
