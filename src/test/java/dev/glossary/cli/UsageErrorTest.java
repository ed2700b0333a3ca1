package dev.glossary.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A usage error is one line with a pointer to the help, not the help itself; every command has --help. */
class UsageErrorTest {
    @TempDir
    Path home;

    private Cli.Result run(String... args) {
        return new Cli(home).run(args);
    }

    private static void assertOneLine(Cli.Result r, String line) {
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).as(r.toString()).isEqualTo(line + "\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aBadOptionValueIsOneLineNamingTheCommandsHelp() {
        assertOneLine(run("quiz", "--count", "abc"),
                "glossary: Invalid value for option '--count': 'abc' is not an int (see: glossary help quiz)");
        assertOneLine(run("quiz", "--mode", "nope"), "glossary: Invalid value for option '--mode': 'nope' is not a mode;"
                + " use flip, choice, typed, reverse, mixed (see: glossary help quiz)");
    }

    @Test
    void aMissingParameterIsOneLine() {
        assertOneLine(run("show"), "glossary: Missing required parameter: 'TERM' (see: glossary help show)");
        assertOneLine(run("search"), "glossary: Missing required parameter: 'QUERY' (see: glossary help search)");
        assertOneLine(run("deck"), "glossary: Missing required subcommand (see: glossary help deck)");
    }

    @Test
    void anUnknownCommandIsOneLineWithWhatWasMeant() {
        assertOneLine(run("foo", "bar"), "glossary: unknown command 'foo' (see: glossary help)");
        assertOneLine(run("stat"), "glossary: unknown command 'stat'; did you mean glossary stats or glossary path?"
                + " (see: glossary help)");
        assertThat(run("deck", "lst").err()).contains("did you mean glossary deck list").contains("(see: glossary help deck)");
    }

    @Test
    void anUnknownOptionIsOneLine() {
        assertOneLine(run("show", "jwt", "--frobnicate"),
                "glossary: Unknown option: '--frobnicate' (see: glossary help show)");
        assertThat(run("quiz", "--mod", "flip").err()).contains("did you mean --mode?");
    }

    @Test
    void everyCommandTakesHelpAndH() {
        StringWriter sink = new StringWriter();
        CommandLine root = new Cli(home).commands(new PrintWriter(sink), new PrintWriter(sink));
        List<String[]> paths = new ArrayList<>();
        collect(root, new ArrayList<>(), paths);
        assertThat(paths).hasSizeGreaterThan(20);
        for (String[] path : paths) {
            for (String flag : List.of("--help", "-h")) {
                List<String> args = new ArrayList<>(List.of(path));
                args.add(flag);
                Cli.Result r = run(args.toArray(String[]::new));
                assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r).isZero();
                assertThat(r.out()).as(String.join(" ", args)).startsWith("Usage: glossary " + String.join(" ", path));
            }
        }
    }

    private static void collect(CommandLine command, List<String> path, List<String[]> out) {
        command.getSubcommands().forEach((name, sub) -> {
            List<String> here = new ArrayList<>(path);
            here.add(name);
            out.add(here.toArray(String[]::new));
            collect(sub, here, out);
        });
    }
}
