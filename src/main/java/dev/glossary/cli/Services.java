package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.deck.Deck;
import dev.glossary.progress.CardReplayer;
import dev.glossary.progress.LearnerConfig;
import dev.glossary.search.SearchIndex;
import dev.glossary.srs.FsrsParameters;
import dev.glossary.srs.Scheduler;
import dev.glossary.store.DeckSource;
import dev.glossary.store.JsonConfigStore;
import dev.glossary.store.JsonProgressStore;
import dev.glossary.store.LearnerFiles;
import dev.glossary.store.LoadedDeck;
import dev.glossary.term.Screen;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * What every command needs from outside the core, made once per process (or per test) and passed to the
 * commands by {@link Commands}: the environment, the clock, the learner's files and settings, standard
 * input, the process's screen, and the decks. Nothing here reads {@code System.getenv} or the wall clock on
 * its own, and nothing here is session state: what one command leaves for the next lives in a {@link Session}.
 *
 * <pre>{@code Services services = new Services(System.getenv(), clock, userHome, System.in, isTerminal, screen, opener);}</pre>
 *
 * What it reads (settings, progress store, a deck and its index) it keeps once read, and reads again only
 * after {@link #config(LearnerConfig)} wrote new settings.
 */
public final class Services {
    private final Map<String, String> env;
    private final Clock clock;
    private final LearnerFiles files;
    private final InputStream stdin;
    private final BooleanSupplier stdinIsTerminal;
    private final Supplier<Screen> screenSource;
    private final ReplOpener replOpener;
    private final List<Thread> backgroundThreads = new ArrayList<>();
    private final Executor background = this::startBackground;
    private Boolean stdinTerminal;
    private Screen screen;
    private LearnerConfig config;
    private JsonProgressStore progress;
    private Opened loaded;
    private volatile PrintWriter notices;

    /**
     * {@code stdinIsTerminal} and {@code screen} are asked on first use only: most commands never read standard
     * input. {@code replOpener} opens the interactive session for {@code glossary} with no command.
     */
    public Services(Map<String, String> env, Clock clock, String userHome, InputStream stdin,
                    BooleanSupplier stdinIsTerminal, Supplier<Screen> screen, ReplOpener replOpener) {
        this.env = Map.copyOf(env);
        this.clock = clock;
        this.files = LearnerFiles.from(env, userHome);
        this.stdin = stdin;
        this.stdinIsTerminal = stdinIsTerminal;
        this.screenSource = screen;
        this.replOpener = replOpener;
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

    public synchronized boolean stdinIsTerminal() {
        if (stdinTerminal == null) {
            stdinTerminal = stdinIsTerminal.getAsBoolean();
        }
        return stdinTerminal;
    }

    /** The screen of this process; a REPL session has its own (see {@link Session#screen()}). */
    public synchronized Screen screen() {
        if (screen == null) {
            screen = screenSource.get();
        }
        return screen;
    }

    /** Where a note about a long wait goes (another process holding the progress lock): {@link Commands} sets it. */
    void notices(PrintWriter err) {
        this.notices = err;
    }

    private void notice(String message) {
        PrintWriter err = notices;
        if (err != null) {
            err.println("glossary: " + message);
            err.flush();
        }
    }

    ReplOpener replOpener() {
        return replOpener;
    }

    public JsonConfigStore configStore() {
        return new JsonConfigStore(files);
    }

    /** The learner's settings, read once. */
    public synchronized LearnerConfig config() {
        if (config == null) {
            config = configStore().load();
        }
        return config;
    }

    /**
     * Saves new settings; what depends on them (the scheduler) is made again when next asked for. When they
     * change the schedule (weights, steps, retention, …), every studied card is computed again from its log
     * under them, so that no card keeps a schedule made with settings the learner has left. Returns how many
     * cards that changed.
     */
    public synchronized int config(LearnerConfig config) {
        boolean reschedule = !config.schedulerParameters().equals(config().schedulerParameters());
        configStore().save(config);
        this.config = config;
        this.progress = null;
        return reschedule ? progress().reschedule() : 0;
    }

    public FsrsParameters schedulerParameters() {
        return config().schedulerParameters();
    }

    /** The learner's progress file, opened on first use. */
    public synchronized JsonProgressStore progress() {
        if (progress == null) {
            // The settings are read now, so that a bad config.json is reported as soon as ever; only the
            // scheduler waits until something is scheduled.
            FsrsParameters parameters = schedulerParameters();
            progress = new JsonProgressStore(files, () -> new CardReplayer(new Scheduler(parameters)), clock,
                    this::notice);
        }
        return progress;
    }

    /**
     * The deck a command works on: {@code --deck} as the session has it (see {@link Session#deckOption()}), else
     * the learner's default deck ({@code config deck}), else the bundled deck.
     */
    public Deck deck(Session session) {
        return deckFor(deckOption(session));
    }

    /** The search index of the session's deck. */
    public SearchIndex searchIndex(Session session) {
        return searchIndexFor(deckOption(session));
    }

    /** The {@code --deck} a session's commands use: their own or the session's, else the learner's default deck. */
    public String deckOption(Session session) {
        return session.deckOption() != null ? session.deckOption() : config().deck();
    }

    /** The deck {@code deckOption} names (null: the bundled deck), loaded on first use and kept while it is asked for. */
    public Deck deckFor(String deckOption) {
        return join(loaded(deckOption).deck()).deck();
    }

    public SearchIndex searchIndexFor(String deckOption) {
        Opened deck = loaded(deckOption);
        synchronized (this) {
            if (deck.index() == null) {
                loaded = deck = deck.withIndex(deck.deck().thenApply(LoadedDeck::searchIndex));
            }
        }
        return join(deck.index());
    }

    /**
     * Starts loading a deck (and building its search index) on another thread while picocli builds its command
     * model: a one-shot spends most of its start-up on those two, and this machine has a core to spare. A hint
     * only: if the parsed {@code --deck} turns out different, the work is simply redone.
     */
    public synchronized void prefetch(String deckOption, boolean withIndex) {
        String option = deckOption;
        if (option == null) {
            try {
                option = config().deck();
            } catch (GlossaryException e) {
                // The command reports a bad config.json itself, as one line.
                return;
            }
        }
        String chosen = option;
        CompletableFuture<LoadedDeck> deck = CompletableFuture.supplyAsync(
                () -> DeckSource.load(chosen, files, background));
        loaded = new Opened(chosen, deck, withIndex ? deck.thenApply(LoadedDeck::searchIndex) : null);
    }

    private synchronized Opened loaded(String deckOption) {
        // A failed load is tried again: the learner may have fixed the file since.
        if (loaded == null || !Objects.equals(loaded.option(), deckOption) || loaded.deck().isCompletedExceptionally()) {
            loaded = new Opened(deckOption,
                    CompletableFuture.completedFuture(null).thenApply(none -> DeckSource.load(deckOption, files, background)),
                    null);
        }
        return loaded;
    }

    /** A deck as loaded (or being loaded) for one {@code --deck}, with its search index once asked for. */
    private record Opened(String option, CompletableFuture<LoadedDeck> deck, CompletableFuture<SearchIndex> index) {
        Opened withIndex(CompletableFuture<SearchIndex> index) {
            return new Opened(option, deck, index);
        }
    }

    /** Waits for work, rethrowing its failure as it would have been thrown here. */
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

    /**
     * Runs work the command's answer does not wait for (writing a large deck's cached copy) on a thread of its
     * own: the common pool has one thread on a 2-core machine, and the search index build needs it.
     */
    private void startBackground(Runnable work) {
        Thread thread = new Thread(work, "glossary-background");
        thread.setDaemon(true);
        synchronized (backgroundThreads) {
            backgroundThreads.add(thread);
        }
        thread.start();
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
