package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.term.Screen;
import picocli.codegen.docgen.manpage.ManPageGenerator;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;

/**
 * Build-time tool (Maven runs it right after compiling; picocli-codegen is not in the app's jar): writes the
 * manual pages, in AsciiDoc's manpage doctype, from the same command model as the help and the REPL.
 */
public final class ManPages {
    private ManPages() {
    }

    public static void main(String[] args) throws Exception {
        Services services = new Services(Map.of(), Clock.systemUTC(), System.getProperty("java.io.tmpdir"),
                new ByteArrayInputStream(new byte[0]), () -> false, () -> Screen.plain(Screen.DEFAULT_WIDTH),
                (none, deck) -> GlossaryException.USAGE);
        PrintWriter sink = new PrintWriter(new StringWriter());
        int code = ManPageGenerator.generateManPage(new File(args[0]), null, new boolean[0], false,
                Commands.create(services, Session.oneShot(services), sink, sink).getCommandSpec());
        if (code != 0) {
            throw new IllegalStateException("man page generation failed with code " + code);
        }
    }
}
