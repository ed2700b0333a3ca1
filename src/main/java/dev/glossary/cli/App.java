package dev.glossary.cli;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import dev.glossary.progress.CardReplayer;
import dev.glossary.progress.LearnerConfig;
import dev.glossary.search.SearchIndex;
import dev.glossary.srs.FsrsParameters;
import dev.glossary.srs.Scheduler;
import dev.glossary.store.JsonConfigStore;
import dev.glossary.store.JsonProgressStore;
import dev.glossary.store.DeckSource;
import dev.glossary.store.LearnerFiles;
import dev.glossary.term.Painter;
import dev.glossary.term.Screen;
import org.jline.terminal.Terminal;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Everything a command needs from the outside world, made once per process (or per test): the
 * environment, the clock, the learner's files, standard input and the screen. Commands get it through
 * picocli's factory, so nothing reads {@code System.getenv} or the wall clock on its own.
 */
public final class App {
    private final Map<String, String> env;
    private final Clock clock;
    private final LearnerFiles files;
    private final InputStream stdin;
    private final Supplier<Screen> screenSource;
    private final BooleanSupplier stdinIsTerminal;
    private Boolean stdinTerminal;
    private Screen screen;
    private String deckOption;
    private String sessionDeckOption;
    private SearchIndex searchIndex;
    private Prefetch prefetch;
    private Deck deck;
    private LearnerConfig config;
    private JsonProgressStore progress;
    private Set<Level> sessionLevels = EnumSet.allOf(Level.class);
    private Supplier<AnswerInput> answerInput;
    /** Null for the process's own terminal; the REPL sets its own. */
    private Supplier<Terminal> terminal;
    private boolean inRepl;
    private List<Term> lastList = List.of();
    private final List<Thread> backgroundThreads = new ArrayList<>();
    private final Executor background = new Background();

    public App(Map<String, String> env, Clock clock, String userHome, InputStream stdin, boolean stdinIsTerminal,
               Supplier<Screen> screenSource) {
        this(env, clock, userHome, stdin, () -> stdinIsTerminal, screenSource);
    }

    /** {@code stdinIsTerminal} is asked on first use only: most commands never read standard input. */
    public App(Map<String, String> env, Clock clock, String userHome, InputStream stdin, BooleanSupplier stdinIsTerminal,
               Supplier<Screen> screenSource) {
        this.env = Map.copyOf(env);
        this.clock = clock;
        this.files = LearnerFiles.from(env, userHome);
        this.stdin = stdin;
        this.stdinIsTerminal = stdinIsTerminal;
        this.screenSource = screenSource;
    }

    public Map<String, String> env() {
        return env;
    }

    public Clock clock() {
        return clock;
    }

    public LearnerFiles files() {
        return files;
    }

    public InputStream stdin() {
        return stdin;
    }

    public boolean stdinIsTerminal() {
        if (stdinTerminal == null) {
            stdinTerminal = stdinIsTerminal.getAsBoolean();
        }
        return stdinTerminal;
    }

    public Screen screen() {
        if (screen == null) {
            screen = screenSource.get();
        }
        return screen;
    }

    /** The REPL replaces the screen when the terminal is resized. */
    public void screen(Screen screen) {
        this.screen = screen;
    }

    public Painter painter() {
        return new Painter(screen().color());
    }

    /**
     * Sets {@code --deck}; null means the session's deck (the bundled one, or the REPL's). Picocli calls
     * this only when a line gives {@code --deck}, so the REPL calls {@link #useSessionDeck} after each line.
     */
    public void deckOption(String option) {
        String effective = option == null ? sessionDeckOption : option;
        if (!Objects.equals(this.deckOption, effective)) {
            this.deckOption = effective;
            this.deck = null;
            this.searchIndex = null;
        }
        if (prefetch != null && !Objects.equals(prefetch.deckOption(), effective)) {
            prefetch = null;
        }
    }

    /** The REPL keeps the deck it was opened on (or switched to) for commands that do not name one. */
    public void pinSessionDeck() {
        this.sessionDeckOption = deckOption;
    }

    /** A {@code --deck} given to one REPL command applies to that command only. */
    public void useSessionDeck() {
        deckOption(null);
    }

    /**
     * Where quiz answers come from: the REPL's terminal when in the REPL, else a terminal of its own when
     * standard input is one, else the pipe.
     */
    public AnswerInput answerInput(PrintWriter prompts) {
        if (answerInput != null) {
            return answerInput.get();
        }
        return stdinIsTerminal() ? SystemTerminals.answerInput() : new PipedAnswerInput(stdin, prompts);
    }

    public void answerInput(Supplier<AnswerInput> source) {
        this.answerInput = source;
    }

    /** The terminal to page long output on; only asked for when the screen is a terminal. */
    public Terminal terminal() {
        return terminal != null ? terminal.get() : SystemTerminals.get();
    }

    public void terminal(Supplier<Terminal> source) {
        this.terminal = source;
    }

