package dev.glossary.deck;

import dev.glossary.quiz.Masker;
import dev.glossary.store.DeckReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The lint rule that a question, once masked, must not still point at its answer; through {@link DeckLinter}. */
class PromptHintsTest {
    /** The audit's giveaways, as the bundled deck had them (the deck itself is being rewritten apart). */
    private static final List<Term> AUDITED = List.of(
            term("five-nines", "Five Nines", List.of("99.999%"), "An availability target that allows only about 5"
                    + " minutes and 15 seconds of downtime in a whole year. Reaching it demands redundancy, automatic"
                    + " failover and zero-downtime deploys, so it is expensive and usually reserved for critical"
                    + " systems such as telecoms or payments; by comparison, three nines permits almost 9 hours of"
                    + " outage a year."),
            term("n-1-problem", "N+1 Problem", List.of("N+1 query problem"), "A performance bug where code runs one"
                    + " query to fetch a list and then one more query per item, so N items cause N+1 database round"
                    + " trips. It often hides behind ORM lazy loading and makes pages slower as data grows. Listing"
                    + " 100 posts and then fetching each author separately issues 101 queries instead of 2 with a join"
                    + " or batch load."),
            term("canary-backend", "Canary Backend", List.of("canary release", "canary deployment"), "Releasing a new"
                    + " service version to a small slice of real traffic first, say 5%, while everyone else stays on"
                    + " the stable version. Error rates and latency are compared and the slice grows only if it looks"
                    + " healthy; the name comes from the birds miners carried as an early warning of gas."),
            term("controller", "Controller", List.of(), "In MVC, the component that receives an incoming request,"
                    + " calls the relevant model or service logic, and chooses the response or view to return. It"
                    + " should stay thin, translating HTTP into application calls rather than holding business rules"
                    + " itself."),
            term("grpc", "gRPC (Google Remote Procedure Call)", List.of("gRPC", "Google Remote Procedure Call"),
                    "A high-performance RPC framework from Google that uses Protocol Buffers for compact messages and"
                            + " HTTP/2 for transport. You define services in a .proto file and generate typed clients"
                            + " and servers in many languages; it supports streaming and is popular between"
                            + " microservices."),
            term("segfault", "Segfault", List.of("segmentation fault"), "A crash that happens when a program touches"
                    + " memory it isn't allowed to access, such as dereferencing a null or freed pointer. The OS kills"
                    + " the process with SIGSEGV, often leaving a core dump; common in C/C++ code and native"
                    + " extensions."),
            term("zod", "Zod", List.of(), "A TypeScript-first library for declaring schemas that validate data at"
                    + " runtime and infer static types from the same definition. It ensures untrusted input like"
                    + " request bodies or env vars matches what the code expects, e.g. z.object({ email:"
                    + " z.string().email() })."));

    private static Term term(String id, String name, List<String> aliases, String definition) {
        return new Term(id, name, Level.INTERMEDIATE, "", definition, aliases, List.of(), "", List.of());
    }

    private static List<String> hints(List<Term> terms) {
        return DeckLinter.lint(Deck.of("d", "D", "", terms), Masker::maskDefinition).stream()
                .filter(a -> a.kind() == DeckLinter.Kind.HINTS_TERM).map(DeckLinter.Advice::format).toList();
    }

    private static List<String> hints(Term... terms) {
        return hints(List.of(terms));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            five-nines     | "three nines" is the name's pattern with another number
            n-1-problem    | "N" on its own is the variable of "N+1 Problem"
            canary-backend | "the name comes" tells where the name comes from
            controller     | "MVC" stands for "model view controller", which holds the name
            grpc           | "RPC" is part of "gRPC"
            segfault       | "SIGSEGV" is built on "seg", the start of "Segfault"
            zod            | "z" in code is the start of "Zod"
            """)
    void everyGiveawayTheAuditFoundIsCaught(String id, String how) {
        Term giveaway = AUDITED.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
        assertThat(hints(giveaway)).containsExactly("\"" + id + "\": the question still hints at the term once it is"
                + " masked (" + how + "); say it another way or move it to the example");
    }

    @Test
    void theAuditsRewritesPassTheRule() {
        List<Term> fixed = List.of(
                term("five-nines", "Five Nines", List.of("99.999%"), "An availability target that allows only about 5"
                        + " minutes and 15 seconds of downtime in a whole year; by comparison, 99.9% permits almost 9"
                        + " hours of outage a year."),
                term("n-1-problem", "N+1 Problem", List.of("N+1 query problem"), "A performance bug where code runs"
                        + " one query to fetch a list and then a query per item on top of the list query. Listing"
                        + " posts and fetching each author separately is the classic case."),
                term("canary-backend", "Canary Backend", List.of("canary release"), "Releasing a new service version"
                        + " to a small slice of real traffic first, say 5%. The slice grows only if it looks healthy."),
                term("controller", "Controller", List.of(), "In web frameworks that separate models from views, the"
                        + " component that receives an incoming request and chooses the response to return."),
                term("grpc", "gRPC (Google Remote Procedure Call)", List.of("gRPC", "Google Remote Procedure Call"),
                        "A high-performance framework from Google for calling methods on remote services, using"
                                + " Protocol Buffers and HTTP/2."),
                term("segfault", "Segfault", List.of("segmentation fault"), "A crash that happens when a program"
                        + " touches memory it isn't allowed to access, such as dereferencing a null pointer."),
                term("zod", "Zod", List.of(), "A TypeScript-first library for declaring schemas that validate data at"
                        + " runtime and infer static types from the same definition."));
        assertThat(hints(fixed)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Named after the watertight compartments of a ship's hull.  | tells where the name comes from
            Its name means 'flame' in Japanese.                        | tells where the name comes from
            The term got its name from a 1990s mailing list.           | tells where the name comes from
            """)
    void anEtymologySentenceIsAHint(String sentence, String how) {
        assertThat(hints(term("x", "Bulkhead", List.of(), "Isolating resources per dependency. " + sentence)))
                .singleElement().asString().contains(how);
    }

