package dev.glossary.cli;

import dev.glossary.deck.DeckProblem;
import dev.glossary.deck.DeckValidator;
import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import dev.glossary.store.DeckReader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code glossary deck validate FILE}: every problem at once, or {@code ok: N terms (…)}. */
public final class DeckValidateCommand implements Callable<Integer> {
    private final CommandSpec spec;
    private Path file;

    DeckValidateCommand() {
        this.spec = CommandModel.of(this, "validate", "Check a deck file and report every problem with its place.")
                .positional(PositionalParamSpec.builder().paramLabel("FILE").description("The deck file to check."),
                        Path.class, () -> file, v -> file = v)
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        DeckReader.Reading reading = DeckReader.read(file);
        DeckValidator.Result result = reading.validate();
        List<DeckProblem> problems = result.problems();
        PrintWriter out = spec.commandLine().getOut();
        if (!problems.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            for (DeckProblem problem : problems) {
                err.println(dev.glossary.term.SafeText.line(problem.format(reading.file())));
            }
            err.println(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in " + reading.file());
            err.flush();
            return dev.glossary.GlossaryException.BAD_DATA;
        }
        Map<Level, Integer> counts = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            counts.put(level, 0);
        }
        for (Term term : result.deck().terms()) {
            counts.merge(term.level(), 1, Integer::sum);
        }
        int size = result.deck().size();
        out.printf("ok: %d term%s (%d beginner, %d intermediate, %d advanced)%n", size, size == 1 ? "" : "s",
                counts.get(Level.BEGINNER), counts.get(Level.INTERMEDIATE), counts.get(Level.ADVANCED));
        out.flush();
        return 0;
    }
}
