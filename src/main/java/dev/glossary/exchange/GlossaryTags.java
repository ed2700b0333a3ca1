package dev.glossary.exchange;

import dev.glossary.deck.Level;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The tags of one Anki note, with what {@link AnkiTextExporter} put in them taken out: the level
 * ({@code glossary::<level>}), the id ({@code glossary::id::<id>}), related terms
 * ({@code glossary::related::<id>}) and twins ({@code glossary::same::<id>}); {@link #tags} is what is left. Anki text files and packages both carry
 * them, so a deck that went through Anki comes back as the same deck.
 */
final class GlossaryTags {
    static final String LEVEL_TAG = "glossary::";
    static final String ID_TAG = "glossary::id::";
    static final String RELATED_TAG = "glossary::related::";
    static final String SAME_TAG = "glossary::same::";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    final List<String> tags;
    final Set<String> levels = new LinkedHashSet<>();
    final Set<String> ids = new LinkedHashSet<>();
    final List<String> related = new ArrayList<>();
    final List<String> same = new ArrayList<>();

    private GlossaryTags(Set<String> all) {
        List<String> rest = new ArrayList<>();
        for (String tag : all) {
            if (tag.startsWith(ID_TAG)) {
                ids.add(tag.substring(ID_TAG.length()));
            } else if (tag.startsWith(RELATED_TAG)) {
                related.add(tag.substring(RELATED_TAG.length()));
            } else if (tag.startsWith(SAME_TAG)) {
                same.add(tag.substring(SAME_TAG.length()));
            } else if (tag.startsWith(LEVEL_TAG) && Level.parse(tag.substring(LEVEL_TAG.length())).isPresent()) {
                levels.add(tag.substring(LEVEL_TAG.length()));
            } else {
                rest.add(tag);
            }
        }
        this.tags = List.copyOf(rest);
    }

    /** Tags as Anki writes them in one cell or column: separated by spaces, compared in lower case. */
    static List<String> split(String cell) {
        List<String> tags = new ArrayList<>();
        for (String tag : WHITESPACE.split(cell.strip())) {
            if (!tag.isEmpty()) {
                tags.add(tag.toLowerCase(Locale.ROOT));
            }
        }
        return tags;
    }

    static GlossaryTags of(Set<String> tags) {
        return new GlossaryTags(tags);
    }

    /** Why the note cannot be read (two levels or two ids), or null. */
    String conflict() {
        if (levels.size() > 1) {
            return "the note has the level tags " + LEVEL_TAG + String.join(" and " + LEVEL_TAG, levels) + "; keep one";
        }
        if (ids.size() > 1) {
            return "the note has the id tags " + ID_TAG + String.join(" and " + ID_TAG, ids) + "; keep one";
        }
        return null;
    }

    String level() {
        return levels.stream().findFirst().orElse(null);
    }

    String id() {
        return ids.stream().findFirst().orElse(null);
    }
}
