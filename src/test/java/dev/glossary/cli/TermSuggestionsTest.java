package dev.glossary.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class TermSuggestionsTest {
    @TempDir
    Path home;

    private String notFound(String... words) {
        String[] args = new String[words.length + 1];
        args[0] = "show";
        System.arraycopy(words, 0, args, 1, words.length);
        Cli.Result r = new Cli(home).run(args);
        assertThat(r.exitCode()).isEqualTo(1);
        return r.err();
    }

    @Test
    void namesSharingAWholeWordWithTheQueryComeBeforeNamesOnlyALittleLikeIt() {
        assertThat(notFound("REST", "API")).isEqualTo("glossary: no term \"REST API\" in deck backend; did you mean"
                + " \"REST (Representational State Transfer)\", \"API (Application Programming Interface)\","
                + " \"REST vs GraphQL\"?\n");
    }

    @Test
    void aNameSharingEveryWordComesFirst() {
        assertThat(notFound("pagination", "offset")).startsWith("glossary: no term \"pagination offset\" in deck"
                + " backend; did you mean \"Offset Pagination\", ");
    }

    @Test
    void typoMatchesStillLeadAmongNamesSharingAsManyWords() {
        assertThat(notFound("rate", "limt")).contains("did you mean \"API Rate Limit\"");
    }

    @Test
    void aTypoWithNoSharedWordIsStillSuggested() {
        assertThat(notFound("kafak")).contains("did you mean \"Apache Kafka\"");
    }
}
