package dev.glossary.cli;

import dev.glossary.store.DeckSource;

import java.util.Iterator;

/**
 * Term names of the bundled deck for shell completion scripts. A name with spaces is offered as its id
 * instead ({@code circuit-breaker-pattern}), which {@code show} accepts too: completion scripts split
 * candidates on spaces. Loaded only when a script is generated, never at start-up.
 */
final class TermNameCandidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return DeckSource.bundled().terms().stream()
                .map(t -> t.name().chars().anyMatch(Character::isWhitespace) ? t.id() : t.name())
                .iterator();
    }
}
