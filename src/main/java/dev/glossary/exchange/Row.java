package dev.glossary.exchange;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One term as an importer found it, before any rule is checked: text may be null or blank. {@code line} is the
 * physical line where its record starts.
 */
record Row(int line, String name, String definition, String level, String category, String example, String id,
           List<String> aliases, List<String> related, List<String> tags) {

    private static final Pattern LIST_SEPARATOR = Pattern.compile("[;|]");

    Row {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        related = related == null ? List.of() : List.copyOf(related);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    static Row of(int line, String name, String definition) {
        return new Row(line, name, definition, null, null, null, null, null, null, null);
    }

    /** A list written in one cell, items separated by ";" or "|": trimmed, blanks and repeats left out. */
    static List<String> splitList(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String item : LIST_SEPARATOR.split(cell)) {
            items.add(item);
        }
        return tidy(items);
    }

    /** Trims every item and leaves out blanks and exact repeats, keeping the first-seen order. */
    static List<String> tidy(List<String> items) {
        LinkedHashSet<String> kept = new LinkedHashSet<>();
        for (String item : items) {
            if (item != null && !item.isBlank()) {
                kept.add(item.strip());
            }
        }
        return List.copyOf(kept);
    }
}
