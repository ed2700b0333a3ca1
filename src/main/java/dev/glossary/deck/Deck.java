package dev.glossary.deck;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A validated deck: terms in file order, looked up by id or by name/alias (case-insensitive).
 * Build one with {@link #of}; {@link DeckValidator} is what makes sure ids and names are unique.
 */
public final class Deck {
    public static final int FORMAT = 1;

    private final String id;
    private final String name;
    private final String description;
    private final DeckMetadata metadata;
    private final List<Term> terms;
    /** Made on first use, as some commands (search, for one) never look a term up by id or name. */
    private volatile Lookups lookups;

    private Deck(String id, String name, String description, DeckMetadata metadata, List<Term> terms) {
        this.id = id;
        this.name = name == null || name.isBlank() ? id : name;
        this.description = description == null ? "" : description;
        this.metadata = metadata == null ? DeckMetadata.NONE : metadata;
        this.terms = List.copyOf(terms);
    }

    /** The terms by id and by name or alias; the first term with a key wins. */
    private record Lookups(Map<String, Term> byId, Map<String, Term> byName) {
        static Lookups of(List<Term> terms) {
            Map<String, Term> ids = new HashMap<>(DeckValidator.capacityFor(terms.size()));
            int nameCount = terms.size();
            for (Term term : terms) {
                nameCount += term.aliases().size();
            }
            Map<String, Term> names = new HashMap<>(DeckValidator.capacityFor(nameCount));
            for (Term term : terms) {
                ids.putIfAbsent(term.id(), term);
            }
            // Names win over aliases so that an alias shared by accident never hides a real name.
            for (Term term : terms) {
                names.putIfAbsent(key(term.name()), term);
            }
            for (Term term : terms) {
                for (String alias : term.aliases()) {
                    names.putIfAbsent(key(alias), term);
                }
            }
            return new Lookups(Collections.unmodifiableMap(ids), Collections.unmodifiableMap(names));
        }
    }

    private Lookups lookups() {
        Lookups made = lookups;
        if (made == null) {
            // Two threads may both make them: they make equal maps, and either is fine to keep.
            made = Lookups.of(terms);
            lookups = made;
        }
        return made;
    }

    public static Deck of(String id, String name, String description, List<Term> terms) {
        return new Deck(id, name, description, DeckMetadata.NONE, terms);
    }

    public static Deck of(String id, String name, String description, DeckMetadata metadata, List<Term> terms) {
        return new Deck(id, name, description, metadata, terms);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    /** Version, author, date and changelog, each of which may be missing. */
    public DeckMetadata metadata() {
        return metadata;
    }

    public List<Term> terms() {
        return terms;
    }

    public int size() {
        return terms.size();
    }

    public Optional<Term> byId(String termId) {
        return Optional.ofNullable(lookups().byId().get(termId));
    }

    /** Finds a term by its name or one of its aliases, ignoring case and surrounding spaces. */
    public Optional<Term> byName(String nameOrAlias) {
        return Optional.ofNullable(lookups().byName().get(key(nameOrAlias)));
    }

    /** Finds a term by name, alias or id, in that order. */
    public Optional<Term> find(String text) {
        Optional<Term> named = byName(text);
        return named.isPresent() ? named : byId(text.trim());
    }

    public List<Term> related(Term term) {
        return byIds(term.related());
    }

    /** The term's twins: the terms of this deck that mean the same thing. */
    public List<Term> same(Term term) {
        return byIds(term.same());
    }

    private List<Term> byIds(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Term> byId = lookups().byId();
        List<Term> terms = new ArrayList<>(ids.size());
        for (String id : ids) {
            Term other = byId.get(id);
            if (other != null) {
                terms.add(other);
            }
        }
        return List.copyOf(terms);
    }

    /**
     * A name or alias as names are compared: ignoring case and surrounding spaces. The validator's rule that
     * names and aliases lead to one term each uses the same key, so it agrees with {@link #byName}.
     */
    static String key(String text) {
        return text.trim().toLowerCase(Locale.ROOT);
    }
}
