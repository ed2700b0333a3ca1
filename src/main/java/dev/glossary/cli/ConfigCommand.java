package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.progress.LearnerConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code glossary config [KEY [VALUE]]}: show or change the learner's settings in config.json. */
public final class ConfigCommand implements Callable<Integer> {
    private final Services services;
    private final CommandSpec spec;
    private String key;
    private String value;

    public ConfigCommand(Services services) {
        this.services = services;
        this.spec = CommandModel.of(this, "config",
                        "Show or set learner settings: retention (0.70-0.97), new-per-day, fuzz, short-term.")
                .positional(PositionalParamSpec.builder().index("0").arity("0..1").paramLabel("KEY")
                        .description("retention, new-per-day, fuzz or short-term."),
                        String.class, () -> key, v -> key = v)
                .positional(PositionalParamSpec.builder().index("1").arity("0..1").paramLabel("VALUE"),
                        String.class, () -> value, v -> value = v)
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        LearnerConfig c = services.config();
        PrintWriter out = spec.commandLine().getOut();
        if (key == null) {
            out.printf("retention    %.2f%nnew-per-day  %d%nfuzz         %s%nshort-term   %s%n(in %s)%n",
                    c.desiredRetention(), c.newPerDay(), c.fuzz(), c.shortTerm(), services.configStore().file());
            return 0;
        }
        if (value == null) {
            out.println(switch (key) {
                case "retention" -> String.format("%.2f", c.desiredRetention());
                case "new-per-day" -> String.valueOf(c.newPerDay());
                case "fuzz" -> String.valueOf(c.fuzz());
                case "short-term" -> String.valueOf(c.shortTerm());
                default -> throw unknown();
            });
            return 0;
        }
        try {
            LearnerConfig next = switch (key) {
                case "retention" -> c.withDesiredRetention(Double.parseDouble(value));
                case "new-per-day" -> c.withNewPerDay(Integer.parseInt(value));
                case "fuzz" -> c.withFuzz(bool(value));
                case "short-term" -> c.withShortTerm(bool(value));
                default -> throw unknown();
            };
            services.config(next);
        } catch (NumberFormatException e) {
            throw new GlossaryException(2, "\"" + value + "\" is not a number for " + key);
        } catch (IllegalArgumentException e) {
            throw new GlossaryException(2, e.getMessage());
        }
        out.println(key + " = " + value);
        return 0;
    }

    private static boolean bool(String v) {
        return switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "on", "yes" -> true;
            case "false", "off", "no" -> false;
            default -> throw new IllegalArgumentException("\"" + v + "\" is not on or off");
        };
    }

    private GlossaryException unknown() {
        return new GlossaryException(2, "unknown setting \"" + key + "\"; use retention, new-per-day, fuzz or short-term");
    }
}
