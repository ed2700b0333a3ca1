package dev.glossary.deck;

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
    private final List<Term> terms;
    private final Map<String, Term> byId;
    private final Map<String, Term> byName;

    private Deck(String id, String name, String description, List<Term> terms) {
        this.id = id;
        this.name = name == null || name.isBlank() ? id : name;
        this.description = description == null ? "" : description;
        this.terms = List.copyOf(terms);
        Map<String, Term> ids = new HashMap<>(DeckValidator.capacityFor(this.terms.size()));
        int nameCount = this.terms.size() + this.terms.stream().mapToInt(term -> term.aliases().size()).sum();
        Map<String, Term> names = new HashMap<>(DeckValidator.capacityFor(nameCount));
        for (Term term : this.terms) {
            ids.putIfAbsent(term.id(), term);
        }
        // Names win over aliases so that an alias shared by accident never hides a real name.
        for (Term term : this.terms) {
            names.putIfAbsent(key(term.name()), term);
        }
        for (Term term : this.terms) {
            for (String alias : term.aliases()) {
                names.putIfAbsent(key(alias), term);
            }
        }
        this.byId = Collections.unmodifiableMap(ids);
        this.byName = Collections.unmodifiableMap(names);
    }

    public static Deck of(String id, String name, String description, List<Term> terms) {
        return new Deck(id, name, description, terms);
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

    public List<Term> terms() {
        return terms;
    }

    public int size() {
        return terms.size();
    }

    public Optional<Term> byId(String termId) {
        return Optional.ofNullable(byId.get(termId));
    }

    /** Finds a term by its name or one of its aliases, ignoring case and surrounding spaces. */
    public Optional<Term> byName(String nameOrAlias) {
        return Optional.ofNullable(byName.get(key(nameOrAlias)));
    }

    /** Finds a term by name, alias or id, in that order. */
    public Optional<Term> find(String text) {
        return byName(text).or(() -> byId(text.trim()));
    }

    public List<Term> related(Term term) {
        return term.related().stream().map(byId::get).filter(t -> t != null).toList();
    }

    private static String key(String text) {
        return text.trim().toLowerCase(Locale.ROOT);
    }
}
