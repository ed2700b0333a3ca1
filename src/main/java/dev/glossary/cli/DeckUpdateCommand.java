package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.deck.Deck;
import dev.glossary.deck.DeckProblem;
import dev.glossary.deck.DeckValidator;
import dev.glossary.store.DeckOrigins;
import dev.glossary.store.DeckOrigins.DeckOrigin;
import dev.glossary.store.DeckReader;
import dev.glossary.store.DeckSource;
import dev.glossary.term.SafeText;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code glossary deck update [ID…] [--check]}: fetches each installed deck again from where it was installed
 * from (a link, asking the server only for a changed file, or a file) and installs the new version, saying what
 * it added, changed and removed. A new version that fails its checks is not installed: the deck stays as it was
 * and every problem is listed. One deck failing does not stop the others; the exit code is the worst outcome's.
 */
public final class DeckUpdateCommand implements Callable<Integer> {
    private static final int PROBLEMS_SHOWN = 10;

    private final Services services;
    private final Session session;
    private final CommandSpec spec;
    private List<String> ids = new ArrayList<>();
    private boolean check;
    private boolean force;

    public DeckUpdateCommand(Services services, Session session) {
        this.services = services;
        this.session = session;
        this.spec = CommandModel.of(this, "update", "Fetch installed decks again from the link or file they were"
                        + " installed from, and install new versions; progress stays with each term id.")
                .positionals(PositionalParamSpec.builder().paramLabel("ID").arity("0..*")
                                .description("The installed decks to update (default: every deck installed from a link"
                                        + " or file)."),
                        String.class, () -> ids, v -> ids = v)
                .flag(OptionSpec.builder("--check").description("Only say which decks have a new version and what it"
                                + " changes; install nothing."),
                        () -> check, v -> check = v)
                .flag(OptionSpec.builder("--force").description("Install a new version even when it renames or drops"
                                + " most of the deck's terms."),
                        () -> force, v -> force = v)
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Installed> decks = ids == null || ids.isEmpty() ? everyInstalled() : named();
        if (decks.isEmpty()) {
            out.println("no installed decks to update; install one with: glossary deck install FILE|LINK");
            out.flush();
            return 0;
        }
        int exit = 0;
        for (Installed deck : decks) {
            try {
                update(deck, out, err);
            } catch (Reported e) {
                exit = worse(exit, e.exitCode());
            } catch (GlossaryException e) {
                String message = e.getMessage().startsWith(deck.id() + ": ") ? e.getMessage()
                        : deck.id() + ": " + e.getMessage();
                err.println("glossary: " + SafeText.line(message));
                exit = worse(exit, e.exitCode());
            }
        }
        out.flush();
        err.flush();
        return exit;
    }

    /** An installed deck's id, file and remembered source (empty for a deck installed before sources were kept). */
    private record Installed(String id, Path file, Optional<DeckOrigin> origin) {
    }

    private List<Installed> everyInstalled() {
        List<Installed> decks = new ArrayList<>();
        for (Path file : DeckSource.installed(services.files())) {
            String id = idOf(file);
            if (id != null) {
                decks.add(new Installed(id, file, DeckOrigins.read(services.files(), id)));
            }
        }
        return decks;
    }

    private List<Installed> named() {
        List<Installed> decks = new ArrayList<>();
        for (String id : ids) {
            if (id.equals(DeckSource.bundled().id())) {
                throw new GlossaryException(GlossaryException.USAGE, "\"" + id + "\" is the bundled deck, which comes"
                        + " with glossary itself; a new version of it comes with a new glossary");
            }
            Path file = DeckSource.installedFile(services.files(), id).orElse(null);
            if (file == null) {
                // Loading it says what there is instead, with the closest installed ids.
                DeckSource.load(id, services.files(), Runnable::run);
                throw GlossaryException.failure(id + ": not an installed deck; see them with: glossary deck list");
            }
            String deckId = idOf(file);
            decks.add(new Installed(deckId == null ? id : deckId, file,
                    DeckOrigins.read(services.files(), deckId == null ? id : deckId)));
        }
        return decks;
    }

