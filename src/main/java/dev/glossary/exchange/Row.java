package dev.glossary.exchange;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * One term as an importer found it, before any rule is checked: text may be null or blank. {@code line} is the
 * physical line where its record starts.
 */
record Row(int line, String name, String definition, String level, String category, String example, String id,
           List<String> aliases, List<String> related, List<String> same, List<String> tags) {

    Row {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        related = related == null ? List.of() : List.copyOf(related);
        same = same == null ? List.of() : List.copyOf(same);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** This row with {@code category} as its category, unless that is blank. */
    Row withCategory(String category) {
        return category == null || category.isBlank() ? this
                : new Row(line, name, definition, level, category, example, id, aliases, related, same, tags);
    }

    static Row of(int line, String name, String definition) {
        return new Row(line, name, definition, null, null, null, null, null, null, null, null);
    }

    /**
     * A list written in one cell, items separated by ";" or "|" (a backslash before one of those, or before
     * itself, makes it part of the item, as {@link #joinList} writes it): trimmed, blanks and repeats left out.
     */
    static List<String> splitList(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length() && isListSpecial(cell.charAt(i + 1))) {
                item.append(cell.charAt(++i));
            } else if (c == ';' || c == '|') {
                items.add(item.toString());
                item.setLength(0);
            } else {
                item.append(c);
            }
        }
        items.add(item.toString());
        return tidy(items);
    }

    /** The items in one cell, joined with {@code separator} (";" or "; "), which {@link #splitList} reads back. */
    static String joinList(List<String> items, String separator) {
        List<String> escaped = new ArrayList<>(items.size());
        for (String item : items) {
            StringBuilder out = new StringBuilder(item.length());
            for (int i = 0; i < item.length(); i++) {
                char c = item.charAt(i);
                // A backslash is escaped only where it would otherwise be read as an escape.
                boolean escape = isListSpecial(c) && (c != '\\' || i + 1 == item.length()
                        || isListSpecial(item.charAt(i + 1)));
                out.append(escape ? "\\" : "").append(c);
            }
            escaped.add(out.toString());
        }
        return String.join(separator, escaped);
    }

    private static boolean isListSpecial(char c) {
        return c == ';' || c == '|' || c == '\\';
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
