package dev.glossary.repl;

import dev.glossary.GlossaryException;
import dev.glossary.cli.Commands;
import dev.glossary.cli.ErrorLine;
import dev.glossary.cli.Exams;
import dev.glossary.cli.Services;
import dev.glossary.cli.Session;
import dev.glossary.console.AnswerInput;
import dev.glossary.console.DumbLineEditing;
import dev.glossary.console.LeanLineReader;
import dev.glossary.console.SystemTerminals;
import dev.glossary.console.TerminalAnswerInput;
import dev.glossary.deck.Deck;
import dev.glossary.deck.Level;
import dev.glossary.progress.Progress;
import dev.glossary.search.EditDistance;
import dev.glossary.term.SafeText;
import dev.glossary.term.Screen;
import dev.glossary.term.Wrap;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp;
import picocli.CommandLine;

import java.io.IOError;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The interactive session {@code glossary} opens: reads a line, and hands it to the same picocli
 * commands the one-shots run. Ctrl-C abandons the line, Ctrl-D or {@code quit} ends the session, and
 * an error in one command is one line, after which the session goes on.
 *
 * <pre>{@code int exit = new Repl(services, terminal, deckOption).run();}</pre>
 */
public final class Repl {
    /** The lines of history kept, in the session and in its file. */
    static final int HISTORY_LINES = 1000;
    /** Picocli's narrowest usage help. */
    private static final int MIN_USAGE_WIDTH = 55;

    private final Services services;
    private final Session session;
    private final Terminal terminal;
    /** Picocli's model of every command, started once the first prompt is up (see {@link #buildCommands}). */
    private CompletableFuture<CommandLine> commandsBuilding;
    private final LineReader reader;
    private final PrintWriter out;

    /** A session on {@code terminal}, opened on the deck {@code deckOption} names (null: the bundled deck). */
    public Repl(Services services, Terminal terminal, String deckOption) {
        this.services = services;
        this.terminal = terminal;
        this.out = terminal.writer();
        this.session = new Session(true, deckOption, this::screenNow, prompts -> answers(), () -> terminal);
        // Ctrl-C outside a read (while a command runs) must not kill the session; reads handle it themselves.
        terminal.handle(Terminal.Signal.INT, signal -> { });
        DefaultParser parser = new DefaultParser();
        parser.setEscapeChars(new char[0]);
        Map<String, Object> variables = new HashMap<>();
        // Capped, so that reading it never delays the first prompt: a few thousand lines took it 25 ms.
        variables.put(LineReader.HISTORY_SIZE, HISTORY_LINES);
        LeanLineReader reader = new LeanLineReader(terminal, "glossary", variables);
        reader.setParser(parser);
        reader.setHistory(new HistoryFile(services.files().history(), HISTORY_LINES, this::warn));
        reader.setCompleter(new ReplCompleter(() -> commands().getCommandSpec(), services, session, ReplHelp.NAMES));
        reader.option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
        reader.option(LineReader.Option.HISTORY_IGNORE_SPACE, true);
        reader.option(LineReader.Option.CASE_INSENSITIVE, true);
        this.reader = reader;
        DumbLineEditing.install(reader);
        reader.onFirstKey(this::buildCommands);
    }

    /** {@code glossary} with no command: a session on the process's own terminal. */
    public static int openOnSystemTerminal(Services services, String deckOption) {
        return new Repl(services, SystemTerminals.get(), deckOption).run();
    }

    public int run() {
        refreshScreen();
        out.println(welcome());
        out.flush();
        while (true) {
            String line;
            try {
                line = reader.readLine(prompt());
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                break;
            } catch (IOError e) {
                // Standard input that cannot be read (a directory, a device that went away) ends the session.
                Throwable why = e.getCause() != null ? e.getCause() : e;
                out.println(ErrorLine.of(session, "standard input cannot be read (" + why.getMessage() + "); leaving"));
                break;
            }
            // Saved line by line, as a session may end by a kill; after the read, so a warning is not drawn into it.
            saveHistory();
            if (!dispatch(reader.getParsedLine(), line)) {
                break;
            }
        }
        saveHistory();
        out.println("bye");
        out.flush();
        return 0;
    }

