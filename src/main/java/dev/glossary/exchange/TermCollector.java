package dev.glossary.exchange;

import dev.glossary.deck.DeckValidator;
import dev.glossary.deck.Level;
import dev.glossary.deck.Slugs;
import dev.glossary.deck.Term;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules every importer shares. Each {@link Row} is checked on its own (a bad row is one problem and is left
 * out); {@link #result()} then gives ids to rows without one and resolves related terms and twins, so the terms
 * it returns make a valid deck together. A twin named on one row only is made mutual: meaning the same is
 * symmetric, and the deck format insists that each twin list the other.
 */
final class TermCollector {
    private static final int MAX = DeckValidator.MAX_FIELD_LENGTH;
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final ImportOptions options;
    private final String unit;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();
    private String deckName = "";
    private final List<ImportProblem> warnings = new ArrayList<>();
    private int rejected;
    private final List<Accepted> accepted = new ArrayList<>();
    private final Map<String, Integer> nameLines = new HashMap<>();
    private final Map<String, Integer> idLines = new HashMap<>();

    private record Accepted(Row row, String name, String definition, Level level) {
    }

    TermCollector(ImportOptions options) {
        this(options, "line");
    }

    /** A collector whose records are counted in {@code unit}s: "line" in text files, "note" in Anki packages. */
    TermCollector(ImportOptions options, String unit) {
        this.options = options;
        this.unit = unit;
    }

    void problem(int line, String message) {
        problems.add(new ImportProblem(line, message, unit));
    }

    /** What the importer decided or left out on purpose, said once for the whole file. */
    void notice(String message) {
        notices.add(message);
    }

    void deckName(String name) {
        deckName = name == null ? "" : name;
    }

    /** A problem that leaves the record at {@code line} out. */
    void reject(int line, String message) {
        problem(line, message);
        rejected++;
    }

    /** Something the file holds that is not read, which loses nothing it meant for a term. */
    void warning(int line, String message) {
        warnings.add(new ImportProblem(line, message, unit));
    }

    void problems(List<ImportProblem> more) {
        problems.addAll(more);
    }

    /** Checks one row; returns whether it was kept. */
    boolean add(Row row) {
        int before = problems.size();
        int line = row.line();
        String name = strip(row.name());
        String label = name.isEmpty() ? "" : quote(name) + ": ";
        if (name.isEmpty()) {
            problem(line, "the term is empty; write it or remove the row");
        }
        String definition = strip(row.definition());
        if (definition.isEmpty()) {
            problem(line, label + "the definition is empty; write it or remove the row");
        }
        checkLength(line, label, "term", row.name());
        checkLength(line, label, "definition", row.definition());
        checkLength(line, label, "example", row.example());
        checkLength(line, label, "category", row.category());
        checkLength(line, label, "id", row.id());
        checkLengths(line, label, "alias", row.aliases());
        checkLengths(line, label, "tag", row.tags());
        checkLengths(line, label, "related term", row.related());
        checkLengths(line, label, "twin", row.same());
        Level level = options.defaultLevel();
        if (row.level() != null && !row.level().isBlank()) {
            level = Level.parse(row.level()).orElse(null);
            if (level == null) {
                problem(line, label + "level " + quote(row.level().strip())
                        + " is not one of beginner, intermediate, advanced");
            }
        }
        String id = strip(row.id());
        if (!id.isEmpty()) {
            if (!DeckValidator.isSlug(id)) {
                problem(line, label + "id " + quote(id) + " is not a slug; use lower-case letters, digits and"
                        + " hyphens, such as " + quote(Slugs.of(id)));
            } else if (idLines.containsKey(id)) {
                problem(line, label + "id " + quote(id) + " is already used on " + unit + " " + idLines.get(id)
                        + "; give each term its own id");
            }
        }
        String key = name.toLowerCase(Locale.ROOT);
        if (!name.isEmpty() && nameLines.containsKey(key)) {
            problem(line, quote(name) + " is already on " + unit + " " + nameLines.get(key)
                    + "; rename or remove one of them");
        }
        if (problems.size() > before) {
            rejected++;
            return false;
        }
        nameLines.put(key, line);
        if (!id.isEmpty()) {
            idLines.put(id, line);
        }
        accepted.add(new Accepted(row, name, definition, level));
        return true;
    }

    ImportResult result() {
        List<String> unnamed = new ArrayList<>();
        for (Accepted a : accepted) {
            if (strip(a.row().id()).isEmpty()) {
                unnamed.add(a.name());
            }
        }
        Iterator<String> made = Slugs.assign(unnamed, idLines.keySet()).iterator();
        Set<String> taken = new HashSet<>(idLines.keySet());
        List<String> ids = new ArrayList<>(accepted.size());
        Map<String, String> idsByName = new HashMap<>();
        for (Accepted a : accepted) {
            String given = strip(a.row().id());
            String id = given.isEmpty() ? made.next() : given;
            taken.add(id);
            ids.add(id);
            idsByName.put(a.name().toLowerCase(Locale.ROOT), id);
        }
        List<List<String>> related = new ArrayList<>(accepted.size());
        Map<String, LinkedHashSet<String>> twins = new HashMap<>();
        for (int i = 0; i < accepted.size(); i++) {
            Accepted a = accepted.get(i);
            String id = ids.get(i);
            related.add(links(a, id, a.row().related(), Link.RELATED, taken, idsByName));
            twins.put(id, new LinkedHashSet<>(links(a, id, a.row().same(), Link.SAME, taken, idsByName)));
        }
        // Each term's own twins first, in its order, then those that name it without being named back.
        for (String id : ids) {
            for (String twin : List.copyOf(twins.get(id))) {
                twins.get(twin).add(id);
            }
        }
        List<Term> terms = new ArrayList<>(accepted.size());
        for (int i = 0; i < accepted.size(); i++) {
            Accepted a = accepted.get(i);
            Row row = a.row();
            String id = ids.get(i);
            String category = strip(row.category()).isEmpty() ? options.category() : strip(row.category());
            terms.add(new Term(id, a.name(), a.level(), category, a.definition(), Row.tidy(row.aliases()),
                    related.get(i), List.copyOf(twins.get(id)), strip(row.example()),
                    Row.tidy(row.tags())));
        }
        List<ImportProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(ImportProblem::line));
        return new ImportResult(terms, sorted, warnings, rejected, notices, deckName);
    }

    /** How a term names others: what its problems call the other term, and the term itself. */
    private enum Link {
        RELATED("related term", "related to itself"),
        SAME("twin", "the same as itself");

        final String other;
        final String itself;

        Link(String other, String itself) {
            this.other = other;
            this.itself = itself;
        }
    }

    /** Related terms and twins may be written as ids or as names; anything else is left out with a problem. */
    private List<String> links(Accepted a, String ownId, List<String> wantedIds, Link link, Set<String> ids,
                               Map<String, String> idsByName) {
        LinkedHashSet<String> found = new LinkedHashSet<>();
        for (String wanted : Row.tidy(wantedIds)) {
            String id = ids.contains(wanted) ? wanted : idsByName.get(wanted.toLowerCase(Locale.ROOT));
            if (id == null) {
                problem(a.row().line(), quote(a.name()) + ": " + link.other + " " + quote(wanted)
                        + " is neither the id nor the name of a term in this file; it was left out");
            } else if (id.equals(ownId)) {
                problem(a.row().line(), quote(a.name()) + ": a term cannot be " + link.itself + "; "
                        + quote(wanted) + " was left out");
            } else {
                found.add(id);
            }
        }
        return List.copyOf(found);
    }

    private void checkLength(int line, String label, String field, String value) {
        if (value != null && value.length() > MAX) {
            problem(line, label + "the " + field + " is " + value.length() + " characters long, over the limit of "
                    + MAX + "; shorten it");
        }
    }

    private void checkLengths(int line, String label, String field, List<String> values) {
        for (String value : values) {
            checkLength(line, label, field, value);
        }
    }

    /** Trimmed, and every line break one LF whatever system wrote the file. */
    private static String strip(String s) {
        if (s == null) {
            return "";
        }
        return s.indexOf('\r') < 0 ? s.strip() : LINE_BREAK.matcher(s.strip()).replaceAll("\n");
    }

    /** A value for a message: quoted, on one line, and short enough to read. */
    static String quote(String s) {
        String oneLine = WHITESPACE.matcher(s.strip()).replaceAll(" ");
        return "\"" + (oneLine.length() > 40 ? oneLine.substring(0, 39) + "…" : oneLine) + "\"";
    }
}
