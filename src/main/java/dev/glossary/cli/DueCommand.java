package dev.glossary.cli;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Term;
import dev.glossary.progress.ExamSchedule;
import dev.glossary.progress.Progress;
import dev.glossary.progress.TermHistory;
import dev.glossary.term.Durations;
import dev.glossary.term.Painter;
import dev.glossary.term.SafeText;
import dev.glossary.term.TermJson;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code glossary due}: what is due now; {@code --count} prints just the number, for a shell prompt. */
public final class DueCommand implements Callable<Integer> {
    private final Services services;
    private final Session session;
    private final CommandSpec spec;
    private final LevelOptions levels = new LevelOptions();
    private boolean count;
    private boolean json;

    public DueCommand(Services services, Session session) {
        this.services = services;
        this.session = session;
        this.spec = CommandModel.of(this, "due",
                        "List the terms due now, most overdue first; --count prints just the number.")
                .mixin(levels::addTo)
                .flag(OptionSpec.builder("-c", "--count").description("Print only the number of due terms."),
                        () -> count, v -> count = v)
                .flag(OptionSpec.builder("--json").description("Print the due terms as a JSON array, most overdue first."),
                        () -> json, v -> json = v)
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        Deck deck = services.deck(session);
        Instant now = services.clock().instant();
        Progress progress = services.progress().load();
        Map<String, TermHistory> histories = progress.deck(deck.id());
        ExamSchedule exam = Exams.schedule(services, deck);
        List<Term> due = new ArrayList<>(progress.due(deck, levels.selected(session), now, exam));
        PrintWriter out = spec.commandLine().getOut();
        if (count) {
            out.println(due.size());
            out.flush();
            return 0;
        }
        due.sort(Comparator.comparing(t -> exam.due(t.id(), histories.get(t.id()).card())));
        if (json) {
            Json.print(out, due.stream().map(t -> TermJson.of(t, deck, progress, services.config().leechLapses())).toList());
            return 0;
        }
        if (due.isEmpty()) {
            out.println("Nothing is due.");
        }
        Painter p = session.painter();
        for (Term t : due) {
            out.println(p.bold(SafeText.line(t.name())) + "  " + p.level(t.level()) + "  "
                    + p.faint("due " + Durations.until(exam.due(t.id(), histories.get(t.id()).card()), now) + " ago"));
        }
        session.lastList(due);
        out.flush();
        return 0;
    }
}
