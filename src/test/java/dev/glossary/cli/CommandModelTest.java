package dev.glossary.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

class CommandModelTest {
    /** A command with one positional parameter and one option, recording what each run saw. */
    private static final class Probe implements Callable<Integer> {
        private final String arity;
        private String file;
        private String level = "intermediate";
        private String seen;

        Probe(String arity) {
            this.arity = arity;
        }

        CommandLine commandLine(StringWriter err) {
            CommandLine cmd = new CommandLine(CommandModel.of(this, "probe", "A probe.")
                    .positional(PositionalParamSpec.builder().arity(arity).paramLabel("FILE"),
                            String.class, () -> file, v -> file = v)
                    .option(OptionSpec.builder("--level").paramLabel("LEVEL"), String.class, () -> level, v -> level = v)
                    .spec());
            cmd.setErr(new PrintWriter(err, true));
            return cmd;
        }

        @Override
        public Integer call() {
            seen = file + " " + level;
            return 0;
        }
    }

    @Test
    void aPositionalWhoseArityAsksForAValueIsRequiredAsWithAnnotations() {
        StringWriter err = new StringWriter();
        Probe probe = new Probe("1");
        int code = probe.commandLine(err).execute();
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("Missing required parameter: 'FILE'");
        assertThat(probe.seen).isNull();
    }

    @Test
    void aPositionalThatMayBeLeftOutStaysOptional() {
        Probe probe = new Probe("0..1");
        assertThat(probe.commandLine(new StringWriter()).execute()).isZero();
        assertThat(probe.seen).isEqualTo("null intermediate");
    }

    @Test
    void aCommandRunAgainStartsFromTheFieldsInitialValues() {
        Probe probe = new Probe("0..1");
        CommandLine cmd = probe.commandLine(new StringWriter());
        cmd.execute("a.json", "--level", "advanced");
        assertThat(probe.seen).isEqualTo("a.json advanced");
        cmd.execute();
        assertThat(probe.seen).isEqualTo("null intermediate");
    }
}
