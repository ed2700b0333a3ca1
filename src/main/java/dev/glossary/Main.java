package dev.glossary;

import dev.glossary.cli.Commands;
import dev.glossary.cli.Services;
import dev.glossary.cli.Session;
import dev.glossary.console.StandardInput;
import dev.glossary.console.StandardOutput;
import dev.glossary.console.SystemClock;
import dev.glossary.console.SystemScreen;
import dev.glossary.repl.Repl;
import dev.glossary.store.IoReason;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Wires the real world (environment, clock, streams, terminal) to the commands; the only place that exits. */
public final class Main {
    private Main() {
    }

    /**
     * Picocli registers converters for java.time and java.sql types by reflection in every command line it
     * builds, loading and initialising about a hundred classes no option of ours takes (about a tenth of a
     * one-shot's start-up); this tells it to skip them.
     */
    private static final String UNUSED_CONVERTERS = "java\\.(sql|time)\\..*";

    public static void main(String[] args) {
        if (System.getProperty("picocli.converters.excludes") == null) {
            System.setProperty("picocli.converters.excludes", UNUSED_CONVERTERS);
        }
        // Else picocli looks for Groovy's Closure class, and that search of the class path is what opened the
        // main jar in a one-shot whose classes all come from the class-data sharing archive.
        if (System.getProperty("picocli.disable.closures") == null) {
            System.setProperty("picocli.disable.closures", "true");
        }
        if (StandardInput.wasClosed()) {
            System.setIn(InputStream.nullInputStream());
        }
        Services services = services(System.getenv(), System.getProperty("user.home"), System.in);
        System.exit(run(services, args, new StandardOutput(), System.err));
    }

    /** The services of a process with this environment, home directory and standard input. */
    static Services services(Map<String, String> env, String userHome, InputStream in) {
        return new Services(env, SystemClock.create(), userHome, in, StandardInput::isTerminal, new SystemScreen(),
                Repl::openOnSystemTerminal);
    }

    /**
     * One command line, start to end, and its exit code: what {@link #main} runs, and what {@link CdsTraining}
     * runs so that every class of this path is in the class-data sharing archive.
     */
    static int run(Services services, String[] args, StandardOutput stdout, OutputStream stderr) {
        PrintWriter out = new PrintWriter(stdout, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(stderr, true, StandardCharsets.UTF_8);
        Commands.prefetch(services, args);
        int code = Commands.forArgs(services, Session.oneShot(services), out, err, args).execute(args);
        out.flush();
        code = withOutputChecked(code, stdout.failure(), err);
        err.flush();
        services.awaitBackgroundWork();
        return code;
    }

    /**
     * Output that did not arrive is a failure, whatever the command thought: 74 with the reason (a full disk, a
     * closed descriptor), or, when the reader of a pipe went away ({@code | head -1}), the quiet 141 that a
     * shell reports for a program SIGPIPE ended.
     */
    static int withOutputChecked(int code, IOException failure, PrintWriter err) {
        if (failure == null) {
            return code;
        }
        if (StandardOutput.isBrokenPipe(failure)) {
            return GlossaryException.BROKEN_PIPE;
        }
        err.println("glossary: cannot write to standard output: " + IoReason.of(failure));
        return GlossaryException.IO;
    }
}
