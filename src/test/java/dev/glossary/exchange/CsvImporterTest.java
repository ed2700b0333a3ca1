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

class CsvImporterTest {
    private final CsvImporter csv = CsvImporter.csv();

    @Test
    void aSpreadsheetExportWithBomQuotesCommasAndLineBreaksGivesEveryColumn() throws IOException {
        ImportResult result;
        try (var in = Golden.reader("terms.csv")) {
            result = csv.read(in, ImportOptions.defaults().withCategory("backend"));
        }

        assertThat(result.terms()).containsExactly(
                new Term("rest", "REST", Level.BEGINNER, "web",
                        "Representational State Transfer, an architectural style for APIs.",
                        List.of("RESTful", "REST API"), List.of("json"), "GET /users/42",
                        List.of("http", "architecture")),
                new Term("json", "JSON", Level.INTERMEDIATE, "web", "JavaScript Object Notation.", List.of(), List.of(),
                        "{\"id\": 42}", List.of()),
                new Term("graphql", "GraphQL", Level.ADVANCED, "web",
                        "A query language for APIs.\nClients ask for exactly the fields they need.", List.of(),
                        List.of("rest"), "", List.of("http")),
                new Term("cafe-au-lait", "Café au lait", Level.BEGINNER, "backend",
                        "Coffee with milk, just for the accent test.", List.of(), List.of(), "", List.of()));
        assertThat(result.problems()).containsExactly(new ImportProblem(6,
                "\"SOAP\": level \"expert\" is not one of beginner, intermediate, advanced"));
    }

    @Test
    void aTsvFileIsReadWithTheTabDelimiter() throws IOException {
        ImportResult result = Golden.read(CsvImporter.tsv(), "terms.tsv");

        assertThat(result.terms()).containsExactly(
                new Term("queue", "Queue", Level.BEGINNER, "", "First in, first out.", List.of(), List.of(), "",
                        List.of("data-structures")),
                new Term("stack", "Stack", Level.INTERMEDIATE, "", "Last in, first out; push\tand pop.", List.of(),
                        List.of(), "", List.of("data-structures")),
                Term.of("heap", "Heap", Level.ADVANCED, "A tree where each parent orders before its children."));
        assertThat(result.problems()).containsExactly(
                new ImportProblem(4, "the term is empty; write it or remove the row"));
    }

    @Test
    void aMissingRequiredColumnIsOneProblemNamingIt() throws IOException {
        ImportResult result = parse(csv, "name,definition\nAPI,Interface\nSDK,Kit\n");

        assertThat(result.terms()).isEmpty();
        assertThat(result.problems()).containsExactly(new ImportProblem(1, "the term column is missing; name it in"
                + " the first row (term, word, front or question; definition, meaning, back or answer), or say what"
                + " each column is with --columns term,definition"));
        assertThat(result.warnings()).singleElement().extracting(ImportProblem::message).asString()
                .startsWith("the column \"name\" is not one this app reads");
    }

    @Test
    void aFileWithNeitherRequiredColumnSaysBoth() throws IOException {
        assertThat(parse(csv, "\"\",level\n").problems()).extracting(ImportProblem::message)
                .containsExactly("the term and definition columns are missing; name them in the first row (term,"
                        + " word, front or question; definition, meaning, back or answer), or say what each column is"
                        + " with --columns term,definition");
    }

    @Test
    void aDuplicateNameIsAProblemOnTheSecondRowAndTheFirstIsKept() throws IOException {
        ImportResult result = parse(csv, "term,definition\nAPI,first\n api ,second\n");

        assertThat(result.terms()).extracting(Term::definition).containsExactly("first");
        assertThat(result.problems()).containsExactly(
                new ImportProblem(3, "\"api\" is already on line 2; rename or remove one of them"));
    }

    @Test
    void idsAreMadeFromNamesAndGivenIdsAreKept() throws IOException {
        ImportResult result = parse(csv, "term,definition,id\nC++,A language.,\nC#,Another.,\nC,The first.,c\n");

        assertThat(result.terms()).extracting(Term::id).containsExactly("c-plus-plus", "c-sharp", "c");
    }

