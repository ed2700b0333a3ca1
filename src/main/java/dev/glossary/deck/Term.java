package dev.glossary.deck;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One card of a deck. {@code id} is a stable slug: progress is keyed by it, so a teacher may edit the
 * name or definition without the learner losing their history. {@code related} links terms worth seeing
 * together; {@code same} names the terms of the deck that mean the same thing (twins such as "Cron Job"
 * and "Scheduled Task"), which the validator keeps symmetric.
 */
public record Term(
        String id,
        String name,
        Level level,
        String category,
        String definition,
        List<String> aliases,
        List<String> related,
        List<String> same,
        String example,
        List<String> tags) {

    public Term {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(definition, "definition");
        category = category == null ? "" : category;
        example = example == null ? "" : example;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        related = related == null ? List.of() : List.copyOf(related);
        same = same == null ? List.of() : List.copyOf(same);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A term with no twins. */
    public Term(String id, String name, Level level, String category, String definition, List<String> aliases,
            List<String> related, String example, List<String> tags) {
        this(id, name, level, category, definition, aliases, related, List.of(), example, tags);
    }

    /** A term with only the required fields, for tests and importers. */
    public static Term of(String id, String name, Level level, String definition) {
        return new Term(id, name, level, "", definition, List.of(), List.of(), "", List.of());
    }

    /**
     * The term with {@code change} applied to every text a person wrote (name, category, definition, aliases,
     * example, tags); ids and the level stay as they are.
     */
    public Term withText(UnaryOperator<String> change) {
        return new Term(id, change.apply(name), level, change.apply(category), change.apply(definition),
                aliases.stream().map(change).toList(), related, same, change.apply(example),
                tags.stream().map(change).toList());
    }

    /** Whether {@code other} is one of this term's twins: the same concept under another name. */
    public boolean isSameAs(Term other) {
        return same.contains(other.id());
    }

    /** The name and every alias: the names a learner may know this term by. */
    public List<String> names() {
        if (aliases.isEmpty()) {
            return List.of(name);
        }
        var all = new java.util.ArrayList<String>(aliases.size() + 1);
        all.add(name);
        all.addAll(aliases);
        return List.copyOf(all);
    }
}
