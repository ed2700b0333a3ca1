package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.store.IoReason;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine;

import java.io.IOError;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Builds the one {@link CommandLine} that {@code main}, the REPL and the tests all run, wired to the
 * {@link Services}, a {@link Session} and the given output streams. Errors the user can fix become one line on stderr.
 */
public final class Commands {
    private Commands() {
    }

    /** Every command, in the order help lists them. */
    private static final List<String> NAMES = List.of("show", "search", "browse", "quiz", "review", "undo", "suspend",
            "unsuspend", "bury", "stats", "why", "path", "due", "exam", "confusions", "report", "deck", "progress",
            "config", "srs", "completion", "help");

    /** Picocli's model of one command. A one-shot builds only the command it runs (see {@link #forArgs}). */
    private static CommandSpec spec(String name, Services services, Session session) {
        return switch (name) {
            case "show" -> new ShowCommand(services, session).spec();
            case "search" -> new SearchCommand(services, session).spec();
            case "browse" -> new BrowseCommand(services, session).spec();
            case "quiz" -> new QuizCommand(services, session).spec();
            case "review" -> new ReviewCommand(services, session).spec();
            case "undo" -> new UndoCommand(services, session).spec();
            case "suspend" -> new SuspendCommand(services, session, true).spec();
            case "unsuspend" -> new SuspendCommand(services, session, false).spec();
            case "bury" -> new BuryCommand(services, session).spec();
            case "stats" -> new StatsCommand(services, session).spec();
            case "why" -> new WhyCommand(services, session).spec();
            case "path" -> new PathCommand(services, session).spec();
            case "due" -> new DueCommand(services, session).spec();
            case "exam" -> new ExamCommand(services, session).spec();
            case "confusions" -> new ConfusionsCommand(services, session).spec();
            case "report" -> new ReportCommand(services, session).spec();
            case "deck" -> new DeckCommand(services, session).spec();
            case "progress" -> new ProgressCommand(services).spec();
            case "config" -> new ConfigCommand(services, session).spec();
            case "srs" -> new SrsCommand(services, session).spec();
            case "completion" -> new CompletionCommand(services, session).spec();
            case "help" -> new HelpCommand(session).spec();
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

    /** The command line with every command: for the REPL, help, completion and the man page. */
    public static CommandLine create(Services services, Session session, PrintWriter out, PrintWriter err) {
        return create(services, session, out, err, NAMES);
    }

    /**
     * The command line for one run of {@code main}: only the command the arguments name; none when they
     * open the REPL (which builds its own in the background); every command for help and anything else.
     */
    public static CommandLine forArgs(Services services, Session session, PrintWriter out, PrintWriter err,
                                      String[] args) {
        String name = commandName(args);
        if (name == null && opensRepl(args)) {
            return create(services, session, out, err, List.of());
        }
        return create(services, session, out, err, name == null || name.equals("help") ? NAMES : List.of(name));
    }

    private static boolean opensRepl(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--deck")) {
                i++;
            } else if (!args[i].startsWith("--deck=")) {
                return false;
            }
        }
        return true;
    }

    /** Commands that read the deck; a one-shot of one of these starts loading it at once. */
    private static final Set<String> READ_DECK = Set.of("show", "search", "browse", "quiz", "review",
            "stats", "why", "path", "due", "exam", "confusions", "undo", "suspend", "unsuspend", "bury");

