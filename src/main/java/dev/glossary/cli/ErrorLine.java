package dev.glossary.cli;

import dev.glossary.term.SafeText;
import dev.glossary.term.Wrap;

import java.util.regex.Pattern;

/**
 * The one line an error the user can fix is: {@code err.println(ErrorLine.of(session, e.getMessage()))}. In the
 * REPL the hints it gives name commands as they are typed at the prompt, and it is wrapped to the
 * terminal's width.
 */
public final class ErrorLine {
    /** Hints are written for a shell ("see: glossary help quiz"); at the prompt a command has no program name. */
    private static final Pattern SHELL_HINT = Pattern.compile("\\b(try|see|run|with|use): glossary (?=\\S)");
    private static final String CONTINUATION = "  ";

    private ErrorLine() {
    }

    /** A command as the learner types it: after the program's name in a shell, bare at the REPL's prompt. */
    public static String typed(Session session, String command) {
        return session.inRepl() ? command : "glossary " + command;
    }

    public static String of(Session session, String message) {
        // Messages quote deck and file text, which may be hostile.
        String line = "glossary: " + SafeText.line(message);
        if (!session.inRepl()) {
            return line;
        }
        String typed = SHELL_HINT.matcher(line).replaceAll("$1: ");
        return String.join("\n" + CONTINUATION, Wrap.lines(typed, session.screen().width() - CONTINUATION.length()));
    }
}
