package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.deck.DeckProblem;
import dev.glossary.deck.DeckValidator;
import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import dev.glossary.store.DeckReader;
import dev.glossary.term.Plural;
import dev.glossary.term.SafeText;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code glossary deck validate FILE}: every problem at once, or {@code ok: N terms (…)}. */
public final class DeckValidateCommand implements Callable<Integer> {
    private final Session session;
    private final CommandSpec spec;
    private String file;
    private boolean json;

    DeckValidateCommand(Session session) {
        this.session = session;
        this.spec = CommandModel.of(this, "validate", "Check a deck file and report every problem with its place.")
                .positional(PositionalParamSpec.builder().paramLabel("FILE|LINK")
                                .description("The deck file to check, or a link to it (as deck install takes)."),
                        String.class, () -> file, v -> file = v)
                .flag(OptionSpec.builder("--json").description("Print the outcome as one JSON object: ok, the"
                                + " counts, and every problem with its place."),
                        () -> json, v -> json = v)
                .spec();
    }

    /** The {@code --json} document; {@code line} and {@code column} are 0 when the place is a field, not a position. */
    record Outcome(String file, boolean ok, int terms, Map<String, Integer> levels, List<Problem> problems) {
    }

    record Problem(String where, int line, int column, String message) {
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        DeckReader.Reading reading = new DeckFetcher(session, spec.commandLine().getErr()).fetch(file, null).reading();
        DeckValidator.Result result = reading.validate();
        List<DeckProblem> problems = result.problems();
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Level level : Level.values()) {
            counts.put(level.id(), 0);
        }
        if (result.deck() != null) {
            for (Term term : result.deck().terms()) {
                counts.merge(term.level().id(), 1, Integer::sum);
            }
        }
        if (json) {
            Json.print(out, new Outcome(reading.file(), problems.isEmpty(), result.deck() == null ? 0
                    : result.deck().size(), counts, problems.stream()
                    .map(p -> new Problem(p.where(), p.line(), p.column(), p.message())).toList()));
            return problems.isEmpty() ? 0 : GlossaryException.BAD_DATA;
        }
        if (!problems.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            for (DeckProblem problem : problems) {
                err.println(SafeText.line(problem.format(reading.file())));
            }
            err.println(Plural.of(problems.size(), "problem") + " in " + SafeText.line(reading.file()));
            err.flush();
            return GlossaryException.BAD_DATA;
        }
        out.printf("ok: %s (%d beginner, %d intermediate, %d advanced)%n", Plural.of(result.deck().size(), "term"),
                counts.get(Level.BEGINNER.id()), counts.get(Level.INTERMEDIATE.id()), counts.get(Level.ADVANCED.id()));
        out.flush();
        return 0;
    }
}