    /** Runs one line; false when the session should end. */
    boolean dispatch(ParsedLine parsed, String line) {
        List<String> words = parsed == null ? List.of() : parsed.words().stream().filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            return true;
        }
        if (words.size() > 1 && words.get(0).equals("glossary")) {
            // A command copied from a shell, the README or a hint runs as it would there.
            words = words.subList(1, words.size());
        }
        String first = words.get(0).toLowerCase(Locale.ROOT);
        try {
            refreshScreen();
            switch (first) {
                case "quit", "exit" -> {
                    return false;
                }
                case "help", "?" -> help(words);
                case "clear" -> {
                    terminal.puts(InfoCmp.Capability.clear_screen);
                    terminal.flush();
                }
                case "level" -> level(words);
                default -> commands().execute(command(words).toArray(String[]::new));
            }
        } catch (GlossaryException e) {
            out.println(ErrorLine.of(session, e.getMessage()));
        } catch (RuntimeException e) {
            out.println(internalError(session, e));
        } finally {
            session.commandDone();
        }
        out.flush();
        return true;
    }

    /**
     * The command a line runs: a command, or an option such as {@code --deck D}, as typed; else a term's name,
     * alias or id (words unquoted), or a number of the last list, as {@code show}; else any other words as
     * {@code search}, which is what a learner typing "jwt" or "what is idempotency" at a glossary means.
     */
    private List<String> command(List<String> words) {
        String first = words.get(0);
        Set<String> names = commands().getSubcommands().keySet();
        String text = String.join(" ", words);
        // Control characters are never meant as words; picocli reports such a line as it is.
        if (first.startsWith("-") || names.contains(first.toLowerCase(Locale.ROOT)) || text.chars().anyMatch(Character::isISOControl)) {
            return words;
        }
        boolean number = words.size() == 1 && first.matches("\\d{1,6}");
        boolean listed = number && !session.lastList().isEmpty();
        boolean term = services.deck(session).find(text).isPresent();
        if (number && !listed && !term) {
            // A number with no list to pick from is no search either: "unknown command '3'".
            return words;
        }
        if (!listed && !term && words.size() == 1 && names.stream().anyMatch(n -> typoOf(first, n))) {
            // "stat" is stats mistyped, not a search: picocli says "did you mean stats?".
            return words;
        }
        List<String> command = new ArrayList<>();
        command.add(listed || term ? "show" : "search");
        command.addAll(words);
        return command;
    }

    /** One letter added, dropped, changed or two swapped: a command's name mistyped. */
    private static boolean typoOf(String word, String command) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() >= 3 && EditDistance.within(w, command, 1) == 1;
    }

    private void help(List<String> words) {
        if (words.size() == 2 && ReplHelp.own(words.get(1)).filter(own -> !own.name().equals("help")).isPresent()) {
            out.print(ReplHelp.own(words.get(1)).orElseThrow().lines(session.screen().width()));
        } else if (words.size() > 1) {
            commands().execute(words.toArray(String[]::new));
        } else {
            out.print(ReplHelp.all(commands(), session.screen().width()));
        }
    }

    private void level(List<String> words) {
        if (words.size() < 2) {
            out.println("level: " + describe(session.levels()));
            return;
        }
        String arg = String.join(",", words.subList(1, words.size()));
        if (arg.equalsIgnoreCase("all")) {
            session.levels(EnumSet.allOf(Level.class));
        } else {
            Set<Level> chosen = EnumSet.noneOf(Level.class);
            for (String part : arg.split("[,\\s]+")) {
                if (!part.isEmpty()) {
                    chosen.add(Level.parse(part).orElseThrow(() -> GlossaryException.usage(
                            "'" + part + "' is not a level; use beginner, intermediate, advanced or all")));
                }
            }
            if (chosen.isEmpty()) {
                // The session reads no levels as all of them; a stray comma must not quietly widen the session.
                throw GlossaryException.usage("name a level: level beginner, intermediate, advanced (or several,"
                        + " comma-separated), or level all");
            }
            session.levels(chosen);
        }
        out.println("level: " + describe(session.levels()));
    }

    private static String describe(Set<Level> levels) {
        return levels.size() == Level.values().length ? "all levels"
                : String.join(", ", levels.stream().map(Level::id).toList());
    }

    /**
     * Building picocli's model of every command takes a while, so it runs on another thread while the learner
     * types the first line. It starts with the first key: started any earlier (when the session opened, or
     * when JLine began its first read), it took the two cores from the reader and the prompt came later.
     */
    private void buildCommands() {
        if (commandsBuilding == null) {
            commandsBuilding = CompletableFuture.supplyAsync(() -> Commands.create(services, session, out, out));
        }
    }

    /**
     * Picocli's model of every command, sized to the terminal as it is now. Only the lines that run one of
     * them wait for it: {@code quit} or {@code level} typed before the model is built need not.
     */
    private CommandLine commands() {
        buildCommands();
        CommandLine commands = commandsBuilding.join();
        commands.setUsageHelpWidth(Math.max(MIN_USAGE_WIDTH, session.screen().width()));
        return commands;
    }

    /** The exception's text may quote the deck, which is untrusted. */
    static String internalError(Session session, RuntimeException e) {
        return ErrorLine.of(session, "internal error: " + e + " (the session goes on)");
    }

    /** Who the session is for, and, for a learner who has not studied the deck yet, where to start. */
    private String welcome() {
        Deck deck = services.deck(session);
        StringBuilder text = new StringBuilder("glossary " + SafeText.line(deck.name()) + " (" + deck.size() + " terms).");
        Progress progress = services.progress().load();
        if (progress.deck(deck.id()).values().stream().noneMatch(h -> !h.reviews().isEmpty())) {
            int perDay = Exams.newPerDay(services, deck, progress);
            text.append(" New here? Type quiz to start on today's ").append(perDay).append(" new ")
                    .append(perDay == 1 ? "term" : "terms").append(", beginner ones first.");
        }
        text.append(" Type a term to see it, other words to search; 'help' for commands, Tab to complete, Ctrl-D to"
                + " leave.");
        return String.join("\n", Wrap.lines(text.toString(), session.screen().width() - 1)) + examLine(deck, progress);
    }

    /** The exam's figures under the welcome; the prompt has room only for how far off it is. */
    private String examLine(Deck deck, Progress progress) {
        return Exams.outlook(services, deck, progress).map(o -> "\n" + Exams.line(o)).orElse("");
    }

    /**
     * The deck, the session's levels and what is due. Reading the deck or progress may fail (a file
     * changed under the session); that is one line, and a plain prompt, not the end of the session.
     */
    String prompt() {
        String levels = session.levels().size() == Level.values().length ? ""
                : " [" + describe(session.levels()) + "]";
        try {
            Deck deck = services.deck(session);
            Exams.lapse(services, deck).ifPresent(note -> {
                out.print(Wrap.indented(note, session.screen().width(), ""));
                out.flush();
            });
            String exam = Exams.active(services, deck).map(e -> " · " + Exams.when(e.daysLeft(today()))).orElse("");
            return SafeText.line(deck.id()) + levels + " · " + dueCount(deck) + " due" + exam + " > ";
        } catch (GlossaryException e) {
            out.println(ErrorLine.of(session, e.getMessage()));
            out.flush();
            return "glossary" + levels + " > ";
        }
    }

    private int dueCount(Deck deck) {
        Progress progress = services.progress().load();
        return progress.due(deck, session.levels(), services.clock().instant(), Exams.schedule(services, deck)).size();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(services.clock().instant(), services.clock().getZone());
    }

    private void refreshScreen() {
        session.screen(screenNow());
    }

    /** The terminal as it is now: its width, and colour unless it is dumb or NO_COLOR is set. */
    private Screen screenNow() {
        int width = terminal.getWidth() > 0 ? terminal.getWidth() : Screen.DEFAULT_WIDTH;
        boolean dumb = DumbLineEditing.isDumb(terminal);
        return new Screen(width, !dumb && Screen.colourAllowed(services.env()), !dumb);
    }

    /**
     * Quiz answers from the terminal. The learner may resize it while thinking, so the size is read
     * again after each answer, before the feedback is wrapped.
     */
    private AnswerInput answers() {
        TerminalAnswerInput input = new TerminalAnswerInput(terminal);
        return new AnswerInput() {
            @Override
            public Optional<String> line(String prompt) {
                try {
                    return input.line(prompt);
                } finally {
                    refreshScreen();
                }
            }

            @Override
            public Optional<Character> key(String prompt, String allowed) {
                try {
                    return input.key(prompt, allowed);
                } finally {
                    refreshScreen();
                }
            }

            @Override
            public boolean interactive() {
                return input.interactive();
            }

            @Override
            public Held hold() {
                return input.hold();
            }
        };
    }

    private void saveHistory() {
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            warn("warning: the REPL history could not be saved to " + services.files().history() + ": "
                    + e.getMessage());
        }
    }

    private void warn(String warning) {
        out.println(ErrorLine.of(session, warning));
        out.flush();
    }

}
