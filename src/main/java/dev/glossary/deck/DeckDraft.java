package dev.glossary.deck;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A deck as read from a file, before any rule is checked: every field may be missing (null).
 * {@link DeckValidator} turns a draft into a {@link Deck} or a list of problems.
 */
public record DeckDraft(Integer format, String id, String name, String description, List<TermDraft> terms,
                        MetadataDraft metadata) {

    public DeckDraft {
        terms = terms == null ? null : List.copyOf(terms);
        metadata = metadata == null ? MetadataDraft.NONE : metadata;
    }

    /** A draft without version, author, date or changelog, as importers and older tools make them. */
    public DeckDraft(Integer format, String id, String name, String description, List<TermDraft> terms) {
        this(format, id, name, description, terms, MetadataDraft.NONE);
    }

    /** A draft of a deck built in memory (an import, a starter deck), to check it with {@link DeckValidator}. */
    public static DeckDraft of(Deck deck) {
        return new DeckDraft(Deck.FORMAT, deck.id(), deck.name(), deck.description(),
                deck.terms().stream().map(TermDraft::of).toList(), MetadataDraft.of(deck.metadata()));
    }

    /** The deck's version, author, date ({@code updated}, as written) and changelog, as read; each may be null. */
    public record MetadataDraft(String version, String author, String updated, List<ChangelogDraft> changelog) {
        public static final MetadataDraft NONE = new MetadataDraft(null, null, null, null);

        public MetadataDraft {
            changelog = changelog == null ? null : List.copyOf(changelog);
        }

        static MetadataDraft of(DeckMetadata metadata) {
            return new MetadataDraft(metadata.version(), metadata.author(),
                    metadata.updated() == null ? null : metadata.updated().toString(),
                    metadata.changelog().isEmpty() ? null : metadata.changelog().stream().map(ChangelogDraft::of).toList());
        }
    }

    /** One changelog entry as read, with the line and column where its object starts (0 when made in memory). */
    public record ChangelogDraft(String version, String date, List<String> changes, int line, int column) {
        public ChangelogDraft {
            changes = TermDraft.copy(changes);
        }

        static ChangelogDraft of(DeckMetadata.ChangelogEntry entry) {
            return new ChangelogDraft(entry.version(), entry.date() == null ? null : entry.date().toString(),
                    entry.changes(), 0, 0);
        }
    }

    /** One term as read, with the line and column where its object starts. */
    public record TermDraft(
            String id,
            String term,
            String level,
            String category,
            String definition,
            List<String> aliases,
            List<String> related,
            List<String> same,
            String example,
            List<String> tags,
            int line,
            int column) {

        public TermDraft {
            aliases = copy(aliases);
            related = copy(related);
            same = copy(same);
            tags = copy(tags);
        }

        /**
         * Keeps null items: a list item of the wrong type is read as null and reported by the validator. A list
         * without them becomes an immutable list, which {@link Term} then keeps as it is instead of copying again.
         */
        static List<String> copy(List<String> items) {
            if (items == null) {
                return null;
            }
            return hasNull(items) ? Collections.unmodifiableList(new ArrayList<>(items)) : List.copyOf(items);
        }

        /** Not {@code items.contains(null)}: an immutable list throws on that rather than answer. */
        private static boolean hasNull(List<String> items) {
            for (String item : items) {
                if (item == null) {
                    return true;
                }
            }
            return false;
        }

        public static TermDraft of(Term term) {
            return new TermDraft(term.id(), term.name(), term.level().id(), term.category(), term.definition(),
                    term.aliases(), term.related(), term.same(), term.example(), term.tags(), 0, 0);
        }
    }
}
