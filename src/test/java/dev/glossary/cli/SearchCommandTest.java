package dev.glossary.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.glossary.term.Screen;
import dev.glossary.term.Wrap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Search on the bundled deck through the real command line. */
class SearchCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @ParameterizedTest(name = "{0}: \"{1}\" finds {2}")
    @CsvSource(delimiter = '|', value = {
            "exact name        | Idempotency              | idempotency",
            "exact, any case   | rEDIS                    | redis",
            "alias             | JSON Web Token           | jwt",
            "acronym           | jwt                      | jwt",
            "acronym (grpc)    | grpc                     | grpc",
            "expansion         | server sent events       | server-sent-events",
            "prefix            | idempot                  | idempotency",
            "prefix of words   | circuit break            | circuit-breaker-pattern",
            "all words         | breaker circuit          | circuit-breaker-pattern",
            "typo              | idempotncy               | idempotency",
            "typo, long word   | kuberntes liveness probe | liveness-probe",
            "transposition     | idmepotency              | idempotency",
            "transposition (2) | rdeis                    | redis",
            "status code       | 404                      | 404",
            "full text         | retries                  | retry-with-backoff",
            "full text stem    | doubles the delays       | exponential-backoff",
            "plural of acronym | apis                     | api",
            "plural, short     | correlation ids          | correlation-id",
            "verb of the name  | serialize                | serialization",
            "British spelling  | deserialise              | deserialization",
            "other verb form   | deserializing            | deserialization",
            "verb in -ate      | paginate                 | pagination",
            "verb of a -ment   | acknowledge              | message-acknowledgment",
            "adjective in -ent | idempotent               | idempotency",
            "name plus a word  | rate limiting work       | rate-limiting",
            "typo plus a word  | kafak streams            | apache-kafka",
            "name of X (Y)     | guard backend            | guard-backend",
            "question          | what is a circuit breaker | circuit-breaker-pattern"})
    void theTopHitIsTheExpectedTerm(String kind, String query, String id) throws IOException {
        Cli.Result r = new Cli(home).run("search", query, "--json", "--limit", "3");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode hits = JSON.readTree(r.out());
        assertThat(hits.get(0).get("id").asText()).as(kind + " " + r.out()).isEqualTo(id);
    }

    @Test
    void anAcronymIsNotStemmedIntoAnotherWord() throws IOException {
        JsonNode hits = JSON.readTree(new Cli(home).run("search", "cors", "--json", "--limit", "3").out());

        assertThat(hits).isNotEmpty().allSatisfy(hit -> assertThat(hit.get("id").asText()).isNotEqualTo("core-dump"));
        assertThat(hits.get(0).get("id").asText()).isIn("middleware", "middleware-chain", "server-middleware",
                "request-lifecycle");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"backend, guard-backend", "ddd, entity-ddd", "backend, command-pattern-backend"})
    void aQualifierInParenthesesIsNoExactName(String query, String qualified) throws IOException {
        JsonNode hits = JSON.readTree(new Cli(home).run("search", query, "--json", "--limit", "20").out());

        assertThat(hits).noneSatisfy(hit -> assertThat(hit.get("match").asText()).isEqualTo("exact"));
        assertThat(hits).anySatisfy(hit -> assertThat(hit.get("id").asText()).isEqualTo(qualified));
    }

    @Test
    void anExpansionInParenthesesIsAnExactName() throws IOException {
        JsonNode hits = JSON.readTree(new Cli(home).run("search", "json web token", "--json").out());

        assertThat(hits.get(0).get("id").asText()).isEqualTo("jwt");
        assertThat(hits.get(0).get("match").asText()).isEqualTo("exact");
    }

    @Test
    void jsonHitsHaveTermIdLevelAndScoreBestFirst() throws IOException {
        Cli.Result r = new Cli(home).run("search", "rate limit", "--json");
        JsonNode hits = JSON.readTree(r.out());
        assertThat(hits.size()).isBetween(2, 10);
        for (JsonNode hit : hits) {
            assertThat(hit.has("term") && hit.has("id") && hit.has("level") && hit.has("score")).isTrue();
            assertThat(hit.get("score").isNumber()).isTrue();
        }
        for (int i = 1; i < hits.size(); i++) {
            assertThat(hits.get(i).get("score").asDouble()).isLessThanOrEqualTo(hits.get(i - 1).get("score").asDouble());
        }
    }

    @Test
    void theLevelFilterAndLimitAreHonoured() throws IOException {
        JsonNode hits = JSON.readTree(new Cli(home).run("search", "pagination", "--level", "advanced", "--json").out());
        assertThat(hits).isNotEmpty().allSatisfy(h -> assertThat(h.get("level").asText()).isEqualTo("advanced"));
        JsonNode two = JSON.readTree(new Cli(home).run("search", "pagination", "--limit", "2", "--json").out());
        assertThat(two).hasSize(2);
    }

    @Test
    void plainOutputHasNoEscapesAndShowsLevelMasteryAndTheMatch() {
        Cli.Result r = new Cli(home).run("search", "retries");
        assertThat(r.out()).doesNotContain("\u001b").contains("Retry with Backoff  intermediate  new");
    }

    @Test
    void onAColourTerminalTheMatchIsBold() {
        Cli.Result r = new Cli(home).screen(new Screen(100, true, false)).run("search", "retries");
        assertThat(r.out()).contains("\u001b[1m");
        assertThat(r.out().replaceAll("\u001b\\[[0-9;]*m", "")).contains("Retry with Backoff");
    }

    @Test
    void noHitSaysSoAndSuggestsTheNearestNames() {
        Cli.Result none = new Cli(home).run("search", "qqqqzzzzxxxx");
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.out()).isEqualTo("No terms match \"qqqqzzzzxxxx\". No name is close; try fewer or shorter words.\n");
        Cli.Result near = new Cli(home).run("search", "Idmpotnecyy");
        assertThat(near.exitCode()).isEqualTo(1);
        assertThat(near.out()).startsWith("No terms match \"Idmpotnecyy\". Did you mean: Idempotency");
        Cli.Result json = new Cli(home).run("search", "qqqqzzzzxxxx", "--json");
        assertThat(json.out().trim()).isEqualTo("[ ]");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({"café, No terms match \"café\". No name is close; try fewer or shorter words.",
            "deserializr, No terms match \"deserializr\". Did you mean: Deserialization?",
            "idempotentness, No terms match \"idempotentness\". Did you mean: Idempotency"})
    void suggestionsAreGenuinelyCloseAndNeverMissingWhenANameIs(String query, String message) {
        Cli.Result r = new Cli(home).run("search", query);

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).startsWith(message);
    }

    @Test
    void noHitWithinALevelSaysTheLevelAndWhichOthersMatch() {
        Cli.Result r = new Cli(home).run("search", "rate", "--level", "beginner");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).startsWith("No beginner terms match \"rate\" (intermediate and advanced terms do).")
                .doesNotContain("Rate Limiter");
    }

    @Test
    void noHitSuggestionsComeFromTheChosenLevel() throws IOException {
        Cli.Result any = new Cli(home).screen(Screen.plain(200)).run("search", "rattte");
        assertThat(any.out()).contains("Did you mean: ").contains("Rate Limiter");
        Cli.Result r = new Cli(home).screen(Screen.plain(200)).run("search", "rattte", "--level", "advanced");
        assertThat(r.out()).startsWith("No advanced terms match \"rattte\"").contains("Did you mean: ");
        String suggested = r.out().substring(r.out().indexOf("Did you mean: ") + 14, r.out().lastIndexOf('?'));
        for (String name : suggested.split(", ")) {
            JsonNode term = JSON.readTree(new Cli(home).run("show", name, "--json").out());
            assertThat(term.get("level").asText()).as(name).isEqualTo("advanced");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"0 | --limit must be at least 1, not 0", "-3 | --limit must be at least 1, not -3"})
    void aLimitBelowOneIsAUsageError(String limit, String message) {
        Cli.Result r = new Cli(home).run("search", "rate", "-n", limit);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("glossary: " + message + "\n");
        assertThat(r.out()).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "   "})
    void aBlankQueryIsAUsageError(String query) {
        Cli.Result r = new Cli(home).run("search", query);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("glossary: search needs words to look for");
    }

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {40, 50})
    void everyLineFitsANarrowScreen(int width) {
        for (String query : List.of("hateoas", "rate limit", "pagination", "xyzzy", "rate --level beginner")) {
            List<String> args = new ArrayList<>(List.of("search"));
            args.addAll(List.of(query.split(" ")));
            Cli.Result r = new Cli(home).screen(Screen.plain(width)).run(args.toArray(String[]::new));
            assertThat(r.out().lines()).as(query).isNotEmpty()
                    .allSatisfy(line -> assertThat(Wrap.cells(line)).as(line).isLessThanOrEqualTo(width));
        }
        Cli.Result hateoas = new Cli(home).screen(Screen.plain(40)).run("search", "hateoas");
        assertThat(hateoas.out()).startsWith(" 1. HATEOAS (Hypermedia As The Engine Of\n    Application State) advanced new\n");
    }

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {40, 60, 76, 80, 100})
    void aCodeSnippetNeverLeavesAClosingBraceAloneOnALine(int width) {
        for (String query : List.of("getAdminData", "gin.H pong")) {
            Cli.Result r = new Cli(home).screen(Screen.plain(width)).run("search", query, "--limit", "2");
            assertThat(r.out().lines()).as(query).isNotEmpty()
                    .noneSatisfy(line -> assertThat(line.strip()).matches("[)\\]};,.]+"));
        }
    }

    @Test
    void aNumberAfterAListOfNoneIsNoListItemNotATermName() {
        Cli cli = new Cli(home);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commands = Commands.create(cli.services(), cli.replSession(), new PrintWriter(out, true),
                new PrintWriter(err, true));

        assertThat(commands.execute("search", "qqqqzzzzxxxx")).isEqualTo(1);
        assertThat(commands.execute("show", "1")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("glossary: no list item 1: the last list had 0 terms\n");
    }

    @Test
    void aMissingQueryIsAUsageErrorWithExitCodeTwo() {
        Cli.Result r = new Cli(home).run("search");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("glossary: Missing required parameter: 'QUERY'");
    }

    @Test
    void masteryFollowsProgress() {
        new Cli(home).stdin("\n3\n").run("quiz", "--term", "Retry with Backoff", "--mode", "flip");
        Cli.Result r = new Cli(home).run("search", "retry with backoff");
        assertThat(r.out()).contains("Retry with Backoff  intermediate  learning");
    }
}
