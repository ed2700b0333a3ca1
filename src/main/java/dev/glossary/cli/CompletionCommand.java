package dev.glossary.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code glossary completion bash|zsh}: a completion script generated from the command model by
 * picocli's {@link AutoComplete}, so it always matches the commands; zsh loads it through bashcompinit.
 */
@Command(name = "completion", description = "Print a bash or zsh completion script. Install: see the README.")
public final class CompletionCommand implements Callable<Integer> {
    enum Shell { bash, zsh }

    private final App app;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
    Shell shell;

    public CompletionCommand(App app) {
        this.app = app;
    }

    @Override
    public Integer call() {
        // The one-shot that runs this registered only itself; the script needs every command.
        CommandLine root = Commands.create(app, spec.commandLine().getOut(), spec.commandLine().getErr());
        String script = AutoComplete.bash("glossary", root);
        if (shell == Shell.zsh) {
            script = "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n" + script;
        }
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