    /**
     * Starts loading the deck (and, for search, its index) on another thread while this one builds the command
     * line, when the arguments name a command that reads it or open the REPL. {@code --deck} is found here by
     * hand; picocli's parse then confirms or corrects the guess (see {@link Services#prefetch}).
     */
    public static void prefetch(Services services, String[] args) {
        String name = commandName(args);
        boolean repl = name == null && opensRepl(args);
        if (!repl && (name == null || !READ_DECK.contains(name))) {
            return;
        }
        String deck = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--deck") && i + 1 < args.length) {
                deck = args[i + 1];
            } else if (args[i].startsWith("--deck=")) {
                deck = args[i].substring("--deck=".length());
            }
        }
        services.prefetch(deck, "search".equals(name));
    }

    /** The first word that is not the root's own option (or its value), if it names a command. */
    static String commandName(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--deck")) {
                i++;
            } else if (!a.startsWith("-")) {
                return NAMES.contains(a) ? a : null;
            } else if (!a.startsWith("--deck=")) {
                return null;
            }
        }
        return null;
    }

    private static CommandLine create(Services services, Session session, PrintWriter out, PrintWriter err,
                                      Collection<String> names) {
        CommandLine cmd = new CommandLine(new GlossaryCommand(services, session).spec());
        for (String name : names) {
            cmd.addSubcommand(name, spec(name, services, session));
        }
        cmd.setOut(out);
        cmd.setErr(err);
        services.notices(err);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        ErrorHandler errors = new ErrorHandler(services, session);
        cmd.setParameterExceptionHandler(errors);
        cmd.setExecutionExceptionHandler(errors);
        return cmd;
    }

    /** Errors as one line on stderr. */
    private static final class ErrorHandler implements CommandLine.IParameterExceptionHandler,
            CommandLine.IExecutionExceptionHandler {
        private final Services services;
        private final Session session;

        ErrorHandler(Services services, Session session) {
            this.services = services;
            this.session = session;
        }

        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            ex.getCommandLine().getErr().println(ErrorLine.of(session, usageError(session, ex)));
            ex.getCommandLine().getErr().flush();
            return ex.getCommandLine().getCommandSpec().exitCodeOnInvalidInput();
        }

        @Override
        public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
            commandLine.getErr().println(ErrorLine.of(session, message(ex)));
            commandLine.getErr().flush();
            if (services.env().containsKey("GLOSSARY_DEBUG")) {
                ex.printStackTrace(commandLine.getErr());
            }
            return exitCode(ex);
        }
    }

    /**
     * Picocli's message, what the learner may have meant, and where to read more, on one line: the full
     * usage is a screenful, and the message itself would scroll off with it.
     */
    static String usageError(Session session, CommandLine.ParameterException ex) {
        CommandSpec where = ex.getCommandLine().getCommandSpec();
        String path = where.qualifiedName(" ").substring(where.root().name().length()).strip();
        StringBuilder line = new StringBuilder(ex.getMessage());
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && path.isEmpty()
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
            // A word where a command belongs is not a command, whatever picocli's parse made of it.
            line = new StringBuilder("unknown command '" + unmatched.getUnmatched().get(0) + "'");
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            boolean options = unmatched.getSuggestions().get(0).startsWith("-");
            line.append("; did you mean ").append(String.join(" or ", unmatched.getSuggestions().stream()
                    .map(s -> options ? s : ErrorLine.typed(session, (path + " " + s).strip())).toList())).append('?');
        }
        return line.append(" (see: ").append(ErrorLine.typed(session, ("help " + path).strip())).append(')').toString();
    }

    static String message(Throwable ex) {
        if (ex instanceof GlossaryException) {
            return ex.getMessage();
        }
        IOException io = ioFailure(ex);
        if (io != null) {
            // A command that names its file catches its own errors; this is the net under the rest.
            String file = io instanceof FileSystemException f && f.getFile() != null ? f.getFile() + ": " : "";
            return file + "cannot read or write: " + IoReason.of(io);
        }
        String m = ex.getMessage();
        return "internal error: " + ex.getClass().getSimpleName() + (m == null ? "" : ": " + m)
                + " (set GLOSSARY_DEBUG=1 for details and please report it)";
    }

    static int exitCode(Throwable ex) {
        if (ex instanceof GlossaryException g) {
            return g.exitCode();
        }
        return ioFailure(ex) != null ? GlossaryException.IO : GlossaryException.FAILURE;
    }

    /** The I/O error behind an exception, as the JDK and JLine wrap it; null for any other failure. */
    private static IOException ioFailure(Throwable ex) {
        if (ex instanceof IOException io) {
            return io;
        }
        if ((ex instanceof UncheckedIOException || ex instanceof IOError) && ex.getCause() instanceof IOException io) {
            return io;
        }
        return null;
    }
}
