package dev.glossary.exchange;

import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static dev.glossary.exchange.Golden.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuizletImporterTest {

    private static Term term(String id, String name, String definition) {
        return Term.of(id, name, Level.INTERMEDIATE, definition);
    }

    @Test
    void theDefaultExportIsOneCardPerLineWithATabBetweenTermAndDefinition() throws IOException {
        ImportResult result = Golden.read(new QuizletImporter(), "quizlet-default.txt");

        assertThat(result.terms()).containsExactly(
                term("api", "API", "Application programming interface: how programs talk to each other."),
                term("latency", "Latency", "Time from request to response."),
                term("sharding", "Sharding", "Splitting data across machines by key."),
                term("mutex", "Mutex", "A lock that lets one thread in at a time."));
        assertThat(result.problems()).containsExactly(new ImportProblem(5,
                "\"Just a line without a separator\" has no tab between the term and its definition; if it goes on"
                        + " from the card above, that definition has a line break: in Quizlet export again with a"
                        + " custom row separator (such as ;;) and give it with --card-separator"));
    }

    @Test
    void customSeparatorsLetADefinitionSpanLinesAndSplitAtTheFirstTermSeparator() throws IOException {
        ImportResult result = Golden.read(new QuizletImporter(" - ", "\n\n"), "quizlet-custom.txt");

        assertThat(result.problems()).isEmpty();
        assertThat(result.terms()).containsExactly(
                term("backpressure", "Backpressure", "A consumer telling a producer to slow down."),
                term("circuit-breaker", "Circuit breaker", "Stops calling a failing service for a while,\n"
                        + "then tries again."),
                term("retry", "Retry", "Try again - after a pause."));
    }

    @Test
    void aSemicolonBetweenCardsAndACommaBetweenTermAndDefinitionWork() throws IOException {
        ImportResult result = parse(new QuizletImporter(",", ";"), "Cache,Fast copy;Index,Sorted lookup, on disk;");

        assertThat(result.terms()).extracting(Term::name, Term::definition).containsExactly(
                tuple("Cache", "Fast copy"),
                tuple("Index", "Sorted lookup, on disk"));
    }

    @Test
    void windowsLineBreaksSplitCardsLikeUnixOnes() throws IOException {
        ImportResult result = parse(new QuizletImporter(" - ", "\n\n"), "A - one\r\n\r\nB - two\r\nmore\r\n");

        assertThat(result.terms()).extracting(Term::definition).containsExactly("one", "two\nmore");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void theDefaultLevelAndCategoryComeFromTheOptions() throws IOException {
        ImportResult result = new QuizletImporter().read(new StringReader("DNS\tNames to addresses.\n"),
                ImportOptions.defaults().withDefaultLevel(Level.BEGINNER).withCategory("networking"));

        assertThat(result.terms()).containsExactly(new Term("dns", "DNS", Level.BEGINNER, "networking",
                "Names to addresses.", List.of(), List.of(), "", List.of()));
    }

    @Test
    void aCardWithAnEmptySideIsAProblemOnItsLine() throws IOException {
        ImportResult result = parse(new QuizletImporter(), "A\tone\n\tno term\nB\t\n");

        assertThat(result.terms()).extracting(Term::name).containsExactly("A");
        assertThat(result.problems()).containsExactly(
                new ImportProblem(2, "the term is empty; write it or remove the row"),
                new ImportProblem(3, "\"B\": the definition is empty; write it or remove the row"));
    }

    @Test
    void separatorsMustBeGivenAndDiffer() {
        assertThatThrownBy(() -> new QuizletImporter("", "\n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QuizletImporter(";", ";")).isInstanceOf(IllegalArgumentException.class);
    }
}
