package dev.glossary.repl;

import dev.glossary.term.Wrap;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What {@code help} prints at the prompt: every command as typed there, then what only the session
 * knows. {@code ReplHelp.all(commands, width)}, or {@code ReplHelp.own("level")} for one of the session's own.
 */
final class ReplHelp {
    /** A command only the session knows, with how it is typed and what it does. */
    record Own(String name, String usage, String description) {
        /** Laid out as picocli lays out its command list, wrapped to {@code width}. */
        String lines(int width) {
            String indent = " ".repeat(2 + USAGE_COLUMN);
            List<String> lines = Wrap.lines(description, width - indent.length());
            return String.format(Locale.ROOT, "  %-" + USAGE_COLUMN + "s%s\n", usage, lines.get(0))
                    + lines.subList(1, lines.size()).stream().map(l -> indent + l + "\n").collect(Collectors.joining());
        }
    }

    private static final int USAGE_COLUMN = 12;

    static final List<Own> OWN = List.of(
            new Own("level", "level L", "Keep later commands to levels, e.g. level advanced or"
                    + " level beginner,intermediate, until 'level all'"),
            new Own("help", "help CMD", "Help on one command (or CMD --help)"),
            new Own("clear", "clear", "Clear the screen"),
            new Own("quit", "quit", "Leave (also exit, or Ctrl-D); every answer is already saved"),
            new Own("exit", "exit", "Leave (also quit, or Ctrl-D)"));

    /** The session's own commands, for completion. */
    static final List<String> NAMES = names();

    private ReplHelp() {
    }

    static String all(CommandLine commands, int width) {
        CommandLine.Help help = new CommandLine.Help(commands.getCommandSpec(),
                CommandLine.Help.defaultColorScheme(Ansi.OFF));
        StringBuilder text = new StringBuilder("Commands (help CMD for a command's options):\n");
        text.append(help.commandList());
        text.append("\nIn this session also:\n");
        OWN.stream().filter(own -> !own.name().equals("help") && !own.name().equals("exit"))
                .forEach(own -> text.append(own.lines(width)));
        text.append(new Own("--deck", "--deck D", "Switch the session to deck D (a deck file or an installed deck's"
                + " id); on a command, for that command only").lines(width));
        text.append(new Own("TERM", "TERM", "A term's name, alias or id shows it (as show TERM); other words search"
                + " (as search WORDS); a number N shows the Nth term of the last list or of the related terms show"
                + " numbered").lines(width));
        text.append(String.join("\n", Wrap.lines("Keys: Tab completes, Up and Ctrl-R search the history,"
                + " Ctrl-C abandons the line or ends a quiz. In a quiz: 1-4 or a-d answer, Space or Enter goes on,"
                + " u takes back the last answer, r rates it yourself, @ suspends the term, - buries it until"
                + " tomorrow (typed answers: :undo, :rate, :suspend, :bury).", width))).append('\n');
        return text.toString();
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>();
        for (Own own : OWN) {
            names.add(own.name());
        }
        return List.copyOf(names);
    }

    static Optional<Own> own(String name) {
        return OWN.stream().filter(own -> own.name().equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }
}
