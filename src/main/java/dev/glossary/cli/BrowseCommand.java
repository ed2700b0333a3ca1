package dev.glossary.cli;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import dev.glossary.progress.Mastery;
import dev.glossary.progress.TermHistory;
import dev.glossary.term.Painter;
import dev.glossary.term.SafeText;
import dev.glossary.term.Wrap;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/** {@code glossary browse}: the deck as a list, one line a term, paged on a terminal. */
public final class BrowseCommand implements Callable<Integer> {
    enum Sort { level, name }

    private final App app;
    private final CommandSpec spec;
    private final LevelOptions levels = new LevelOptions();
    private List<String> tags = new ArrayList<>();
    private String letter;
    private Sort sort;
    private boolean json;

    public BrowseCommand(App app) {
        this.app = app;
        this.spec = CommandModel.of(this, "browse", "List the deck's terms with a short definition and your mastery of each.")
                .mixin(levels::addTo)
                .repeatable(OptionSpec.builder("-t", "--tag").paramLabel("TAG")
                        .description("Only terms with this tag (repeatable)."),
                        String.class, () -> tags, v -> tags = v)
                .option(OptionSpec.builder("--letter").paramLabel("A")
                        .description("Only terms whose name starts with this letter or digit."),
                        String.class, () -> letter, v -> letter = v)
                .option(OptionSpec.builder("--sort").paramLabel("ORDER").defaultValue("level")
                        .description("level (grouped by level, then by name) or name (alphabetical). Default: ${DEFAULT-VALUE}."),
                        Sort.class, () -> sort, v -> sort = v)
                .flag(OptionSpec.builder("--json").description("Print the terms as a JSON array."),
                        () -> json, v -> json = v)
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        Deck deck = app.deck();
        List<Term> terms = deck.terms().stream().filter(levels.filter(app)).filter(tagFilter()).filter(letterFilter())
                .sorted(Comparator.comparing((Term t) -> sort == Sort.level ? t.level().ordinal() : 0)
                        .thenComparing(t -> t.name().toLowerCase(Locale.ROOT)))
                .toList();
        app.lastList(terms);
        if (json) {
            Json.print(spec.commandLine().getOut(), terms.stream().map(t -> TermJson.of(t, deck, app)).toList());
            return terms.isEmpty() ? 1 : 0;
        }
        if (terms.isEmpty()) {
            spec.commandLine().getOut().println("No terms match these filters.");
            spec.commandLine().getOut().flush();
            return 1;
        }
        Map<String, TermHistory> progress = app.progress().load().deck(deck.id());
        Painter p = app.painter();
        int width = app.screen().width();
        int nameWidth = Math.min(28, terms.stream().mapToInt(t -> Wrap.cells(SafeText.line(t.name()))).max().orElse(10));
        StringBuilder out = new StringBuilder();
        Level group = null;
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            if (sort == Sort.level && t.level() != group) {
                group = t.level();
                long count = terms.stream().filter(x -> x.level() == t.level()).count();
                out.append(out.length() == 0 ? "" : "\n").append(p.bold(cap(group.id()) + " (" + count + ")")).append('\n');
            }
            Mastery m = Mastery.of(progress.containsKey(t.id()) ? progress.get(t.id()).card() : null);
            String number = String.format("%4d ", i + 1);
            String name = Wrap.fit(SafeText.line(t.name()), nameWidth);
            String mark = String.format("%-8s", m.mark());
            String head = number + pad(name, nameWidth) + "  " + mark + " ";
            int room = width - Wrap.cells(head) - 1;
            String gist = room > 10 ? Wrap.fit(SafeText.line(t.definition()), room) : "";
            out.append(number).append(p.bold(pad(name, nameWidth))).append("  ").append(markStyle(p, m, mark))
                    .append(' ').append(p.faint(gist)).append('\n');
        }
        if (app.inRepl()) {
            out.append(p.faint("show N for a term in full.")).append('\n');
        }
        Pager.show(app, spec.commandLine().getOut(), out.toString());
        return 0;
    }

    private Predicate<Term> tagFilter() {
        if (tags.isEmpty()) {
            return t -> true;
        }
        return t -> t.tags().stream().anyMatch(tag -> tags.stream().anyMatch(tag::equalsIgnoreCase));
    }

    private Predicate<Term> letterFilter() {
        if (letter == null || letter.isBlank()) {
            return t -> true;
        }
        String l = letter.trim().substring(0, 1).toLowerCase(Locale.ROOT);
        return t -> t.name().toLowerCase(Locale.ROOT).startsWith(l);
    }

    private static String markStyle(Painter p, Mastery m, String text) {
        return switch (m) {
            case NEW -> p.faint(text);
            case LEARNING -> p.warn(text);
            case YOUNG, MATURE -> p.good(text);
        };
    }

    private static String pad(String s, int cells) {
        return s + " ".repeat(Math.max(0, cells - Wrap.cells(s)));
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
