package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.console.Pager;
import dev.glossary.term.ManText;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine;

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
public final class HelpCommand implements Callable<Integer> {
    private final Session session;
    private final CommandSpec spec;
    private List<String> path = List.of();
    private boolean man;
    private boolean source;

    public HelpCommand(Session session) {
        this.session = session;
        this.spec = CommandModel.of(this, "help", "Show help for a command, or the manual page with --man.")
                .positionals(PositionalParamSpec.builder().arity("0..*").paramLabel("COMMAND")
                        .description("The command, e.g. quiz or deck import."),
                        String.class, () -> path, v -> path = v)
                .flag(OptionSpec.builder("--man")
                        .description("Show the manual page (generated at build time from the same model)."),
                        () -> man, v -> man = v)
                .flag(OptionSpec.builder("--source")
                        .description("With --man: print the AsciiDoc source, for asciidoctor -b manpage."),
                        () -> source, v -> source = v)
                .spec();
        spec.helpCommand(true);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws IOException {
        CommandLine target = spec.root().commandLine();
        for (String name : path) {
            CommandLine sub = target.getSubcommands().get(name);
            if (sub == null) {
                throw GlossaryException.usage("no command \"" + name + "\"; see: glossary help");
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
                Pager.show(session.screen().terminal(), session::terminal, spec.commandLine().getOut(),
                        ManText.render(adoc, session.painter()));
            }
        }
        return 0;
    }
}
