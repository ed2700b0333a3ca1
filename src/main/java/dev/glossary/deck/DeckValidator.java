package dev.glossary.deck;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks the rules of the deck format and reports every problem at once, so a teacher fixes a file in
 * one pass: {@code DeckValidator.validate(draft)} gives either a {@link Deck} or the problems.
 */
public final class DeckValidator {
    public static final int MAX_FIELD_LENGTH = 10_000;

    private DeckValidator() {
    }

    /** The outcome of a validation: a deck when there are no problems. */
    public record Result(Deck deck, List<DeckProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Tags under this prefix are glossary's own in an Anki export (level, id, links). */
    public static final String RESERVED_TAG_PREFIX = "glossary::";

    /** The longest deck id: an installed deck is a file named by it, beside temporary and cached copies. */
    public static final int MAX_DECK_ID_LENGTH = 100;

    public static Result validate(DeckDraft draft) {
        List<DeckProblem> problems = new ArrayList<>();
        if (draft.format() == null) {
            problems.add(DeckProblem.at("format", "missing; add \"format\": " + Deck.FORMAT));
        } else if (draft.format() != Deck.FORMAT) {
            problems.add(DeckProblem.at("format", draft.format() + " is not supported; this version reads format "
                    + Deck.FORMAT));
        }
        if (isBlank(draft.id())) {
            problems.add(DeckProblem.at("id", "missing; add a short slug such as \"my-course\""));
        } else if (!isSlug(draft.id())) {
            problems.add(DeckProblem.at("id", quote(draft.id())
                    + " is not a slug; use lower-case letters, digits and hyphens"));
        } else if (draft.id().length() > MAX_DECK_ID_LENGTH) {
            // An installed deck is a file named by its id, and file names end at 255 bytes.
            problems.add(DeckProblem.at("id", "is " + draft.id().length() + " characters long; a deck id may have at"
                    + " most " + MAX_DECK_ID_LENGTH + ", such as " + quote(suggestSlug(draft.id().substring(0, 40)))));
        }
        DeckMetadata metadata = MetadataCheck.metadata(draft.metadata(), problems);
        if (draft.terms() == null) {
            problems.add(DeckProblem.at("terms", "missing; add \"terms\": [ … ]"));
            return new Result(null, List.copyOf(problems));
        }
        if (draft.terms().isEmpty()) {
            problems.add(DeckProblem.at("terms", "empty; a deck needs at least one term"));
        }
        List<Term> terms = new ArrayList<>(draft.terms().size());
        Map<String, Integer> ids = new HashMap<>(capacityFor(draft.terms().size()));
        Map<String, Integer> names = new HashMap<>(capacityFor(draft.terms().size()));
        for (int i = 0; i < draft.terms().size(); i++) {
            DeckDraft.TermDraft t = draft.terms().get(i);
            TermCheck check = new TermCheck(i, t, problems);
            Term term = check.term();
            if (!isBlank(t.id()) && ids.putIfAbsent(t.id(), i) != null) {
                check.problem("id", "duplicate id " + quote(t.id()) + ", also used by terms[" + ids.get(t.id())
                        + "]; give each term its own id");
            }
            if (!isBlank(t.term())) {
                String key = Deck.key(t.term());
                Integer other = names.putIfAbsent(key, i);
                if (other != null) {
                    check.problem("term", "duplicate name " + quote(t.term()) + ", also used by terms[" + other
                            + "]; rename one of them");
                }
            }
            if (term != null) {
                terms.add(term);
            }
        }
        checkAliases(draft.terms(), names, problems);
        checkRelated(draft.terms(), ids.keySet(), problems);
        checkSame(draft.terms(), ids, problems);
        if (!problems.isEmpty()) {
            return new Result(null, List.copyOf(problems));
        }
        return new Result(Deck.of(draft.id(), draft.name(), draft.description(), metadata, terms), List.of());
    }

    /**
     * An alias that is another term's name or alias would make {@code show} pick one of the two terms in
     * silence, so each alias must lead to one term only.
     */
    private static void checkAliases(List<DeckDraft.TermDraft> drafts, Map<String, Integer> names,
            List<DeckProblem> problems) {
        Map<String, Integer> aliases = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            DeckDraft.TermDraft t = drafts.get(i);
            if (t.aliases() == null) {
                continue;
            }
            for (String alias : t.aliases()) {
                if (isBlank(alias)) {
                    continue;
                }
                String key = Deck.key(alias);
                Integer named = names.get(key);
                Integer other = named == null ? aliases.putIfAbsent(key, i) : null;
                String clash = named != null && named != i ? "is the name of "
                        : other != null && other != i ? "is also an alias of " : null;
                if (clash != null) {
                    int owner = named != null ? named : other;
                    problems.add(new DeckProblem(TermCheck.where(i, t) + ": aliases", quote(alias) + " " + clash
                            + TermCheck.where(owner, drafts.get(owner)) + "; an alias must lead to one term, so"
                            + " remove it from one of them", t.line(), t.column()));
                }
            }
        }
    }