    @Test
    void anotherVersionNumberOfTheNameIsAHint() {
        assertThat(hints(term("ipv6", "IPv6", List.of(), "The protocol version with 128-bit addresses, created"
                + " because the addresses of IPv4 ran out."))).singleElement().asString()
                .contains("\"ipv 4\" is the name's pattern with another number");
        assertThat(hints(term("http2", "HTTP/2", List.of(), "The version that multiplexes requests; unlike HTTP/1.1,"
                + " one slow response blocks nothing."))).singleElement().asString().contains("\"http 1\"");
    }

    @Test
    void anAcronymOfTheNamesWordsOrOneTheDeckExpandsIntoTheHeadWordIsAHint() {
        assertThat(hints(term("tls", "Transport Layer Security", List.of(), "The encryption under HTTPS; TLS 1.3"
                + " needs one round trip."))).singleElement().asString()
                .contains("\"TLS\" is the initials of words of \"Transport Layer Security\"");
        Term dto = term("dto", "DTO (Data Transfer Object)", List.of(), "A plain carrier of fields between layers.");
        Term transfer = term("to", "Transfer Object", List.of(), "A plain carrier of fields between layers, a DTO in"
                + " Java shops. It has no behaviour.");
        assertThat(hints(dto, transfer)).singleElement().asString()
                .startsWith("\"to\": ").contains("\"DTO\" stands for \"data transfer object\", which holds the name");
    }

    @Test
    void aWorkedExampleOfAFormulaNameIsAHint() {
        assertThat(hints(term("n1", "N+1 Problem", List.of(), "One query for a list and one per row. Listing 100"
                + " posts this way issues 101 queries."))).singleElement().asString()
                .contains("\"100\" and \"101\" works out \"N+1 Problem\"");
    }

    @Test
    void aFormOfAOneWordNameTheMaskingLeftIsAHint() {
        assertThat(hints(term("p", "Pagination", List.of(), "Paging through results a chunk at a time. It keeps"
                + " responses small."))).singleElement().asString().contains("\"paging\" is a form of \"pagination\"");
        assertThat(hints(term("cp", "Cursor Pagination", List.of(), "Paging through results with an opaque token."
                + " It stays correct when rows are inserted."))).as("part of the answer only").isEmpty();
        assertThat(hints(term("bc", "Blockchain", List.of(), "A ledger whose blocks each link to the previous"
                + " one. Nodes agree on new entries by consensus."))).singleElement().asString()
                .contains("\"blocks\" is a form of \"blockchain\"");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // Words of a longer alias are context the question needs.
        "UDP|User Datagram Protocol|A transport protocol that sends independent datagrams with no delivery promise.",
        // An acronym that is a term of the deck in its own right is context too.
        "FastAPI||A Python framework for building APIs from type hints, served by an ASGI server.",
        // Letters that only happen to fit: HTTP does not stand for anything in POST.
        "POST||The HTTP method that submits data to be processed, such as a form or a new order.",
        // Abbreviations and file names are not code.
        "Nodemon||A tool that restarts a Node.js app when files change, e.g. after a save.",
        // A constant whose letters hold the start of the name only by chance.
        "Query Planner||The part of the database that picks indexes and join order; EXPLAIN shows its choice.",
        // An acronym that stands for one word of a longer name gives only part of it away.
        "Zombie Process||An exited child whose parent never read its status, so its PID stays taken.",
        // Two numbers, but no formula in the name.
        "Pagination||Splitting 100 results into pages of 10, so page 2 starts at the 11th."})
    void ordinaryContextIsNotAHint(String row) {
        String[] parts = row.split("\\|", -1);
        List<String> aliases = parts[1].isEmpty() ? List.of() : List.of(parts[1]);
        List<Term> deck = new ArrayList<>(List.of(term("t", parts[0], aliases, parts[2] + " It matters a lot.")));
        deck.add(term("api", "API (Application Programming Interface)", List.of("API"), "A contract between programs."));
        assertThat(hints(deck)).isEmpty();
    }

    @Test
    void aDefinitionThatNamesATwinIsAdvisedAgainstLikeOneThatNamesItsTerm() {
        Term cron = new Term("cron-job", "Cron Job", Level.INTERMEDIATE, "", "A line in a crontab that runs a command"
                + " on a timetable. Backups run this way.", List.of(), List.of(), List.of("scheduled-task"), "",
                List.of());
        Term task = new Term("scheduled-task", "Scheduled Task", Level.BEGINNER, "", "Work set to run at a time,"
                + " often as a cron job. Reports run this way.", List.of(), List.of(), List.of("cron-job"), "",
                List.of());
        assertThat(DeckLinter.lint(Deck.of("d", "D", "", List.of(cron, task)), Masker::maskDefinition))
                .filteredOn(a -> a.kind() == DeckLinter.Kind.NAMES_TERM).extracting(DeckLinter.Advice::format)
                .containsExactly("\"scheduled-task\": the definition names the term (\"Cron Job\", its twin); quizzes"
                        + " mask it, but a definition that teaches without it makes a better card");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"networking.json", "databases.json"})
    void decksWrittenPlainlyGetNoHints(String file) throws IOException {
        Deck deck;
        try (InputStream in = PromptHintsTest.class.getResourceAsStream("/lint/" + file)) {
            deck = DeckReader.load(file, in);
        }
        assertThat(deck.size()).isGreaterThan(20);
        assertThat(hints(deck.terms())).isEmpty();
    }
}
