package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.deck.Deck;
import dev.glossary.report.LearnerReport;
import dev.glossary.report.LearnerReports;
import dev.glossary.store.OutputTarget;
import dev.glossary.store.ReportFiles;
import dev.glossary.term.Plural;
import dev.glossary.term.SafeText;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code glossary report --deck ID [--name NAME] -o FILE}: what a learner hands their teacher, with their consent
 * and nothing more: a summary of one deck (the one {@code --deck} names), per term by id, without answer texts and
 * without other decks, and a name only if they give one. It prints exactly what it wrote.
 */
public final class ReportCommand implements Callable<Integer> {
    private static final int MAX_NAME = 80;

    private final Services services;
    private final Session session;
    private final CommandSpec spec;
    private String name;
    private Path output;
    private boolean force;

    public ReportCommand(Services services, Session session) {
        this.services = services;
        this.session = session;
        this.spec = CommandModel.of(this, "report", "Write a summary of your progress in one deck (--deck ID) for your"
                        + " teacher: per term, first-try accuracy, answers, lapses, state and recall odds; nothing of"
                        + " other decks and no answer texts. Prints exactly what it writes.")
                .option(OptionSpec.builder("--name").paramLabel("NAME")
                        .description("Put this name in the report (default: no name; the teacher sees the file's)."),
                        String.class, () -> name, v -> name = v)
                .option(OptionSpec.builder("-o", "--output").paramLabel("FILE")
                        .description("Where to write the report (default: standard output)."),
                        Path.class, () -> output, v -> output = v)
                .flag(OptionSpec.builder("--force").description("Overwrite FILE if it exists."),
                        () -> force, v -> force = v)
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        String learner = learnerName();
        Deck deck = services.deck(session);
        LearnerReport report = LearnerReports.of(deck, deck.metadata().version(), learner,
                services.progress().load().deck(deck.id()), services.clock().instant(), services.clock().getZone(),
                services.progress().replayer().scheduler());
        byte[] bytes = ReportFiles.bytes(report);
        String json = new String(bytes, StandardCharsets.UTF_8);
        PrintWriter out = spec.commandLine().getOut();
        if (output == null) {
            out.print(json);
            out.flush();
            return 0;
        }
        OutputTarget target = OutputTarget.of(output, force, "-o");
        target.write(bytes, out);
        if (!target.isFile()) {
            return 0;
        }
        long seen = report.terms().stream().filter(LearnerReport.TermSummary::seen).count();
        out.println("wrote " + SafeText.line(output.toString()) + " (deck " + deck.id() + ", " + Plural.of(report.terms().size(), "term") + ", "
                + seen + " answered, " + (learner == null ? "no name" : "named \"" + SafeText.line(learner) + "\"")
                + "); this is all it holds:");
        out.print(session.screen().terminal() ? SafeText.clean(json) : json);
        out.flush();
        return 0;
    }

    private String learnerName() {
        if (name == null) {
            return null;
        }
        String stripped = name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME || !SafeText.isSafe(stripped)
                || stripped.chars().anyMatch(Character::isISOControl)) {
            throw new GlossaryException(GlossaryException.USAGE, "--name takes a name of 1 to " + MAX_NAME
                    + " characters on one line, such as --name \"Ana P.\"");
        }
        return stripped;
    }
}
