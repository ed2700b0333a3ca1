package dev.glossary.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine;

import java.util.concurrent.Callable;

/**
 * {@code glossary completion bash|zsh}: a completion script generated from the command model by
 * picocli's {@link AutoComplete}, so it always matches the commands; zsh loads it through bashcompinit.
 */
public final class CompletionCommand implements Callable<Integer> {
    enum Shell { bash, zsh }

    private final Services services;

    private final Session session;
    private final CommandSpec spec;
    private Shell shell;

    public CompletionCommand(Services services, Session session) {
        this.services = services;
        this.session = session;
        this.spec = CommandModel.of(this, "completion", "Print a bash or zsh completion script. Install: see the README.")
                .positional(PositionalParamSpec.builder().paramLabel("SHELL").description("bash or zsh."),
                        Shell.class, () -> shell, v -> shell = v)
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        // The one-shot that runs this registered only itself; the script needs every command.
        CommandLine root = Commands.create(services, session, spec.commandLine().getOut(), spec.commandLine().getErr());
        String script = AutoComplete.bash("glossary", root);
        if (shell == Shell.zsh) {
            script = "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n" + script;
        }
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
