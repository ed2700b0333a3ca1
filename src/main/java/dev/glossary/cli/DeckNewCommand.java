package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.deck.Deck;
import dev.glossary.deck.DeckMetadata;
import dev.glossary.deck.DeckDraft;
import dev.glossary.deck.DeckValidator;
import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import dev.glossary.store.DeckWriter;
import dev.glossary.store.OutputTarget;
import dev.glossary.term.SafeText;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code glossary deck new FILE}: a valid starter deck with four example terms, to edit by hand: two linked by
 * {@code related}, two twins linked by {@code same}.
 */
public final class DeckNewCommand implements Callable<Integer> {
    /** Editors resolve it beside the deck, where the command writes the schema unless one is there already. */
    static final String SCHEMA_HINT = "./deck.schema.json";
    private static final String SCHEMA_RESOURCE = "/glossary/deck.schema.json";

    private final CommandSpec spec;
    private Path file;
    private String name;
    private String id;

    DeckNewCommand() {
        this.spec = CommandModel.of(this, "new", "Write a valid starter deck with four example terms, to edit by hand.")
                .positional(PositionalParamSpec.builder().paramLabel("FILE")
                        .description("Where to write the deck (must not exist)."),
                        Path.class, () -> file, v -> file = v)
                .option(OptionSpec.builder("--name").paramLabel("NAME").description("The deck's display name."),
                        String.class, () -> name, v -> name = v)
                .option(OptionSpec.builder("--id").paramLabel("ID")
                        .description("The deck's id (default: made from the name or file name)."),
                        String.class, () -> id, v -> id = v)
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws IOException {
        if (Files.isRegularFile(file)) {
            throw GlossaryException.failure(file + " already exists; choose another file name");
        }
        OutputTarget target = OutputTarget.of(file, false, "FILE");
        String fileStem = file.getFileName().toString().replaceFirst("\\.json$", "");
        String deckName = name != null ? name : fileStem;
        String deckId = id != null ? id : DeckValidator.suggestSlug(deckName);
        Term first = new Term("rate-limiting", "Rate Limiting", Level.INTERMEDIATE, "Backend",
                "Capping how many requests a client may make in a window of time, so one noisy caller cannot starve"
                        + " the rest. A public API might allow 100 requests a minute per key and answer 429 beyond that.",
                List.of(), List.of("token-bucket"), "GitHub's REST API allows 5,000 requests an hour per token.",
                List.of("reliability"));
        Term second = new Term("token-bucket", "Token Bucket", Level.ADVANCED, "Backend",
                "An algorithm that tops up a store of permits at a steady rate, up to a cap; each request spends"
                        + " one, and an empty store means wait. It allows short bursts while keeping the average rate"
                        + " fixed.",
                List.of(), List.of("rate-limiting"), "Capacity 10, refill 1 token a second: 10 quick calls, then 1 a second.",
                List.of("reliability"));
        // Twins show "same": one concept under two names, each accepted for the other and never offered for it.
        Term flag = new Term("feature-flag", "Feature Flag", Level.BEGINNER, "Backend",
                "A switch in configuration that turns a piece of code on or off while the app runs, with no new"
                        + " deploy. Teams ship unfinished work switched off, then turn it on for a few users first.",
                List.of(), List.of(), List.of("feature-toggle"), "if (flags.isOn(\"new-checkout\")) { ... }",
                List.of("releases"));
        Term toggle = new Term("feature-toggle", "Feature Toggle", Level.BEGINNER, "Backend",
                "A code path kept in the build and chosen at run time by a setting, so releasing is apart from"
                        + " deploying. Release, experiment and ops switches are its usual kinds.",
                List.of(), List.of(), List.of("feature-flag"), "Martin Fowler's article uses this name.",
                List.of("releases"));
        // A version from the start, so the first update a class gets can say what it changed since.
        Deck deck = Deck.of(deckId, deckName, "Replace these examples with your own terms.",
                new DeckMetadata("1.0", null, null, List.of()), List.of(first, second, flag, toggle));
        if (!DeckValidator.validate(DeckDraft.of(deck)).ok()) {
            throw GlossaryException.usage("\"" + deckId + "\" is not a valid deck id; use lower-case letters, digits"
                    + " and hyphens, e.g. --id " + DeckValidator.suggestSlug(deckId));
        }
        target.write(DeckWriter.bytes(deck, SCHEMA_HINT), spec.commandLine().getOut());
        if (!target.isFile()) {
            return 0;
        }
        Path schema = file.toAbsolutePath().resolveSibling("deck.schema.json");
        boolean wroteSchema = !Files.exists(schema, LinkOption.NOFOLLOW_LINKS);
        if (wroteSchema) {
            OutputTarget.of(schema, false, "the schema").write(schemaBytes(), spec.commandLine().getOut());
        }
        String shown = SafeText.line(file.toString());
        spec.commandLine().getOut().println("wrote " + shown + " (deck \"" + deckId + "\", " + deck.size() + " example terms"
                + (wroteSchema ? ", and " + SafeText.line(file.resolveSibling("deck.schema.json").toString())
                + " for editors" : "") + "); edit it, then run: glossary deck validate " + shown);
        return 0;
    }

    private static byte[] schemaBytes() throws IOException {
        try (InputStream in = DeckNewCommand.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw GlossaryException.failure("the deck schema is missing from this build; rebuild with mvn package");
            }
            return in.readAllBytes();
        }
    }
}
