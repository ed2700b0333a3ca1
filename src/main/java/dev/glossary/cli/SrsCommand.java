package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.srs.Card;
import dev.glossary.srs.FsrsParameters;
import dev.glossary.srs.Scheduler;
import dev.glossary.srs.TsFsrsFuzz;
import dev.glossary.store.ReviewHistoryReader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code glossary srs replay FILE}: our scheduler's answers for review histories, for auditing against others;
 * {@code glossary srs optimize}: weights fitted to the learner's reviews ({@link SrsOptimizeCommand}).
 */
public final class SrsCommand {
    private final CommandSpec spec;

    public SrsCommand(Services services, Session session) {
        this.spec = CommandModel.of(this, "srs", "Inspect the FSRS scheduler and fit it to your reviews.").spec();
        spec.addSubcommand("replay", new Replay().spec());
        spec.addSubcommand("optimize", new SrsOptimizeCommand(services, session).spec());
    }

    CommandSpec spec() {
        return spec;
    }

    static final class Replay implements Runnable {
        private static final DateTimeFormatter ISO_MILLIS =
                DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

        private final CommandSpec spec;
        private Path file;
        private Path params;

        Replay() {
            this.spec = CommandModel.of(this, "replay", "Replay review histories (FSRS reference-vector format) and"
                            + " print each step's card state as JSON.")
                    .positional(PositionalParamSpec.builder().paramLabel("FILE")
                            .description("{\"cases\": [{\"id\", \"created\", \"enable_short_term\","
                                    + " \"steps\": [{\"review\", \"rating\"}]}]}"),
                            Path.class, () -> file, v -> file = v)
                    .option(OptionSpec.builder("--params").paramLabel("FILE")
                            .description("FSRS parameters (w, request_retention, maximum_interval, learning_steps, …);"
                                    + " default: FSRS-6 defaults, fuzz off."),
                            Path.class, () -> params, v -> params = v)
                    .spec();
        }

        CommandSpec spec() {
            return spec;
        }

        @Override
        public void run() {
            FsrsParameters base = params == null ? FsrsParameters.defaults().withFuzz(false)
                    : ReviewHistoryReader.readParameters(params);
            List<Map<String, Object>> cases = new ArrayList<>();
            for (ReviewHistoryReader.Case c : ReviewHistoryReader.readCases(file)) {
                Scheduler scheduler = new Scheduler(base.withShortTerm(c.enableShortTerm().orElse(base.enableShortTerm())));
                Card card = Card.newCard(c.created());
                List<Map<String, Object>> steps = new ArrayList<>();
                for (int i = 0; i < c.steps().size(); i++) {
                    ReviewHistoryReader.Step step = c.steps().get(i);
                    try {
                        // With fuzz on, each review takes the draw ts-fsrs would, so a replay matches it step for step.
                        card = scheduler.review(card, step.rating(), step.review(), TsFsrsFuzz.draw(card, step.review()));
                    } catch (IllegalArgumentException e) {
                        throw GlossaryException.badData(file + ": case " + c.id() + ", steps[" + i + "]: " + e.getMessage());
                    } catch (DateTimeException | ArithmeticException e) {
                        throw GlossaryException.badData(file + ": case " + c.id() + ", steps[" + i + "]: the next due date"
                                + " is beyond what a date can hold; check the review times and the parameters' steps");
                    }
                    steps.add(step(card));
                }
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("id", c.id());
                out.put("steps", steps);
                cases.add(out);
            }
            Json.print(spec.commandLine().getOut(), Map.of("cases", cases));
        }

        private static Map<String, Object> step(Card card) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("state", card.state().code());
            s.put("stability", card.stability());
            s.put("difficulty", card.difficulty());
            s.put("scheduled_days", card.scheduledDays());
            s.put("due", ISO_MILLIS.format(card.due()));
            s.put("learning_steps", card.learningSteps());
            s.put("reps", card.reps());
            s.put("lapses", card.lapses());
            s.put("elapsed_days", card.elapsedDays());
            return s;
        }
    }
}
