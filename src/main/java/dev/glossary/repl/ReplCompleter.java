package dev.glossary.repl;

import dev.glossary.cli.Services;
import dev.glossary.cli.Session;
import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import dev.glossary.term.SafeText;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Tab completion from the command model: command names, options and their values ({@code --mode },
 * {@code --tag=}, the rest of a {@code --level} list after a comma), plus what only the session knows: its
 * own commands, levels after {@code level}, the deck's tags, command names after {@code help}, and term
 * names after {@code show}, {@code why}, {@code suspend}, {@code unsuspend} and {@code bury}, spaces and all.
 *
 * <p>It reads the model and never parses the line with it: picocli's own completion parses with a new
 * {@code CommandLine} on the given spec, which re-binds the spec (its output, its parse state, the
 * {@code --deck} callback) away from the command line the session runs.
 */
final class ReplCompleter implements Completer {
    private static final Set<String> TAKES_TERM = Set.of("show", "why", "suspend", "unsuspend", "bury");
    /** Tags depend on the deck in use, which picocli's static completion candidates cannot know. */
    private static final String TAG = "--tag";
    private static final String LIST_SEPARATOR = ",";

    private final Supplier<CommandSpec> spec;
    private final Services services;
    private final Session session;
    private final List<String> replOnly;

    ReplCompleter(Supplier<CommandSpec> spec, Services services, Session session, List<String> replOnly) {
        this.spec = spec;
        this.services = services;
        this.session = session;
        this.replOnly = replOnly;
    }

    /** Where the word being completed stands: in which command, after which option and positional words. */
    private record Place(CommandSpec command, OptionSpec awaitingValue, List<String> positionals) {
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = new ArrayList<>(line.words().subList(0, line.wordIndex()));
        String current = line.wordIndex() < line.words().size() ? line.words().get(line.wordIndex()) : "";
        String prefix = current.substring(0, Math.min(line.wordCursor(), current.length()));
        if (!words.isEmpty() && words.get(0).equals("glossary")) {
            words.remove(0);
        }
        if (words.isEmpty()) {
            commandNames(spec.get(), candidates);
            replOnly.forEach(name -> candidates.add(new Candidate(name)));
        } else if (words.get(0).equals("level")) {
            listValues(prefix, "", Arrays.stream(Level.values()).map(Level::id).toList(), candidates);
            if (!prefix.contains(LIST_SEPARATOR)) {
                candidates.add(new Candidate("all"));
            }
        } else {
            complete(locate(words), prefix, candidates);
        }
    }

    private void complete(Place place, String prefix, List<Candidate> candidates) {
        CommandSpec command = place.command();
        if (place.awaitingValue() != null) {
            optionValues(place.awaitingValue(), "", prefix, candidates);
        } else if (prefix.startsWith("-") && prefix.contains("=")) {
            OptionSpec option = command.findOption(prefix.substring(0, prefix.indexOf('=')));
            if (option != null) {
                optionValues(option, prefix.substring(0, prefix.indexOf('=') + 1), prefix.substring(prefix.indexOf('=') + 1),
                        candidates);
            }
        } else if (prefix.startsWith("-")) {
            optionNames(command, candidates);
        } else if (command.parent() != null && command.name().equals("help")) {
            helpTopics(place.positionals(), candidates);
        } else if (TAKES_TERM.contains(command.name())) {
            completeTermName(place.positionals(), prefix, candidates);
        } else if (!command.subcommands().isEmpty()) {
            commandNames(command, candidates);
        } else if (!positionalValues(command, place.positionals().size(), candidates)) {
            optionNames(command, candidates);
        }
    }

