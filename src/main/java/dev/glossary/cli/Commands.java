package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.term.SafeText;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;

/**
 * Builds the one {@link CommandLine} that {@code main}, the REPL and the tests all run, wired to an
 * {@link App} and to the given output streams. Errors the user can fix become one line on stderr.
 */
public final class Commands {
    private Commands() {
    }

    public static CommandLine create(App app, PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(GlossaryCommand.class, new AppFactory(app));
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            // Messages quote deck and file text, which may be hostile.
            commandLine.getErr().println("glossary: " + SafeText.line(message(ex)));
            commandLine.getErr().flush();
            if (app.env().containsKey("GLOSSARY_DEBUG")) {
                ex.printStackTrace(commandLine.getErr());
            }
            return exitCode(ex);
        });
        return cmd;
    }

    static String message(Throwable ex) {
        if (ex instanceof GlossaryException) {
            return ex.getMessage();
        }
        String m = ex.getMessage();
        return "internal error: " + ex.getClass().getSimpleName() + (m == null ? "" : ": " + m)
                + " (set GLOSSARY_DEBUG=1 for details and please report it)";
    }

    static int exitCode(Throwable ex) {
        return ex instanceof GlossaryException g ? g.exitCode() : GlossaryException.FAILURE;
    }

    /** Creates commands with an {@link App} constructor argument when they have one. */
    private static final class AppFactory implements IFactory {
        private final App app;
        private final IFactory fallback = CommandLine.defaultFactory();

        AppFactory(App app) {
            this.app = app;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            for (Constructor<?> c : cls.getDeclaredConstructors()) {
                if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == App.class) {
                    c.setAccessible(true);
                    return cls.cast(c.newInstance(app));
                }
            }
            return fallback.create(cls);
        }
    }
}
