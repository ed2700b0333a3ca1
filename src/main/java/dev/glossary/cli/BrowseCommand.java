package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.console.Pager;
import dev.glossary.deck.Deck;
import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import dev.glossary.progress.Mastery;
import dev.glossary.progress.Progress;
import dev.glossary.progress.TermHistory;
import dev.glossary.term.Painter;
import dev.glossary.term.SafeText;
import dev.glossary.term.TermJson;
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

    /** The widest mark: "learning", or "suspended" in a list that has one. */
    private static final int MARK_WIDTH = 8;
    private static final String SUSPENDED = "suspended";
    private static final int MAX_NAME = 28;
    /** Less of a definition than this says nothing, so the line leaves it out. */
    private static final int MIN_GIST = 10;

    private final Services services;

    private final Session session;
    private final CommandSpec spec;
    private final LevelOptions levels = new LevelOptions();
    private List<String> tags = new ArrayList<>();
    private String letter;
    private Sort sort;
    private boolean leeches;
    private boolean json;

    public BrowseCommand(Services services, Session session) {
        this.services = services;
        this.session = session;
        this.spec = CommandModel.of(this, "browse",
                        "List the deck's terms with a short definition and your mastery of each: new, learning or known;"
                                + " leech or suspended where it is.")
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
                .flag(OptionSpec.builder("--leeches").description("Only leeches: terms forgotten again and again"
                                + " (config leech-lapses, 6 by default)."),
                        () -> leeches, v -> leeches = v)
                .flag(OptionSpec.builder("--json").description("Print the terms as a JSON array."),
                        () -> json, v -> json = v)
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        Predicate<Term> byLetter = letterFilter();
        Deck deck = services.deck(session);
        Map<String, TermHistory> histories = services.progress().load().deck(deck.id());
        int leechLapses = services.config().leechLapses();
        Predicate<Term> leechFilter = t -> !leeches || histories.containsKey(t.id())
                && histories.get(t.id()).isLeech(leechLapses);
        List<Term> terms = deck.terms().stream().filter(levels.filter(session)).filter(tagFilter()).filter(byLetter)
                .filter(leechFilter)
                .sorted(Comparator.comparing((Term t) -> sort == Sort.level ? t.level().ordinal() : 0)
                        .thenComparing(t -> t.name().toLowerCase(Locale.ROOT)))
                .toList();
        session.lastList(terms);
        if (json) {
            Progress progress = services.progress().load();
            Json.print(spec.commandLine().getOut(), terms.stream().map(t -> TermJson.of(t, deck, progress, services.config().leechLapses())).toList());
            return terms.isEmpty() ? 1 : 0;
        }
        if (terms.isEmpty()) {
            spec.commandLine().getOut().println(leeches ? "No leeches: no term has lapsed " + leechLapses
                    + " times or more." : "No terms match these filters.");
            spec.commandLine().getOut().flush();
            return 1;
        }
        Map<String, TermHistory> progress = services.progress().load().deck(deck.id());
        Painter p = session.painter();
        int width = session.screen().width();
        int numberWidth = Math.max(4, String.valueOf(terms.size()).length());
        // The last column is left free (a line that fills it makes some terminals wrap), and the rest shared:
        // the name gets three fifths of what the number and mark leave, so some definition always shows.
        int markWidth = terms.stream().anyMatch(t -> progress.containsKey(t.id()) && progress.get(t.id()).suspended())
                ? SUSPENDED.length() : MARK_WIDTH;
        int room = width - 1 - (numberWidth + 1) - 2 - markWidth - 1;
        int longest = terms.stream().mapToInt(t -> Wrap.cells(SafeText.line(t.name()))).max().orElse(10);
        int nameWidth = Math.max(1, Math.min(Math.min(MAX_NAME, longest), room * 3 / 5));
        StringBuilder out = new StringBuilder();
        Level group = null;
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            if (sort == Sort.level && t.level() != group) {
                group = t.level();
                long count = terms.stream().filter(x -> x.level() == t.level()).count();
                out.append(out.length() == 0 ? "" : "\n")
                        .append(p.bold(Wrap.fit(cap(group.id()) + " (" + count + ")", width - 1))).append('\n');
            }
            TermHistory history = progress.get(t.id());
            Mastery m = Mastery.of(history != null ? history.card() : null);
            String number = pad(" ".repeat(numberWidth - String.valueOf(i + 1).length()) + (i + 1), numberWidth + 1);
            String name = Wrap.fit(SafeText.line(t.name()), nameWidth);
            boolean suspended = history != null && history.suspended();
            boolean leech = history != null && history.isLeech(leechLapses);
            String mark = pad(suspended ? SUSPENDED : leech ? "leech" : m.mark(), markWidth);
            int gistRoom = room - nameWidth;
            String gist = gistRoom >= MIN_GIST ? Wrap.fit(SafeText.line(t.definition()), gistRoom) : "";
            out.append(number).append(p.bold(pad(name, nameWidth))).append("  ").append(suspended ? p.faint(mark) : leech ? p.bad(mark) : markStyle(p, m, mark))
                    .append(gist.isEmpty() ? "" : " " + p.faint(gist)).append('\n');
        }
        if (session.inRepl()) {
            out.append(Wrap.indented(p.faint("show N for a term in full."), width - 1, ""));
        }
        Pager.show(session.screen().terminal(), session::terminal, spec.commandLine().getOut(), out.toString());
        return 0;
    }

    private Predicate<Term> tagFilter() {
        if (tags.isEmpty()) {
            return t -> true;
        }
        return t -> t.tags().stream().anyMatch(tag -> tags.stream().anyMatch(tag::equalsIgnoreCase));
    }

    private Predicate<Term> letterFilter() {
        if (letter == null) {
            return t -> true;
        }
        String l = letter.trim();
        if (l.codePointCount(0, l.length()) != 1 || !Character.isLetterOrDigit(l.codePointAt(0))) {
            throw GlossaryException.usage("--letter takes one letter or digit, such as --letter r; not \""
                    + SafeText.line(letter) + "\"");
        }
        String lower = l.toLowerCase(Locale.ROOT);
        return t -> t.name().toLowerCase(Locale.ROOT).startsWith(lower);
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