    private static void checkRelated(List<DeckDraft.TermDraft> drafts, Set<String> ids, List<DeckProblem> problems) {
        for (int i = 0; i < drafts.size(); i++) {
            DeckDraft.TermDraft t = drafts.get(i);
            if (t.related() == null) {
                continue;
            }
            for (String related : t.related()) {
                if (related != null && !ids.contains(related)) {
                    problems.add(new DeckProblem(TermCheck.where(i, t) + ": related",
                            quote(related) + " is not the id of a term in this deck; fix the id or remove it",
                            t.line(), t.column()));
                } else if (related != null && related.equals(t.id())) {
                    problems.add(new DeckProblem(TermCheck.where(i, t) + ": related",
                            "a term cannot be related to itself; remove " + quote(related), t.line(), t.column()));
                }
            }
        }
    }

    /**
     * Twins mean the same thing whichever way round they are read, so each must list the other: a one-sided
     * {@code same} would make a quiz accept "Cron Job" for "Scheduled Task" but not the other way.
     */
    private static void checkSame(List<DeckDraft.TermDraft> drafts, Map<String, Integer> ids,
            List<DeckProblem> problems) {
        for (int i = 0; i < drafts.size(); i++) {
            DeckDraft.TermDraft t = drafts.get(i);
            if (t.same() == null) {
                continue;
            }
            for (String twin : t.same()) {
                if (isBlank(twin)) {
                    continue;
                }
                Integer other = ids.get(twin);
                String where = TermCheck.where(i, t) + ": same";
                if (other == null) {
                    problems.add(new DeckProblem(where, quote(twin)
                            + " is not the id of a term in this deck; fix the id or remove it", t.line(), t.column()));
                } else if (twin.equals(t.id())) {
                    problems.add(new DeckProblem(where, "a term cannot be the same as itself; remove " + quote(twin),
                            t.line(), t.column()));
                } else if (!lists(drafts.get(other).same(), t.id())) {
                    problems.add(new DeckProblem(where, quote(twin) + " does not list " + quote(t.id())
                            + " as the same in turn; twins list each other, so add " + quote(t.id()) + " to "
                            + TermCheck.where(other, drafts.get(other)) + "'s \"same\" or remove " + quote(twin)
                            + " here", t.line(), t.column()));
                }
            }
        }
    }

    private static boolean lists(List<String> ids, String id) {
        return ids != null && id != null && ids.contains(id);
    }

