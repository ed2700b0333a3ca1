import dev.glossary.deck.Deck;
import dev.glossary.search.SearchIndex;
import dev.glossary.store.DeckCache;
import dev.glossary.store.DeckReader;
import dev.glossary.store.LoadedDeck;

import java.nio.file.Path;
import java.util.Locale;

/**
 * One cold open of a deck file, timed in its parts: {@code bench/bigdeck.sh} runs it in a fresh JVM per run,
 * with the launcher's JVM options, after compiling it (the source launcher would warm the JVM up first).
 *
 * <pre>java -cp target/glossary.jar:DIR LoadBench FILE json|cache CACHE_DIR</pre>
 *
 * "json" parses and checks the file and builds its index, as a first open does; "cache" opens it through the
 * learner's deck cache, as later opens do: the binary copy and the index kept beside it, once a first open has
 * made them (an index not kept yet is built, and kept).
 */
public class LoadBench {
    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        long start = System.nanoTime();
        boolean cached = args[1].equals("cache");
        LoadedDeck opened = cached ? new DeckCache(Path.of(args[2]), Runnable::run).load(file) : null;
        Deck deck = cached ? opened.deck() : DeckReader.load(file);
        long loaded = System.nanoTime();
        SearchIndex index = cached ? opened.searchIndex() : SearchIndex.build(deck);
        long indexed = System.nanoTime();
        if (index.search("circuit breaker", 10).isEmpty()) {
            throw new IllegalStateException("no hits");
        }
        System.out.printf(Locale.ROOT, "%d %.0f %.0f%n", deck.size(), (loaded - start) / 1e6, (indexed - loaded) / 1e6);
    }
}