    private static String idOf(Path file) {
        try {
            return DeckReader.load(file).id();
        } catch (GlossaryException e) {
            return null;
        }
    }

    private void update(Installed installed, PrintWriter out, PrintWriter err) {
        if (installed.origin().isEmpty()) {
            if (ids != null && !ids.isEmpty()) {
                throw GlossaryException.failure(installed.id() + ": where it came from is not known (it was installed"
                        + " before glossary remembered sources, or copied in by hand); install it once more from its"
                        + " link or file, and update will find it from then on");
            }
            out.println(installed.id() + ": skipped, its source is not known; install it once more from its link or"
                    + " file to update it from there");
            return;
        }
        DeckOrigin origin = installed.origin().get();
        String source = origin.source();
        DeckFetcher.Fetched fetched = new DeckFetcher(session, err).fetch(source, origin);
        Deck current = DeckReader.load(installed.file());
        if (fetched.notModified()) {
            out.println(installed.id() + ": up to date (" + SafeText.line(source) + " has not changed)");
            return;
        }
        DeckValidator.Result result = fetched.reading().validate();
        if (!result.ok()) {
            List<DeckProblem> problems = result.problems();
            err.println("glossary: " + installed.id() + ": the new version from " + SafeText.line(source)
                    + " was not installed, as it has " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                    + "; the installed deck stays as it was:");
            for (DeckProblem problem : problems.subList(0, Math.min(PROBLEMS_SHOWN, problems.size()))) {
                err.println("  " + SafeText.line(problem.format(fetched.reading().file())));
            }
            if (problems.size() > PROBLEMS_SHOWN) {
                err.println("  … and " + (problems.size() - PROBLEMS_SHOWN) + " more: glossary deck validate "
                        + SafeText.line(source));
            }
            throw new Reported(GlossaryException.BAD_DATA);
        }
        Deck next = result.deck();
        if (!next.id().equals(installed.id())) {
            throw GlossaryException.failure(installed.id() + ": " + SafeText.line(source) + " now holds the deck \""
                    + next.id() + "\", not \"" + installed.id() + "\"; the installed deck stays as it was. To add that"
                    + " deck beside it: glossary deck install " + SafeText.line(source));
        }
        DeckInstaller installer = new DeckInstaller(services);
        DeckInstaller.Plan plan = installer.plan(source, next, force);
        boolean changed = !plan.changes().none() || !sameDeckFields(current, next);
        if (!changed) {
            if (!check) {
                installer.apply(plan, fetched.origin());
            }
            out.println(installed.id() + ": up to date");
            return;
        }
        int width = session.screen().width();
        if (check) {
            String edition = DeckInstaller.edition(current, next).strip();
            out.println(installed.id() + ": a new version is available" + (edition.isEmpty() ? "" : " (" + edition + ")")
                    + ": "
                    + DeckInstaller.summary(plan.changes()) + "; install it with: glossary deck update " + installed.id());
            DeckInstaller.changelog(current, next, width).forEach(out::println);
            return;
        }
        installer.apply(plan, fetched.origin());
        out.println("updated " + DeckInstaller.label(next) + DeckInstaller.edition(current, next) + ": "
                + DeckInstaller.summary(plan.changes()) + "; " + DeckInstaller.progressNote(plan.changes()));
        DeckInstaller.changelog(current, next, width).forEach(out::println);
    }

    /** The deck's own fields beside its terms: a new description or version is a new version too. */
    private static boolean sameDeckFields(Deck a, Deck b) {
        return a.name().equals(b.name()) && a.description().equals(b.description())
                && a.metadata().equals(b.metadata());
    }

    private static int worse(int a, int b) {
        return a == 0 ? b : Math.max(a, b);
    }

    /** A failure whose message is printed already; only its exit code is left to give. */
    private static final class Reported extends GlossaryException {
        Reported(int exitCode) {
            super(exitCode, null);
        }
    }
}
