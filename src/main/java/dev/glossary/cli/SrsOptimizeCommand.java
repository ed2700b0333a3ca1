package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.progress.LearnerConfig;
import dev.glossary.progress.TermHistory;
import dev.glossary.srs.ModelEvaluation;
import dev.glossary.srs.ReviewEvent;
import dev.glossary.srs.TrainingData;
import dev.glossary.srs.WeightOptimizer;
import dev.glossary.store.ReviewHistoryReader;
import dev.glossary.term.Wrap;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

/**
 * {@code glossary srs optimize [--reviews FILE] [--json] [--apply] [--all]}: FSRS-6 weights fitted to the
 * learner's review log (the current deck's, every deck's with --all, or a file in {@code srs replay}'s
 * format), with log loss and RMSE (bins) beside those of the weights in use; --apply keeps them.
 */
final class SrsOptimizeCommand implements Callable<Integer> {
    /** fsrs-rs's seed, so a fit is the same on every run. */
    private static final long SEED = 2023;

    private final Services services;
    private final Session session;
    private final CommandSpec spec;
    private Path reviews;
    private boolean json;
    private boolean apply;
    private boolean all;

    SrsOptimizeCommand(Services services, Session session) {
        this.services = services;
        this.session = session;
        this.spec = CommandModel.of(this, "optimize", "Fit the scheduler's 21 weights to your review history and"
                        + " show how much better they predict it.")
                .option(OptionSpec.builder("--reviews").paramLabel("FILE")
                        .description("Fit to the histories in FILE (srs replay's format) instead of your progress."),
                        Path.class, () -> reviews, v -> reviews = v)
                .flag(OptionSpec.builder("--all").description("Fit to the reviews of every deck, not only the current one."),
                        () -> all, v -> all = v)
                .flag(OptionSpec.builder("--apply").description("Save the fitted weights (config weights) for every command."),
                        () -> apply, v -> apply = v)
                .flag(OptionSpec.builder("--json").description("Print {\"reviews\", \"cards\", \"weights\", \"logLoss\","
                                + " \"rmseBins\", \"current\": {\"weights\", \"logLoss\", \"rmseBins\"}}."),
                        () -> json, v -> json = v)
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        if (reviews != null && all) {
            throw GlossaryException.usage("--reviews and --all do not go together:"
                    + " a file is fitted on its own");
        }
        LearnerConfig config = services.config();
        TrainingData data = TrainingData.of(histories());
        List<Double> fitted;
        try {
            fitted = round4(new WeightOptimizer(new SplittableRandom(SEED))
                    .fit(data, config.shortTerm(), config.relearningSteps().size()));
        } catch (WeightOptimizer.NotEnoughReviews e) {
            throw new GlossaryException(GlossaryException.FAILURE, reviews != null ? reviews + ": " + e.getMessage()
                    : e.getMessage() + "; keep reviewing and try again later");
        }
        List<Double> current = config.schedulerParameters().w();
        ModelEvaluation ours = ModelEvaluation.of(fitted, data);
        ModelEvaluation before = ModelEvaluation.of(current, data);
        int rescheduled = apply ? services.config(config.withWeights(fitted)) : 0;
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("reviews", data.reviews());
            doc.put("cards", data.cards());
            doc.put("weights", fitted);
            doc.put("logLoss", round4(ours.logLoss()));
            doc.put("rmseBins", round4(ours.rmseBins()));
            Map<String, Object> now = new LinkedHashMap<>();
            now.put("weights", current);
            now.put("logLoss", round4(before.logLoss()));
            now.put("rmseBins", round4(before.rmseBins()));
            doc.put("current", now);
            if (apply) {
                doc.put("rescheduled", rescheduled);
            }
            Json.print(out, doc);
            return 0;
        }
        int width = session.screen().width();
        out.print(Wrap.indented(String.format("Fitted to %d reviews of %d %s (%s).", data.reviews(), data.cards(),
                data.cards() == 1 ? "card" : "cards", source()), width, ""));
        out.println();
        String currentName = config.defaultWeights() ? "default weights" : "current weights";
        out.printf("  %-15s  %8s  %11s%n", "", "log loss", "RMSE (bins)");
        out.printf("  %-15s  %8.4f  %10.2f%%%n", "fitted weights", ours.logLoss(), ours.rmseBins() * 100);
        out.printf("  %-15s  %8.4f  %10.2f%%%n%n", currentName, before.logLoss(), before.rmseBins() * 100);
        boolean same = fitted.equals(round4(current));
        out.print(Wrap.indented(same ? "The fitted weights are the ones you use already." : verdict(ours, before, currentName),
                width, "  "));
        out.print(Wrap.indented("Both measure how far the recall the weights predict is from what you recalled:"
                + " lower is better.", width, "  "));
        out.println();
        out.print(hanging("weights ", String.join(", ", fitted.stream().map(String::valueOf).toList()), width));
        if (apply) {
            out.print(Wrap.indented("Saved: every command now schedules with these weights"
                    + " (glossary config weights default goes back to the defaults).", width, ""));
            if (rescheduled > 0) {
                out.print(Wrap.indented(ConfigCommand.rescheduledLine(rescheduled), width, ""));
            }
        } else if (!same && ours.logLoss() < before.logLoss()) {
            out.print(Wrap.indented("To schedule with them: glossary srs optimize --apply", width, ""));
        }
        out.flush();
        return 0;
    }

    /** One line on what the figures mean for the learner: which weights predict their recall better. */
    private static String verdict(ModelEvaluation fitted, ModelEvaluation current, String currentName) {
        double logLoss = (current.logLoss() - fitted.logLoss()) / current.logLoss() * 100;
        double rmse = (current.rmseBins() - fitted.rmseBins()) * 100;
        if (Math.round(fitted.logLoss() * 10_000) == Math.round(current.logLoss() * 10_000)) {
            return "The fitted weights predict your recall as well as the " + currentName + ": there is nothing to gain.";
        }
        if (logLoss > 0) {
            return String.format("The fitted weights predict your recall better: log loss %.1f%% lower, RMSE (bins)"
                    + " %.2f points %s.", logLoss, Math.abs(rmse), rmse >= 0 ? "lower" : "higher");
        }
        return String.format("The %s predict your recall better than the fitted ones (log loss %.1f%% lower):"
                + " keep them.", currentName, -logLoss);
    }

    /** {@code label} then the text wrapped at commas' spaces, later lines under the text's start. */
    private static String hanging(String label, String text, int width) {
        String indent = " ".repeat(label.length());
        String wrapped = Wrap.indented(text, width, indent);
        return label + wrapped.substring(indent.length());
    }

    private String source() {
        return reviews != null ? reviews.toString() : all ? "every deck" : "deck " + services.deck(session).id();
    }

    private List<List<ReviewEvent>> histories() {
        List<List<ReviewEvent>> out = new ArrayList<>();
        if (reviews != null) {
            for (ReviewHistoryReader.Case c : ReviewHistoryReader.readCases(reviews)) {
                out.add(c.steps().stream().map(s -> new ReviewEvent(s.review(), s.rating())).toList());
            }
            return out;
        }
        Map<String, Map<String, TermHistory>> decks = services.progress().load().decks();
        List<Map<String, TermHistory>> chosen = all ? List.copyOf(decks.values())
                : List.of(decks.getOrDefault(services.deck(session).id(), Map.of()));
        for (Map<String, TermHistory> deck : chosen) {
            for (TermHistory h : deck.values()) {
                out.add(h.scheduled().stream().map(r -> new ReviewEvent(r.at(), r.rating())).toList());
            }
        }
        return out;
    }

    private static List<Double> round4(List<Double> weights) {
        return weights.stream().map(SrsOptimizeCommand::round4).toList();
    }

    private static double round4(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }
}
