package dev.glossary.repl;

import dev.glossary.cli.App;
import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import dev.glossary.term.SafeText;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.AutoComplete;
import picocli.CommandLine.Model.CommandSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Tab completion from the command model (picocli's own completion: commands, options, option values)
 * plus what only the session knows: its own commands, level names after {@code level}, the deck's tags
 * after {@code --tag}, and term names after {@code show} and {@code why}, spaces and all.
 */
final class ReplCompleter implements Completer {
    private static final Set<String> TAKES_TERM = Set.of("show", "why");
    /** Tags depend on the deck in use, which picocli's static completion candidates cannot know. */
    private static final Set<String> TAKES_TAG = Set.of("--tag", "-t");

    private final Supplier<CommandSpec> spec;
    private final App app;
    private final List<String> replOnly;

    ReplCompleter(Supplier<CommandSpec> spec, App app, List<String> replOnly) {
        this.spec = spec;
        this.app = app;
        this.replOnly = replOnly;
    }

    /**
     * Names with spaces span several words of the line; each candidate is the rest of a name from the
     * word being completed, so that "show Circuit Br" completes to "show Circuit Breaker Pattern".
     * Names are offered as printed (neutralised, as deck text is untrusted), which show and why accept too.
     */
    private void completeTermName(List<String> before, String prefix, List<Candidate> candidates) {
        String typed = before.isEmpty() ? "" : String.join(" ", before) + " ";
        String wanted = (typed + prefix).toLowerCase(Locale.ROOT);
        for (Term term : app.deck().terms()) {
            String full = SafeText.line(term.name()).toLowerCase(Locale.ROOT);
            for (String raw : term.names()) {
                String name = SafeText.line(raw);
                String lower = name.toLowerCase(Locale.ROOT);
                // An alias that merely starts the name ("JWT", "circuit breaker") would only make Tab stop short.
                boolean shortensName = !raw.equals(term.name()) && full.startsWith(lower);
                if (!shortensName && name.length() >= typed.length() && lower.startsWith(wanted)) {
                    String rest = name.substring(typed.length());
                    candidates.add(new Candidate(rest, name, null, null, null, null, true));
                }
            }
        }
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words();
        int index = line.wordIndex();
        String current = index < words.size() ? words.get(index) : "";
        String prefix = current.substring(0, Math.min(line.wordCursor(), current.length()));
        if (index == 0) {
            replOnly.forEach(name -> candidates.add(new Candidate(name)));
        } else if (words.get(0).equals("level")) {
            for (Level level : Level.values()) {
                candidates.add(new Candidate(level.id()));
            }
            candidates.add(new Candidate("all"));
            return;
        } else if (index >= 2 && TAKES_TAG.contains(words.get(index - 1))) {
            // A tag that needs neutralising is left out: --tag matches the deck's text, not what would be shown.
            app.deck().terms().stream().flatMap(t -> t.tags().stream()).distinct()
                    .filter(tag -> tag.equals(SafeText.line(tag)))
                    .forEach(tag -> candidates.add(new Candidate(tag)));
            return;
        } else if (TAKES_TERM.contains(words.get(0)) && !prefix.startsWith("-")) {
            completeTermName(words.subList(1, index), prefix, candidates);
            return;
        }
        List<CharSequence> suffixes = new ArrayList<>();
        String[] args = words.toArray(String[]::new);
        AutoComplete.complete(spec.get(), args, index, Math.min(line.wordCursor(), current.length()), line.cursor(), suffixes);
        for (CharSequence suffix : suffixes) {
            String value = prefix + suffix;
            candidates.add(new Candidate(value, value, null, null, null, null, true));
        }
    }
}