    /**
     * Whether {@code s} is a slug: runs of lower-case letters and digits joined by single hyphens, underscores
     * or dots ({@code [a-z0-9]+(?:[-_.][a-z0-9]+)*}). Checked by hand, as every term's id is: a regex match per
     * term cost more than all the other rules together.
     */
    public static boolean isSlug(String s) {
        // The start counts as a separator, as a slug can neither start nor end with one.
        boolean afterSeparator = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                afterSeparator = false;
            } else if ((c == '-' || c == '_' || c == '.') && !afterSeparator) {
                afterSeparator = true;
            } else {
                return false;
            }
        }
        return !afterSeparator;
    }

    /** A HashMap capacity that holds {@code entries} without growing, which would rehash a large deck's keys. */
    static int capacityFor(int entries) {
        return (int) (entries / 0.75f) + 1;
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    static String quote(String s) {
        return DeckProblem.quote(s);
    }

    /** The rules for one term; collects its problems and builds the term when there are none. */
    private static final class TermCheck {
        private static final int FEW = 8;

        private final int index;
        private final DeckDraft.TermDraft t;
        private final List<DeckProblem> problems;
        private boolean failed;

        TermCheck(int index, DeckDraft.TermDraft t, List<DeckProblem> problems) {
            this.index = index;
            this.t = t;
            this.problems = problems;
        }

        static String where(int index, DeckDraft.TermDraft t) {
            return "terms[" + index + "]" + (isBlank(t.id()) ? "" : " " + quote(t.id()));
        }

        void problem(String field, String message) {
            failed = true;
            problems.add(new DeckProblem(where(index, t) + ": " + field, message, t.line(), t.column()));
        }

        Term term() {
            if (isBlank(t.id())) {
                problem("id", "missing; add a stable slug such as " + quote(suggestSlug(t.term())));
            } else if (!isSlug(t.id())) {
                problem("id", quote(t.id()) + " is not a slug; use lower-case letters, digits and hyphens, e.g. "
                        + quote(suggestSlug(t.id())));
            }
            required("term", t.term());
            required("definition", t.definition());
            Level level = null;
            if (isBlank(t.level())) {
                problem("level", "missing; use one of beginner, intermediate, advanced");
            } else {
                level = Level.parse(t.level()).orElse(null);
                if (level == null) {
                    problem("level", "level " + quote(t.level()) + " is not one of beginner, intermediate, advanced");
                } else if (!level.id().equals(t.level())) {
                    // The schema editors check against allows exactly these words; the file must pass both.
                    problem("level", "level " + quote(t.level()) + " must be written " + quote(level.id())
                            + ", in lower case");
                }
            }
            noBlankItems("aliases", t.aliases());
            noBlankItems("related", t.related());
            noBlankItems("same", t.same());
            noBlankItems("tags", t.tags());
            reservedTags(t.tags());
            if (failed) {
                return null;
            }
            return new Term(t.id(), t.term().strip(), level, strip(t.category()), t.definition().strip(),
                    t.aliases(), t.related(), t.same(), strip(t.example()), t.tags());
        }

        private void required(String field, String value) {
            if (value == null) {
                problem(field, "missing; every term needs a " + field);
            } else if (value.isBlank()) {
                problem(field, "empty; write the " + field);
            }
        }

        /**
         * An Anki export carries a term's level, id and links as tags under "glossary::", and the import reads every
         * such tag as one of those: a deck's own tag there would not survive the round trip.
         */
        private void reservedTags(List<String> tags) {
            if (tags == null) {
                return;
            }
            for (int i = 0; i < tags.size(); i++) {
                String tag = tags.get(i);
                if (tag != null && tag.strip().toLowerCase(java.util.Locale.ROOT).startsWith(RESERVED_TAG_PREFIX)) {
                    problem("tags[" + i + "]", quote(tag) + " starts with " + quote(RESERVED_TAG_PREFIX) + ", which"
                            + " glossary keeps for the level, id and links of an Anki export; rename the tag");
                }
            }
        }

        private void noBlankItems(String field, List<String> values) {
            if (values == null) {
                return;
            }
            for (int i = 0; i < values.size(); i++) {
                if (isBlank(values.get(i))) {
                    problem(field + "[" + i + "]", "empty; remove it or fill it in");
                }
            }
            if (hasRepeat(values)) {
                problem(field, "lists the same value twice; remove the repeat");
            }
        }

        /**
         * Lists usually hold a few items, where comparing each pair beats building a set for each; a long list
         * (a hostile file can hold thousands) still gets a set, to stay linear.
         */
        private static boolean hasRepeat(List<String> values) {
            if (values.size() > FEW) {
                return new HashSet<>(values).size() != values.size();
            }
            for (int i = 1; i < values.size(); i++) {
                for (int j = 0; j < i; j++) {
                    if (Objects.equals(values.get(i), values.get(j))) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static String strip(String s) {
            return s == null ? null : s.strip();
        }
    }

    /** The rules for the deck's version, author, date and changelog, all optional. */
    private static final class MetadataCheck {
        private static final int MAX_VERSION = 40;

        private MetadataCheck() {
        }

        static DeckMetadata metadata(DeckDraft.MetadataDraft m, List<DeckProblem> problems) {
            int before = problems.size();
            String version = oneLine("version", m.version(), MAX_VERSION, "\"1.2\"", problems);
            String author = oneLine("author", m.author(), MAX_FIELD_LENGTH, "\"Ana Silva\"", problems);
            LocalDate updated = date("updated", m.updated(), 0, 0, problems);
            List<DeckMetadata.ChangelogEntry> changelog = new ArrayList<>();
            if (m.changelog() != null) {
                Map<String, Integer> versions = new HashMap<>();
                for (int i = 0; i < m.changelog().size(); i++) {
                    DeckMetadata.ChangelogEntry entry = entry(i, m.changelog().get(i), versions, problems);
                    if (entry != null) {
                        changelog.add(entry);
                    }
                }
            }
            return problems.size() > before ? null : new DeckMetadata(version, author, updated, changelog);
        }

        private static DeckMetadata.ChangelogEntry entry(int i, DeckDraft.ChangelogDraft e, Map<String, Integer> versions,
                                                         List<DeckProblem> problems) {
            String where = "changelog[" + i + "]";
            int before = problems.size();
            if (isBlank(e.version())) {
                problems.add(new DeckProblem(where + ": version", "missing; say which version the entry is about,"
                        + " e.g. \"version\": \"1.2\"", e.line(), e.column()));
            } else if (versions.putIfAbsent(e.version().strip(), i) != null) {
                problems.add(new DeckProblem(where + ": version", quote(e.version()) + " has an entry already, at"
                        + " changelog[" + versions.get(e.version().strip()) + "]; merge the two", e.line(), e.column()));
            }
            LocalDate date = date(where + ": date", e.date(), e.line(), e.column(), problems);
            if (e.changes() == null || e.changes().isEmpty()) {
                problems.add(new DeckProblem(where + ": changes", "missing; say what changed, as a string or a list"
                        + " of strings", e.line(), e.column()));
            } else {
                for (int c = 0; c < e.changes().size(); c++) {
                    if (isBlank(e.changes().get(c))) {
                        problems.add(new DeckProblem(where + ": changes[" + c + "]", "empty; remove it or fill it in",
                                e.line(), e.column()));
                    }
                }
            }
            if (problems.size() > before) {
                return null;
            }
            return new DeckMetadata.ChangelogEntry(e.version().strip(), date,
                    e.changes().stream().map(String::strip).toList());
        }

        private static String oneLine(String field, String value, int max, String example, List<DeckProblem> problems) {
            if (value == null) {
                return null;
            }
            String text = value.strip();
            if (text.isEmpty()) {
                problems.add(DeckProblem.at(field, "empty; write it, e.g. " + example + ", or leave the field out"));
            } else if (text.contains("\n") || text.contains("\r")) {
                problems.add(DeckProblem.at(field, "must be one line; remove the line break"));
            } else if (text.length() > max) {
                problems.add(DeckProblem.at(field, "longer than " + max + " characters; shorten it, e.g. " + example));
            }
            return text;
        }

        private static LocalDate date(String where, String value, int line, int column, List<DeckProblem> problems) {
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                problems.add(new DeckProblem(where, quote(value) + " is not a date; write it as YYYY-MM-DD, e.g."
                        + " \"2026-03-02\"", line, column));
                return null;
            }
        }
    }

    /** A slug made from a name, as {@link Slugs#of} makes every id. */
    public static String suggestSlug(String name) {
        return name == null ? "my-term" : Slugs.of(name);
    }
}
