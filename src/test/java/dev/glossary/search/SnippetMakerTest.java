package dev.glossary.search;

import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetMakerTest {
    private static final String LONG = "Capping how many requests a client may make in a time window protects a service "
            + "from overload and from abuse by a single noisy tenant. Excess requests are rejected with 429 Too Many "
            + "Requests and a Retry-After header that tells the client when to come back, so that well-behaved "
            + "clients can back off instead of hammering the service.";

    @Test
    void aShortTextIsShownWholeWithItsMatchesMarked() {
        Term term = term("Safe to retry after a timeout.", "");

        Snippet snippet = SnippetMaker.snippet(term, MatchKind.FULL_TEXT, QueryText.parse("retries"));

        assertThat(snippet.text()).isEqualTo("Safe to retry after a timeout.");
        assertThat(highlighted(snippet)).containsExactly("retry");
    }

    @Test
    void aLongTextIsCutAroundTheFirstMatchBetweenWords() {
        Snippet snippet = SnippetMaker.snippet(term(LONG, ""), MatchKind.FULL_TEXT, QueryText.parse("hammering"));

        assertThat(snippet.text()).startsWith("…").endsWith("service.");
        assertThat(snippet.text().length()).isLessThanOrEqualTo(SnippetMaker.LENGTH + 2);
        assertThat(highlighted(snippet)).containsExactly("hammering");
        assertThat(snippet.text().substring(1)).isEqualTo(LONG.substring(LONG.indexOf(snippet.text().substring(1))));
    }

    @Test
    void aNameMatchShowsTheStartOfTheDefinition() {
        Snippet snippet = SnippetMaker.snippet(term(LONG, ""), MatchKind.EXACT, QueryText.parse("hammering client"));

        assertThat(snippet.text()).startsWith("Capping how many").endsWith("…");
        assertThat(highlighted(snippet)).containsOnly("client");
    }

    @Test
    void fallsBackToTheExampleWhenTheDefinitionHasNoMatch() {
        Term term = term("Doing it twice changes nothing.", "PUT /users/42 twice leaves one user.");

        Snippet snippet = SnippetMaker.snippet(term, MatchKind.FULL_TEXT, QueryText.parse("users"));

        assertThat(snippet.text()).startsWith("PUT");
        assertThat(highlighted(snippet)).containsExactly("users", "user");
    }

    @Test
    void marksAJoinedWordAsOneSpan() {
        Term term = term("Runs on Node.js and Deno.", "");

        Snippet snippet = SnippetMaker.snippet(term, MatchKind.FULL_TEXT, QueryText.parse("nodejs"));

        assertThat(highlighted(snippet)).containsExactly("Node.js");
    }

    @Test
    void overlappingMatchesBecomeOneSpan() {
        List<Snippet.Span> spans = SnippetMaker.matches("Node.js", Set.of("node", "js", "nodejs"));

        assertThat(spans).containsExactly(new Snippet.Span(0, 7));
    }

    @Test
    void stopWordsAreNotMarked() {
        Snippet snippet = SnippetMaker.snippet(term("The cache and the store.", ""), MatchKind.FULL_TEXT,
                QueryText.parse("the cache"));

        assertThat(highlighted(snippet)).containsExactly("cache");
    }

    @Test
    void anEmptyDefinitionGivesAnEmptySnippet() {
        Snippet snippet = SnippetMaker.snippet(term("", ""), MatchKind.EXACT, QueryText.parse("anything"));

        assertThat(snippet.text()).isEmpty();
        assertThat(snippet.highlights()).isEmpty();
    }

    @Test
    void neverCutsAPairOfSurrogatesInTwo() {
        String text = "😀".repeat(200);

        Snippet snippet = SnippetMaker.cut(text, List.of(), 201);

        assertThat(snippet.text().replace("…", "")).matches("(😀)+");
    }

    private static List<String> highlighted(Snippet snippet) {
        return snippet.highlights().stream().map(span -> snippet.text().substring(span.start(), span.end())).toList();
    }

    private static Term term(String definition, String example) {
        return new Term("t", "T", Level.BEGINNER, "", definition, List.of(), List.of(), example, List.of());
    }
}
