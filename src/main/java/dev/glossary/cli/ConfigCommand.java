package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.progress.LearnerConfig;
import dev.glossary.progress.NewOrder;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import dev.glossary.srs.FsrsParameters;
import dev.glossary.term.Plural;
import dev.glossary.term.Wrap;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code glossary config [KEY [VALUE]]}: show or change the learner's settings in config.json. */
public final class ConfigCommand implements Callable<Integer> {
    private final Services services;
    private final Session session;
    private final CommandSpec spec;
    private static final String KEYS = "retention, new-per-day, fuzz, short-term, learning-steps, relearning-steps,"
            + " maximum-interval, weights, new-order, leech-lapses or deck";
    /** What {@code config deck} takes to go back to the bundled deck. */
    private static final String NO_DECK = "none";
    private String key;
    private String value;

    public ConfigCommand(Services services, Session session) {
        this.services = services;
        this.session = session;
        this.spec = CommandModel.of(this, "config",
                        "Show or set learner settings: retention (0.70-0.97), new-per-day, fuzz, short-term,"
                                + " learning-steps, relearning-steps, maximum-interval, weights, new-order (level, deck"
                                + " or random), leech-lapses, deck (the default deck; none for the bundled one).")
                .positional(PositionalParamSpec.builder().index("0").arity("0..1").paramLabel("KEY")
                        .description(KEYS + "."),
                        String.class, () -> key, v -> key = v)
                .positional(PositionalParamSpec.builder().index("1").arity("0..1").paramLabel("VALUE")
                        .description("Steps like 1m,10m (or none); a maximum interval in days;"
                                + " weights as 21 numbers (commas or spaces) or default; a deck's id or file, or none."),
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
            out.printf("retention         %.2f%nnew-per-day       %d%nfuzz              %s%nshort-term        %s%n"
                            + "learning-steps    %s%nrelearning-steps  %s%nmaximum-interval  %d%nweights           %s%n"
                            + "new-order         %s%nleech-lapses      %d%ndeck              %s%n(in %s)%n",
                    c.desiredRetention(), c.newPerDay(), c.fuzz(), c.shortTerm(),
                    FsrsParameters.formatSteps(c.learningSteps()), FsrsParameters.formatSteps(c.relearningSteps()),
                    c.maximumInterval(), listedWeights(c), c.newOrder().id(), c.leechLapses(), listed(deckText(c), deckText(c)),
                    services.configStore().file());
            return 0;
        }
        if (value == null) {
            out.println(shown(c, key));
            return 0;
        }
        LearnerConfig next;
        try {
            next = switch (key) {
                case "retention" -> c.withDesiredRetention(Double.parseDouble(value));
                case "new-per-day" -> c.withNewPerDay(Integer.parseInt(value));
                case "fuzz" -> c.withFuzz(bool(value));
                case "short-term" -> c.withShortTerm(bool(value));
                case "learning-steps" -> c.withLearningSteps(FsrsParameters.parseSteps(value));
                case "relearning-steps" -> c.withRelearningSteps(FsrsParameters.parseSteps(value));
                case "maximum-interval" -> c.withMaximumInterval(Integer.parseInt(value.trim()));
                case "weights" -> c.withWeights(weights(value));
                case "new-order" -> c.withNewOrder(NewOrder.parse(value).orElseThrow(() ->
                        new IllegalArgumentException("\"" + value + "\" is not " + NewOrder.ids())));
                case "leech-lapses" -> c.withLeechLapses(Integer.parseInt(value.trim()));
                case "deck" -> c.withDeck(deck(value));
                default -> throw unknown();
            };
        } catch (NumberFormatException e) {
            throw GlossaryException.usage("\"" + value + "\" is not a number for " + key);
        } catch (IllegalArgumentException e) {
            throw GlossaryException.usage(key + ": " + e.getMessage());
        }
        int rescheduled = services.config(next);
        // What was stored, as config shows it, not the text typed: "0.8500000000000000001" is kept as 0.85.
        out.println(key + " = " + shown(next, key));
        if (key.equals("weights") && !next.defaultWeights()) {
            List<Double> used = next.schedulerParameters().w();
            if (!used.equals(next.weights())) {
                out.println("note: the scheduler clips these to its allowed ranges and uses " + numbers(used));
            }
        }
        if (rescheduled > 0) {
            out.println(rescheduledLine(rescheduled));
        }
        return 0;
    }