    @Test
    void anIdTakenByAGivenIdGetsASuffixFromTheNameAndReorderingRowsMovesNoId() throws IOException {
        ImportResult one = parse(csv, "term,definition,id\nC.,Dot.,\nC,The first.,c\nБуфер,Buffer.,\nКэш,Cache.,\n");
        ImportResult two = parse(csv, "term,definition,id\nКэш,Cache.,\nC,The first.,c\nБуфер,Buffer.,\nC.,Dot.,\n");

        assertThat(one.terms()).extracting(Term::name, Term::id).containsExactlyInAnyOrderElementsOf(
                two.terms().stream().map(t -> tuple(t.name(), t.id())).toList());
        assertThat(one.terms()).extracting(Term::id).containsExactly(one.terms().get(0).id(), "c", "bufer", "kesh");
        assertThat(one.terms().get(0).id()).matches("c-[0-9a-f]{6}");
    }

    @Test
    void anIdThatIsNotASlugIsAProblem() throws IOException {
        ImportResult result = parse(csv, "term,definition,id\nAPI,Interface,My API\n");

        assertThat(result.problems()).extracting(ImportProblem::message).containsExactly(
                "\"API\": id \"My API\" is not a slug; use lower-case letters, digits and hyphens, such as \"my-api\"");
    }

    @Test
    void aValueOverTenThousandCharactersIsAProblem() throws IOException {
        ImportResult result = parse(csv, "term,definition\nLong," + "x".repeat(10_001) + "\nShort,ok\n");

        assertThat(result.terms()).extracting(Term::name).containsExactly("Short");
        assertThat(result.problems()).containsExactly(new ImportProblem(2,
                "\"Long\": the definition is 10001 characters long, over the limit of 10000; shorten it"));
    }

    @Test
    void moreValuesThanColumnsIsAProblemThatSuggestsQuoting() throws IOException {
        ImportResult result = parse(csv, "term,definition\nAPI,An interface, for programs\n");

        assertThat(result.terms()).isEmpty();
        assertThat(result.problems()).containsExactly(new ImportProblem(2, "the row has 3 values but the first row"
                + " names 2 columns; put a value that holds a comma in double quotes"));
    }

    @Test
    void anUnclosedQuoteLeavesOutItsRowWithAProblemAndTheFileGoesOn() throws IOException {
        ImportResult result = parse(csv, "term,definition\nA,one\nB,\"two\nC,three\n");

        assertThat(result.terms()).extracting(Term::name).containsExactly("A", "C");
        assertThat(result.problems()).containsExactly(new ImportProblem(3, "a value here starts with a double quote"
                + " that is never closed, so the row was left out; close the quote, or write the value without it (a"
                + " quote inside a quoted value is written \"\")"));
    }

    @Test
    void relatedTermsThatAreNotInTheFileAreLeftOutWithAProblem() throws IOException {
        ImportResult result = parse(csv, "term,definition,related\nA,one,B;nowhere;a\nB,two,\n");

        assertThat(result.terms()).extracting(Term::related).containsExactly(List.of("b"), List.of());
        assertThat(result.problems()).containsExactly(
                new ImportProblem(2, "\"A\": related term \"nowhere\" is neither the id nor the name of a term in"
                        + " this file; it was left out"),
                new ImportProblem(2, "\"A\": a term cannot be related to itself; \"a\" was left out"));
    }

    @Test
    void twinsNamedByIdOrNameOnOneRowOnlyAreMadeMutual() throws IOException {
        ImportResult result = parse(csv, "term,definition,same\nCron Job,one,scheduled-task\nScheduled Task,two,\n"
                + "Feature Flag,three,Feature Toggle;nowhere;feature flag\nFeature Toggle,four,feature-flag\n");

        assertThat(result.terms()).extracting(Term::id, Term::same).containsExactly(
                tuple("cron-job", List.of("scheduled-task")), tuple("scheduled-task", List.of("cron-job")),
                tuple("feature-flag", List.of("feature-toggle")), tuple("feature-toggle", List.of("feature-flag")));
        assertThat(result.problems()).containsExactly(
                new ImportProblem(4, "\"Feature Flag\": twin \"nowhere\" is neither the id nor the name of a term in"
                        + " this file; it was left out"),
                new ImportProblem(4, "\"Feature Flag\": a term cannot be the same as itself; \"feature flag\" was left"
                        + " out"));
        assertThat(SampleDeck.validated(result.terms()).size()).isEqualTo(4);
    }

    @Test
    void blankRowsAndAnEmptyFileAreHandled() throws IOException {
        assertThat(parse(csv, "term,definition\n\n,\nA,one\n").terms()).extracting(Term::name).containsExactly("A");
        assertThat(csv.read(new StringReader(""), ImportOptions.defaults()).problems())
                .extracting(ImportProblem::line).containsExactly(0);
    }
}
