package dev.glossary.cli;

import dev.glossary.GlossaryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Loading the deck ahead of picocli's parse is only a hint: results and errors are as without it. */
class PrefetchTest {
    @TempDir
    Path home;

    @Test
    void aPrefetchedDeckAndIndexAnswerAsLoadedOnes() {
        Services services = new Cli(home).services();
        services.prefetch(null, true);
        assertThat(services.deckFor(null).id()).isEqualTo("backend");
        assertThat(services.searchIndexFor(null).search("jwt", 1).get(0).term().id()).isEqualTo("jwt");
    }

    @Test
    void aWrongGuessIsCorrectedByTheParsedOption() throws IOException {
        Path other = home.resolve("other.json");
        Files.writeString(other, "{\"format\": 1, \"id\": \"other\", \"terms\": [{\"id\": \"a\", \"term\": \"Alpha\","
                + " \"level\": \"beginner\", \"definition\": \"The first letter.\"}]}");
        Services services = new Cli(home).services();
        services.prefetch(null, true);
        assertThat(services.deckFor(other.toString()).id()).isEqualTo("other");
        assertThat(services.searchIndexFor(other.toString()).search("alpha", 1).get(0).term().id()).isEqualTo("a");
    }

    @Test
    void aFailedPrefetchFailsAsALoadWould() {
        Services services = new Cli(home).services();
        String missing = home.resolve("missing.json").toString();
        services.prefetch(missing, false);
        assertThatThrownBy(() -> services.deckFor(missing)).isInstanceOf(GlossaryException.class)
                .hasMessageContaining("no such deck file");
    }

    @Test
    void aDeckOptionAfterTheCommandIsTheDeckUsed() throws IOException {
        Path other = home.resolve("after.json");
        Files.writeString(other, "{\"format\": 1, \"id\": \"after\", \"terms\": [{\"id\": \"b\", \"term\": \"Beta\","
                + " \"level\": \"beginner\", \"definition\": \"The second letter.\"}]}");
        Cli.Result r = new Cli(home).run("show", "beta", "--deck", other.toString());
        assertThat(r.out()).startsWith("Beta  beginner");
    }
}