    /** What a change of settings did to the learner's cards, for config and srs optimize --apply. */
    static String rescheduledLine(int cards) {
        return "Rescheduled " + Plural.of(cards, "card") + " from " + (cards == 1 ? "its" : "their")
                + " review log under the new settings.";
    }

    /** One setting as {@code config KEY} shows it. */
    private String shown(LearnerConfig c, String key) {
        return switch (key) {
            case "retention" -> String.format("%.2f", c.desiredRetention());
            case "new-per-day" -> String.valueOf(c.newPerDay());
            case "fuzz" -> String.valueOf(c.fuzz());
            case "short-term" -> String.valueOf(c.shortTerm());
            case "learning-steps" -> FsrsParameters.formatSteps(c.learningSteps());
            case "relearning-steps" -> FsrsParameters.formatSteps(c.relearningSteps());
            case "maximum-interval" -> String.valueOf(c.maximumInterval());
            case "weights" -> weightsText(c);
            case "new-order" -> c.newOrder().id();
            case "leech-lapses" -> String.valueOf(c.leechLapses());
            case "deck" -> deckText(c);
            default -> throw unknown();
        };
    }

    /** The settings a schedule was made with, in one line, for {@code why}. */
    static String schedulerLine(LearnerConfig c) {
        return String.format(java.util.Locale.ROOT, "Scheduler: FSRS-6, retention %.2f, learning steps %s,"
                        + " relearning steps %s, at most %d days, %s weights, fuzz %s, short-term %s",
                c.desiredRetention(), FsrsParameters.formatSteps(c.learningSteps()),
                FsrsParameters.formatSteps(c.relearningSteps()), c.maximumInterval(),
                c.defaultWeights() ? "default" : "your own", c.fuzz() ? "on" : "off", c.shortTerm() ? "on" : "off");
    }

    private static String deckText(LearnerConfig c) {
        return c.deck() == null ? NO_DECK + " (the bundled deck)" : c.deck();
    }

    /** A deck that loads, so that a typo is caught now and not at every later command; null for none. */
    private String deck(String option) {
        if (option.strip().equalsIgnoreCase(NO_DECK)) {
            return null;
        }
        try {
            services.deckFor(option.strip());
        } catch (GlossaryException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        return option.strip();
    }

    /**
     * The weights in the listing: one line when piped, for scripts; on a terminal wrapped after commas under the
     * first number, so that no number is cut in two.
     */
    private String listedWeights(LearnerConfig c) {
        return c.defaultWeights() ? weightsText(c) : listed(weightsText(c).replace(",", ", "), weightsText(c));
    }

    /** A value of the listing: {@code piped} when piped; on a terminal, {@code text} wrapped under its column. */
    private String listed(String text, String piped) {
        if (!session.screen().terminal()) {
            return piped;
        }
        String indent = " ".repeat(18);
        String wrapped = Wrap.indented(text, session.screen().width(), indent);
        return wrapped.substring(indent.length(), wrapped.length() - 1);
    }

    /** "default" or the numbers, as {@link #weights} reads them back. */
    static String weightsText(LearnerConfig c) {
        return c.defaultWeights() ? "default" : numbers(c.weights());
    }

    private static String numbers(List<Double> weights) {
        return String.join(",", weights.stream().map(w -> BigDecimal.valueOf(w).stripTrailingZeros().toPlainString()).toList());
    }

    private static List<Double> weights(String text) {
        String trimmed = text.trim();
        if (trimmed.equalsIgnoreCase("default")) {
            return List.of();
        }
        List<Double> weights = new ArrayList<>();
        for (String part : trimmed.replace("[", "").replace("]", "").split("[,\\s]+")) {
            double w = Double.parseDouble(part);
            if (!Double.isFinite(w)) {
                throw new IllegalArgumentException("weights must be finite numbers, not " + part);
            }
            weights.add(w);
        }
        if (weights.size() != 21 && weights.size() != 19 && weights.size() != 17) {
            throw new IllegalArgumentException("expected 21 numbers (FSRS-6; 17 or 19 older ones are migrated)"
                    + " or default, not " + weights.size() + " numbers");
        }
        return weights;
    }

    private static boolean bool(String v) {
        return switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "on", "yes" -> true;
            case "false", "off", "no" -> false;
            default -> throw new IllegalArgumentException("\"" + v + "\" is not on or off");
        };
    }

    private GlossaryException unknown() {
        return GlossaryException.usage("unknown setting \"" + key + "\"; use " + KEYS);
    }
}