    public boolean inRepl() {
        return inRepl;
    }

    public void inRepl(boolean inRepl) {
        this.inRepl = inRepl;
    }

    /** The terms of the last search or browse, so the REPL can say {@code show 3} or {@code quiz --hits}. */
    public List<Term> lastList() {
        return lastList;
    }

    public void lastList(List<Term> terms) {
        this.lastList = List.copyOf(terms);
    }

    /** Terms of the deck (within the session's levels) that are due now. */
    public int dueCount() {
        Deck d = deck();
        Set<Level> levels = sessionLevels;
        Instant now = clock.instant();
        var histories = progress().load().deck(d.id());
        int n = 0;
        for (Term term : d.terms()) {
            var h = histories.get(term.id());
            if (h != null && levels.contains(term.level()) && h.isDue(now)) {
                n++;
            }
        }
        return n;
    }

    /** The levels commands use when given no {@code --level}: all, unless the REPL's {@code level} narrowed them. */
    public Set<Level> sessionLevels() {
        return EnumSet.copyOf(sessionLevels);
    }

    public void sessionLevels(Set<Level> levels) {
        this.sessionLevels = levels.isEmpty() ? EnumSet.allOf(Level.class) : EnumSet.copyOf(levels);
    }

    public JsonConfigStore configStore() {
        return new JsonConfigStore(files);
    }

    /** The learner's settings, read once. */
    public LearnerConfig config() {
        if (config == null) {
            config = configStore().load();
        }
        return config;
    }

    public void config(LearnerConfig config) {
        configStore().save(config);
        this.config = config;
        this.progress = null;
    }

    public FsrsParameters schedulerParameters() {
        return config().schedulerParameters();
    }

    /** The learner's progress file, opened on first use and kept for the session. */
    public JsonProgressStore progress() {
        if (progress == null) {
            // The settings are read now, so that a bad config.json is reported as soon as ever; only the
            // scheduler waits until something is scheduled.
            FsrsParameters parameters = schedulerParameters();
            progress = new JsonProgressStore(files, () -> new CardReplayer(new Scheduler(parameters)), clock);
        }
        return progress;
    }

    /** The search index of the current deck, built on first use. */
    public SearchIndex searchIndex() {
        if (searchIndex == null) {
            searchIndex = prefetch != null && prefetch.index() != null ? join(prefetch.index()) : DeckSource.searchIndex(deck());
        }
        return searchIndex;
    }

    /**
     * Starts loading the deck (and building its search index) on another thread while picocli builds its
     * command model: a one-shot spends most of its start-up on those two, and this machine has a core to
     * spare. A hint only: if the parsed {@code --deck} turns out different, the work is simply redone.
     */
    public void prefetch(String deckOptionGuess, boolean withIndex) {
        this.deckOption = deckOptionGuess;
        CompletableFuture<Deck> loading = CompletableFuture.supplyAsync(new DeckLoad(deckOptionGuess));
        prefetch = new Prefetch(deckOptionGuess, loading, withIndex ? loading.thenApply(new IndexBuild()) : null);
    }

    /** Classes, not lambdas, as for {@link Background}. */
    private final class DeckLoad implements Supplier<Deck> {
        private final String deckOption;

        DeckLoad(String deckOption) {
            this.deckOption = deckOption;
        }

        @Override
        public Deck get() {
            return DeckSource.load(deckOption, files, background);
        }
    }

    private static final class IndexBuild implements Function<Deck, SearchIndex> {
        @Override
        public SearchIndex apply(Deck deck) {
            return DeckSource.searchIndex(deck);
        }
    }

    private record Prefetch(String deckOption, CompletableFuture<Deck> deck, CompletableFuture<SearchIndex> index) {
    }

    /** Waits for background work, rethrowing its failure as it would have been thrown here. */
    private static <T> T join(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** The deck the commands work on, loaded on first use and then kept (the REPL reuses it). */
    public Deck deck() {
        if (deck == null) {
            deck = prefetch != null ? join(prefetch.deck()) : DeckSource.load(deckOption, files, background);
        }
        return deck;
    }

    /**
     * Runs work the command's answer does not wait for (writing a large deck's cached copy) on a thread of its
     * own: the common pool has one thread on a 2-core machine, and the search index build needs it. A class
     * rather than a method reference: linking a lambda costs a cold JVM about a third of a millisecond, and
     * a one-shot's start-up is counted in those.
     */
    private final class Background implements Executor {
        @Override
        public void execute(Runnable work) {
            Thread thread = new Thread(work, "glossary-background");
            thread.setDaemon(true);
            synchronized (backgroundThreads) {
                backgroundThreads.add(thread);
            }
            thread.start();
        }
    }

    /** Lets background work finish before the process exits; {@code Main} calls it last. */
    public void awaitBackgroundWork() {
        List<Thread> threads;
        synchronized (backgroundThreads) {
            threads = List.copyOf(backgroundThreads);
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
