package dev.glossary.progress;

import java.util.List;
import java.util.RandomAccess;

/**
 * A list of reviews that never changes, which {@link TermHistory} keeps as it is rather than copying it: a
 * store can then hand out histories whose reviews it decodes only when they are first read, as most commands
 * look at the card alone (a search, the due count, the REPL's prompt).
 */
public interface ReviewList extends List<Review>, RandomAccess {
}
