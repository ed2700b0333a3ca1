package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.term.ManText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code glossary help [COMMAND…] [--man]}: usage help, or the manual page the build generated from the
 * same command model (AsciiDoc in the manpage doctype, readable as it is, or turned into a real man page
 * with asciidoctor; see the README).
 */
@Command(name = "help", helpCommand = true, description = "Show help for a command, or the manual page with --man.")
public final class HelpCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "COMMAND", description = "The command, e.g. quiz or deck import.")
    List<String> path = List.of();

    @Option(names = "--man", description = "Show the manual page (generated at build time from the same model).")
    boolean man;

    @Option(names = "--source", description = "With --man: print the AsciiDoc source, for asciidoctor -b manpage.")
    boolean source;

    private final App app;

    public HelpCommand(App app) {
        this.app = app;
    }

    @Override
    public Integer call() throws IOException {
        CommandLine target = spec.root().commandLine();
        for (String name : path) {
            CommandLine sub = target.getSubcommands().get(name);
            if (sub == null) {
                throw new GlossaryException(2, "no command \"" + name + "\"; see: glossary help");
            }
            target = sub;
        }
        if (!man) {
            target.usage(spec.commandLine().getOut());
            return 0;
        }
        String page = target.getCommandSpec().qualifiedName("-");
        try (InputStream in = HelpCommand.class.getResourceAsStream("/glossary/man/" + page + ".adoc")) {
            if (in == null) {
                throw GlossaryException.failure("no manual page for " + page + " in this build; rebuild with mvn package");
            }
            String adoc = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (source) {
                spec.commandLine().getOut().print(adoc);
                spec.commandLine().getOut().flush();
            } else {
                Pager.show(app, spec.commandLine().getOut(), ManText.render(adoc, app.painter()));
            }
        }
        return 0;
    }
}
