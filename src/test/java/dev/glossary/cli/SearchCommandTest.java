package dev.glossary.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.glossary.term.Screen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;

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
            "full text stem    | doubles the delays       | exponential-backoff"})
    void theTopHitIsTheExpectedTerm(String kind, String query, String id) throws IOException {
        Cli.Result r = new Cli(home).run("search", query, "--json", "--limit", "3");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode hits = JSON.readTree(r.out());
        assertThat(hits.get(0).get("id").asText()).as(kind + " " + r.out()).isEqualTo(id);
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
        assertThat(none.out()).isEqualTo("No terms match \"qqqqzzzzxxxx\".\n");
        Cli.Result near = new Cli(home).run("search", "Idmpotnecyy");
        assertThat(near.exitCode()).isEqualTo(1);
        assertThat(near.out()).startsWith("No terms match \"Idmpotnecyy\". Did you mean: Idempotency");
        Cli.Result json = new Cli(home).run("search", "qqqqzzzzxxxx", "--json");
        assertThat(json.out().trim()).isEqualTo("[ ]");
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
