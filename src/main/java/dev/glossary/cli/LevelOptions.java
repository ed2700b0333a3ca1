package dev.glossary.cli;

import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.TypeConversionException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** {@code --level}: one or more levels, comma-separated or repeated; the REPL's {@code level} sets the default. */
public final class LevelOptions {
    private List<Level> levels = new ArrayList<>();

    /** Adds {@code -l/--level} to a command's model, bound to this object: {@code .mixin(levels::addTo)}. */
    void addTo(CommandModel model) {
        model.repeatable(OptionSpec.builder("-l", "--level").splitRegex(",").paramLabel("LEVEL")
                .converters(new LevelConverter()).completionCandidates(new LevelCandidates())
                .description("Only terms of these levels: ${COMPLETION-CANDIDATES} (comma-separated or repeated)."),
                Level.class, () -> levels, v -> levels = v);
    }

    /** The chosen levels: those given, else the session's, else all. */
    public Set<Level> selected(Session session) {
        if (!levels.isEmpty()) {
            return EnumSet.copyOf(levels);
        }
        return session.levels();
    }

    public Predicate<Term> filter(Session session) {
        Set<Level> chosen = selected(session);
        return term -> chosen.contains(term.level());
    }

    static final class LevelConverter implements ITypeConverter<Level> {
        @Override
        public Level convert(String value) {
            return Level.parse(value).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "' is not a level; use beginner, intermediate or advanced"));
        }
    }

    static final class LevelCandidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Level.values()).map(Level::id).iterator();
        }
    }
}