    /** Follows the words before the cursor through the commands, skipping each option's value. */
    private Place locate(List<String> words) {
        CommandSpec command = spec.get();
        List<String> positionals = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.startsWith("-") && !word.contains("=")) {
                OptionSpec option = command.findOption(word);
                if (option != null && option.arity().min() > 0) {
                    if (i == words.size() - 1) {
                        return new Place(command, option, positionals);
                    }
                    i++;
                }
            } else if (!word.startsWith("-")) {
                CommandSpec sub = positionals.isEmpty() ? command.subcommands().entrySet().stream()
                        .filter(e -> e.getKey().equals(word)).map(e -> e.getValue().getCommandSpec())
                        .findFirst().orElse(null) : null;
                if (sub != null) {
                    command = sub;
                } else {
                    positionals.add(word);
                }
            }
        }
        return new Place(command, null, positionals);
    }

    private static void commandNames(CommandSpec command, List<Candidate> candidates) {
        command.subcommands().forEach((name, sub) -> {
            if (!sub.getCommandSpec().usageMessage().hidden()) {
                candidates.add(new Candidate(name));
            }
        });
    }

    private static void optionNames(CommandSpec command, List<Candidate> candidates) {
        for (OptionSpec option : command.options()) {
            if (!option.hidden()) {
                for (String name : option.names()) {
                    candidates.add(new Candidate(name));
                }
            }
        }
    }

    /** After {@code help}: the commands at the path typed so far, and at the top the session's own too. */
    private void helpTopics(List<String> path, List<Candidate> candidates) {
        CommandSpec command = spec.get();
        for (String name : path) {
            var sub = command.subcommands().get(name);
            if (sub == null) {
                return;
            }
            command = sub.getCommandSpec();
        }
        commandNames(command, candidates);
        if (path.isEmpty()) {
            replOnly.stream().filter(name -> !spec.get().subcommands().containsKey(name))
                    .forEach(name -> candidates.add(new Candidate(name)));
        }
    }

    private void optionValues(OptionSpec option, String before, String prefix, List<Candidate> candidates) {
        List<String> values = new ArrayList<>();
        if (option.longestName().equals(TAG)) {
            // A tag that needs neutralising is left out: --tag matches the deck's text, not what would be shown.
            services.deck(session).terms().stream().flatMap(t -> t.tags().stream()).distinct()
                    .filter(tag -> tag.equals(SafeText.line(tag))).sorted().forEach(values::add);
        } else if (option.completionCandidates() != null) {
            option.completionCandidates().forEach(values::add);
        }
        if (LIST_SEPARATOR.equals(option.splitRegex())) {
            listValues(prefix, before, values, candidates);
        } else {
            values.forEach(value -> candidates.add(candidate(before + value, value, true)));
        }
    }

    /** Values of a comma-separated list: after "advanced," the candidates are "advanced,beginner" and so on. */
    private static void listValues(String prefix, String before, List<String> values, List<Candidate> candidates) {
        int comma = prefix.lastIndexOf(LIST_SEPARATOR);
        String chosen = comma < 0 ? "" : prefix.substring(0, comma + 1);
        List<String> taken = Arrays.asList(chosen.split(LIST_SEPARATOR));
        for (String value : values) {
            if (!taken.contains(value)) {
                candidates.add(candidate(before + chosen + value, value, true));
            }
        }
    }

    /** The candidates of the command's positional parameter at {@code position}; false when it has none. */
    private static boolean positionalValues(CommandSpec command, int position, List<Candidate> candidates) {
        for (PositionalParamSpec parameter : command.positionalParameters()) {
            if (parameter.index().contains(position) && parameter.completionCandidates() != null) {
                parameter.completionCandidates().forEach(value -> candidates.add(new Candidate(value)));
                return true;
            }
        }
        return false;
    }

    private static Candidate candidate(String value, String display, boolean complete) {
        return new Candidate(value, display, null, null, null, null, complete);
    }

    /**
     * Names with spaces span several words of the line; each candidate is the rest of a name from the
     * word being completed, so that "show Circuit Br" completes to "show Circuit Breaker Pattern".
     * Names are offered as printed (neutralised, as deck text is untrusted), which show and why accept too.
     */
    private void completeTermName(List<String> before, String prefix, List<Candidate> candidates) {
        String typed = before.isEmpty() ? "" : String.join(" ", before) + " ";
        String wanted = (typed + prefix).toLowerCase(Locale.ROOT);
        for (Term term : services.deck(session).terms()) {
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
}
