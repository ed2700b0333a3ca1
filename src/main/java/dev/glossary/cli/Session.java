package dev.glossary.cli;

import dev.glossary.console.AnswerInput;
import dev.glossary.console.PipedAnswerInput;
import dev.glossary.console.SystemTerminals;
import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import dev.glossary.term.Painter;
import dev.glossary.term.Screen;
import org.jline.terminal.Terminal;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What lasts from one command to the next: for a one-shot its one command, for the REPL the whole session.
 * The deck in use, the levels commands keep to, the last list shown, the screen, and where quiz answers and
 * paged output go. {@link Commands} hands it to every command beside the {@link Services}.
 *
 * <pre>{@code
 * Session oneShot = Session.oneShot(services);
 * Session repl = new Session(true, deckOption, screen, prompts -> answers, () -> terminal);
 * }</pre>
 */
public final class Session {
    private final boolean inRepl;
    private final Supplier<Screen> screenSource;
    private final Function<PrintWriter, AnswerInput> answers;
    private final Supplier<Terminal> terminal;
    private Screen screen;
    private String sessionDeck;
    private String commandDeck;
    private Set<Level> levels = EnumSet.allOf(Level.class);
    private List<Term> lastList = List.of();

    /**
     * @param deckOption the deck the session opens on (null: the bundled deck)
     * @param screen asked for on first use
     * @param answers where a quiz reads answers, given where its prompts go
     * @param terminal the terminal to page long output on; asked for only when the screen is a terminal
     */
    public Session(boolean inRepl, String deckOption, Supplier<Screen> screen, Function<PrintWriter, AnswerInput> answers,
                   Supplier<Terminal> terminal) {
        this.inRepl = inRepl;
        this.sessionDeck = deckOption;
        this.screenSource = screen;
        this.answers = answers;
        this.terminal = terminal;
    }

    /**
     * One command run from a shell: answers come from a terminal of its own when standard input is one, else
     * from the pipe.
     */
    public static Session oneShot(Services services) {
        return new Session(false, null, services::screen, prompts -> services.stdinIsTerminal()
                ? SystemTerminals.answerInput() : new PipedAnswerInput(services.stdin(), prompts), SystemTerminals::get);
    }

    /** Whether commands run at the REPL's prompt, where hints name commands without {@code glossary}. */
    public boolean inRepl() {
        return inRepl;
    }

    /** The {@code --deck} of the command running now: its own, else the session's; null for the bundled deck. */
    public String deckOption() {
        return commandDeck != null ? commandDeck : sessionDeck;
    }

    /** Picocli calls this when a command line gives {@code --deck}. */
    public void deckOption(String option) {
        this.commandDeck = option;
    }

    /** The REPL keeps the deck a line of only {@code --deck D} named for the commands that follow. */
    public void keepDeck() {
        this.sessionDeck = deckOption();
    }

    /** A {@code --deck} given to one REPL command applies to that command only. */
    public void commandDone() {
        this.commandDeck = null;
    }

    /** The levels commands use when given no {@code --level}: all, unless the REPL's {@code level} narrowed them. */
    public Set<Level> levels() {
        return EnumSet.copyOf(levels);
    }

    public void levels(Set<Level> levels) {
        this.levels = levels.isEmpty() ? EnumSet.allOf(Level.class) : EnumSet.copyOf(levels);
    }

    /** The terms of the last search, browse or due list, so the REPL can say {@code show 3} or {@code quiz --hits}. */
    public List<Term> lastList() {
        return lastList;
    }

    public void lastList(List<Term> terms) {
        this.lastList = List.copyOf(terms);
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

    /** Where quiz answers come from; {@code prompts} is where the quiz asks. */
    public AnswerInput answerInput(PrintWriter prompts) {
        return answers.apply(prompts);
    }

    /** The terminal to page long output on; only asked for when the screen is a terminal. */
    public Terminal terminal() {
        return terminal.get();
    }
}
