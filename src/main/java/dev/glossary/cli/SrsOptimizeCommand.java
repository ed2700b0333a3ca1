package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.progress.LearnerConfig;
import dev.glossary.progress.TermHistory;
import dev.glossary.srs.ModelEvaluation;
import dev.glossary.srs.ReviewEvent;
import dev.glossary.srs.TrainingData;
import dev.glossary.srs.WeightOptimizer;
import dev.glossary.store.ReviewHistoryReader;
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
            throw new GlossaryException(GlossaryException.USAGE, "--reviews and --all do not go together:"
                    + " a file is fitted on its own");
        }
        LearnerConfig config = services.config();
        TrainingData data = TrainingData.of(histories());
        List<Double> fitted;
        try {
            fitted = round4(new WeightOptimizer(new SplittableRandom(SEED))
                    .fit(data, config.shortTerm(), config.relearningSteps().size()));
        } catch (WeightOptimizer.NotEnoughReviews e) {
            throw new GlossaryException(GlossaryException.FAILURE, e.getMessage());
        }
        List<Double> current = config.schedulerParameters().w();
        ModelEvaluation ours = ModelEvaluation.of(fitted, data);
        ModelEvaluation before = ModelEvaluation.of(current, data);
        if (apply) {
            services.config(config.withWeights(fitted));
        }
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
            Json.print(out, doc);
            return 0;
        }
        out.printf("Fitted to %d reviews of %d %s (%s).%n", data.reviews(), data.cards(),
                data.cards() == 1 ? "card" : "cards", source());
        out.printf("%n  %-16s %9s %12s%n", "", "log loss", "RMSE (bins)");
        out.printf("  %-16s %9.4f %11.2f%%%n", "fitted weights", ours.logLoss(), ours.rmseBins() * 100);
        out.printf("  %-16s %9.4f %11.2f%%%n", config.defaultWeights() ? "default weights" : "current weights",
                before.logLoss(), before.rmseBins() * 100);
        out.printf("%n  (lower is better for both: they measure how well the weights predict what you recalled)%n");
        out.printf("%nweights %s%n", String.join(",", fitted.stream().map(String::valueOf).toList()));
        out.println(apply ? "Saved: every command now schedules with these weights (`glossary config weights default` undoes it)."
                : "To use them: glossary srs optimize --apply");
        out.flush();
        return 0;
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
