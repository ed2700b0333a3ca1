package dev.glossary.store;

import dev.glossary.GlossaryException;
import dev.glossary.deck.Deck;
import dev.glossary.deck.DeckProblem;
import dev.glossary.deck.DeckValidator;
import dev.glossary.deck.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeckReaderTest {
    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        Path file = dir.resolve("deck.json");
        Files.writeString(file, json);
        return file;
    }

    private static String deck(String terms) {
        return "{\n  \"format\": 1,\n  \"id\": \"course\",\n  \"terms\": [\n" + terms + "\n  ]\n}\n";
    }

    private static String term(String id, String name, String level) {
        return "    {\"id\": \"" + id + "\", \"term\": \"" + name + "\", \"level\": \"" + level
                + "\", \"definition\": \"Something worth knowing about " + id + ".\"}";
    }

    private List<DeckProblem> problems(Path file) {
        DeckReader.Reading reading = DeckReader.read(file);
        List<DeckProblem> all = new ArrayList<>(reading.problems());
        all.addAll(DeckValidator.validate(reading.draft()).problems());
        return all;
    }

    private List<String> messages(Path file) {
        return problems(file).stream().map(p -> p.format(file.toString())).toList();
    }

    @Test
    void aValidDeckLoadsWithItsTermsInFileOrder() throws IOException {
        Deck deck = DeckReader.load(write(deck(term("a", "Alpha", "beginner") + ",\n" + term("b", "Beta", "advanced"))));
        assertThat(deck.id()).isEqualTo("course");
        assertThat(deck.terms()).extracting(t -> t.name()).containsExactly("Alpha", "Beta");
        assertThat(deck.find("BETA")).isPresent();
    }

    @Test
    void aSyntaxErrorIsReportedWithItsLineAndColumn() throws IOException {
        Path file = write("{\n  \"format\": 1,\n  \"id\": \"x\"\n  \"terms\": []\n}\n");
        assertThatThrownBy(() -> DeckReader.load(file))
                .isInstanceOf(GlossaryException.class)
                .hasMessage(file + ":4:3: a comma is missing between two fields")
                .extracting(e -> ((GlossaryException) e).exitCode()).isEqualTo(65);
    }

    @Test
    void aTruncatedFileSaysItEndsTooEarly() throws IOException {
        Path file = write("{\n  \"format\": 1,\n  \"terms\": [\n");
        assertThatThrownBy(() -> DeckReader.load(file))
                .hasMessage(file + ":4:1: the file ends before the array opened at line 3, column 12 is closed; add the"
                        + " missing ]");
    }

    @Test
    void syntaxErrorsAreToldInPlainWordsWithoutJacksonsInternals() throws IOException {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("{\"format\": 1, // a note\n}", ":1:15: comments are not allowed in JSON; remove the comment");
        cases.put("{\"format\": 1,}", ":1:14: a field name was expected after the comma; remove the comma before }");
        cases.put("{\"terms\": [1,]}", ":1:14: a value was expected after the comma; remove the comma before ]");
        cases.put("{'format': 1}", ":1:2: JSON needs double quotes around names and text, not single quotes");
        cases.put("{\"format\": tru}", ":1:12: 'tru' is not a JSON value; write text in double quotes, a number, true,"
                + " false or null");
        cases.put("{\"terms\": [1}", ":1:13: } closes the array opened at line 1, column 11, which needs ]; fix the"
                + " brackets");
        cases.put("{\"id\": \"abc", ":1:12: the file ends inside a quoted text; add the closing double quote");
        cases.put("{\"format\": 99999999999, \"id\": \"x\", \"terms\": []}",
                ":1:12: format: must be a whole number such as 1, not a number this large");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Path file = write(c.getKey());
            assertThatThrownBy(() -> DeckReader.load(file)).as(c.getKey())
                    .hasMessageStartingWith(file + c.getValue())
                    .hasMessageNotContaining("Source").hasMessageNotContaining("Feature")
                    .hasMessageNotContaining("code ");
        }
    }

    @Test
    void anEmptyFileSaysItIsEmpty() throws IOException {
        Path file = write("  \n");
        assertThatThrownBy(() -> DeckReader.load(file)).hasMessage(file + ": the file is empty; a deck is one JSON"
                + " object, { \"format\": 1, \"id\": …, \"terms\": [ … ] }");
    }

    @Test
    void aKeyGivenTwiceIsReportedWhereItRepeatsAndTheFirstValueKept() throws IOException {
        Path file = write("{\"format\": 1, \"id\": \"x\", \"terms\": [\n"
                + "  {\"id\": \"a\", \"term\": \"A\", \"level\": \"beginner\", \"definition\": \"short\","
                + " \"definition\": \"again\"}\n], \"terms\": []}");
        DeckReader.Reading reading = DeckReader.read(file);
        assertThat(reading.validate().problems()).extracting(p -> p.format("f")).containsExactly(
                "f:2:86: terms[0] \"a\": definition: given twice; keep one of them",
                "f:3:13: terms: given twice; put every term in the one \"terms\" array");
        assertThat(reading.draft().terms()).singleElement().extracting(t -> t.definition()).isEqualTo("short");
    }

    @Test
    void aBadLevelNamesTheTermIdAndField() throws IOException {
        Path file = write(deck(term("zed", "Zed", "expert")));
        assertThat(messages(file)).containsExactly(file
                + ":5:5: terms[0] \"zed\": level: level \"expert\" is not one of beginner, intermediate, advanced");
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        String terms = term("a", "Alpha", "beginner") + ",\n" + term("a", "Alpha", "beginner") + ",\n"
                + "    {\"id\": \"c\", \"term\": \"Gamma\", \"level\": \"advanced\", \"definition\": \"  \","
                + " \"related\": [\"nope\"], \"colour\": \"red\"},\n"
                + "    {\"id\": \"Bad Id\", \"term\": \"Delta\", \"definition\": \"Fine text here.\"}";
        Path file = write(deck(terms));
        List<String> all = messages(file);
        assertThat(all).anyMatch(m -> m.contains("terms[1] \"a\": id: duplicate id \"a\""));
        assertThat(all).anyMatch(m -> m.contains("terms[1] \"a\": term: duplicate name \"Alpha\""));
        assertThat(all).anyMatch(m -> m.contains("terms[2] \"c\": definition: empty"));
        assertThat(all).anyMatch(m -> m.contains("terms[2] \"c\": related: \"nope\" is not the id of a term"));
        assertThat(all).anyMatch(m -> m.contains("\"colour\": unknown field"));
        assertThat(all).anyMatch(m -> m.contains("terms[3] \"Bad Id\": id: \"Bad Id\" is not a slug"));
        assertThat(all).anyMatch(m -> m.contains("terms[3] \"Bad Id\": level: missing"));
        assertThat(all).hasSize(7);
    }

    @Test
    void missingTopLevelFieldsAreEachReported() throws IOException {
        Path file = write("{\"name\": \"x\"}");
        assertThat(messages(file)).containsExactly(file + ": format: missing; add \"format\": 1",
                file + ": id: missing; add a short slug such as \"my-course\"",
                file + ": terms: missing; add \"terms\": [ … ]");
    }

    @Test
    void wrongTypesAreProblemsNotCrashes() throws IOException {
        Path file = write("{\"format\": \"1\", \"id\": \"x\", \"terms\": [{\"id\": \"a\", \"term\": 5, \"level\": \"beginner\","
                + " \"definition\": \"Text here.\", \"aliases\": \"JWT\", \"tags\": [1]}, 7]}");
        List<String> all = messages(file);
        assertThat(all).anyMatch(m -> m.contains("format: must be a whole number"));
        assertThat(all).anyMatch(m -> m.contains("term: must be a string"));
        assertThat(all).anyMatch(m -> m.contains("aliases: must be an array of strings"));
        assertThat(all).anyMatch(m -> m.contains("tags[0]: must be a string"));
        assertThat(all).anyMatch(m -> m.contains("terms[1]: must be an object"));
    }

    @Test
    void aProblemNamesTheTermByTheIdReadBeforeIt() throws IOException {
        Path file = write("{\"format\": 1.5, \"id\": 3, \"name\": [1], \"$schema\": 4, \"terms\": [\n"
                + "{\"level\": 5, \"id\": \"a\", \"term\": {\"x\": 1}, \"aliases\": [1, \"ok\", null, true], \"related\": 5,"
                + " \"tags\": null, \"example\": true, \"category\": [], \"definition\": \"D.\", \"colour\": 1},\n"
                + "\"str\",\n"
                + "{\"category\": [\"no\"], \"term\": \"T\", \"oops\": 2, \"id\": \"b\", \"level\": 1},\n"
                + "{\"id\": null, \"aliases\": \"x\"}]}");
        assertThat(DeckReader.read(file).problems()).extracting(p -> p.format("f")).containsExactly(
                "f:1:12: format: must be a whole number such as 1, not a number",
                "f:1:23: id: must be a string (in double quotes), not a number",
                "f:1:34: name: must be a string (in double quotes), not an array",
                "f:1:50: $schema: must be a string (in double quotes), not a number",
                "f:2:11: terms[0]: level: must be a string (in double quotes), not a number",
                "f:2:33: terms[0] \"a\": term: must be a string (in double quotes), not an object",
                "f:2:55: terms[0] \"a\": aliases[0]: must be a string, not a number",
                "f:2:64: terms[0] \"a\": aliases[2]: must be a string, not null",
                "f:2:70: terms[0] \"a\": aliases[3]: must be a string, not true/false",
                "f:2:88: terms[0] \"a\": related: must be an array of strings, such as [\"a\", \"b\"], not a number",
                "f:2:116: terms[0] \"a\": example: must be a string (in double quotes), not true/false",
                "f:2:134: terms[0] \"a\": category: must be a string (in double quotes), not an array",
                "f:2:168: terms[0] \"a\": \"colour\": unknown field; known fields are id, term, level, category,"
                        + " definition, aliases, related, same, example, tags",
                "f:3:1: terms[1]: must be an object with id, term, level, definition",
                "f:4:14: terms[2]: category: must be a string (in double quotes), not an array",
                "f:4:43: terms[2]: \"oops\": unknown field; known fields are id, term, level, category, definition,"
                        + " aliases, related, same, example, tags",
                "f:4:66: terms[2] \"b\": level: must be a string (in double quotes), not a number",
                "f:5:25: terms[3]: aliases: must be an array of strings, such as [\"a\", \"b\"], not a string");
    }

    private static String twin(String id, String name, String same) {
        return "    {\"id\": \"" + id + "\", \"term\": \"" + name + "\", \"level\": \"beginner\", \"definition\":"
                + " \"Work that runs on a timetable.\", \"same\": " + same + "}";
    }

    @Test
    void twinsAreReadCheckedAndWrittenBackAsTheyWere() throws IOException {
        Path file = write(deck(twin("cron-job", "Cron Job", "[\"scheduled-task\"]") + ",\n"
                + twin("scheduled-task", "Scheduled Task", "[\"cron-job\"]") + ",\n" + term("other", "Other", "advanced")));
        Deck deck = DeckReader.load(file);
        Term cron = deck.byId("cron-job").orElseThrow();
        assertThat(cron.same()).containsExactly("scheduled-task");
        assertThat(deck.same(cron)).extracting(Term::name).containsExactly("Scheduled Task");
        assertThat(deck.byId("other").orElseThrow().same()).isEmpty();

        Path copy = dir.resolve("copy.json");
        DeckWriter.write(deck, copy);
        assertThat(Files.readString(copy)).contains("\"same\" : [\n        \"cron-job\"\n      ]")
                .contains("\"same\" : [\n        \"scheduled-task\"\n      ]");
        assertThat(Files.readString(copy).split("\"same\"", -1)).as("no empty list for a term without twins").hasSize(3);
        assertThat(DeckReader.load(copy).terms()).isEqualTo(deck.terms());
    }

    @Test
    void eachTwinProblemIsReportedAtItsTermWithTheFix() throws IOException {
        Path file = write(deck(twin("a", "Alpha", "[\"b\", \"nope\", \"a\"]") + ",\n"
                + twin("b", "Beta", "[]") + ",\n"
                + twin("c", "Gamma", "[\"  \", \"c2\", \"c2\"]") + ",\n"
                + twin("c2", "Gamma Two", "[\"c\"]") + ",\n"
                + twin("d", "Delta", "\"c\"") + ",\n"
                + twin("e", "Epsilon", "[7]")));
        assertThat(DeckReader.read(file).validate().problems()).extracting(p -> p.format(file.toString())).containsExactly(
                file + ":9:111: terms[4] \"d\": same: must be an array of strings, such as [\"a\", \"b\"], not a string",
                file + ":10:114: terms[5] \"e\": same[0]: must be a string, not a number",
                file + ":7:5: terms[2] \"c\": same[0]: empty; remove it or fill it in",
                file + ":7:5: terms[2] \"c\": same: lists the same value twice; remove the repeat",
                file + ":5:5: terms[0] \"a\": same: \"b\" does not list \"a\" as the same in turn; twins list each"
                        + " other, so add \"a\" to terms[1] \"b\"'s \"same\" or remove \"b\" here",
                file + ":5:5: terms[0] \"a\": same: \"nope\" is not the id of a term in this deck; fix the id or remove it",
                file + ":5:5: terms[0] \"a\": same: a term cannot be the same as itself; remove \"a\"");
    }

    @Test
    void termsThatAreNotAnArrayAreOneProblem() throws IOException {
        Path file = write("{\"format\": 1, \"id\": \"x\", \"terms\": {\"a\": 1}}");
        assertThat(DeckReader.read(file).problems()).extracting(p -> p.format("f")).containsExactly("f:1:35: terms: must be an array of term objects");
    }

    @Test
    void aFieldOverTenThousandCharactersIsRefused() throws IOException {
        Path file = write(deck("    {\"id\": \"a\", \"term\": \"A\", \"level\": \"beginner\", \"definition\": \""
                + "x".repeat(10_001) + "\"}"));
        assertThatThrownBy(() -> DeckReader.load(file))
                .hasMessage(file + ":5:65: terms[0] \"a\": definition: longer than 10000 characters, the most a deck"
                        + " value may hold; shorten it");
    }

    @Test
    void aTooLongItemOfAListNamesTheListAndTheTerm() throws IOException {
        Path file = write(deck("    {\"id\": \"a\", \"tags\": [\"ok\", \"" + "x".repeat(10_001) + "\"]}"));
        assertThatThrownBy(() -> DeckReader.load(file))
                .hasMessageStartingWith(file + ":5:32: terms[0] \"a\": tags: longer than 10000 characters");
    }

    @Test
    void nestingDeeperThanTheFormatNeedsIsRefused() throws IOException {
        Path file = write(deck("    {\"id\": \"a\", \"tags\": [[[[[[1]]]]]]}"));
        assertThatThrownBy(() -> DeckReader.load(file)).hasMessage(file + ":5:26: terms[0] \"a\": tags: nests deeper"
                + " than a deck needs (deck > terms > term > list of strings); flatten it");
    }

    @Test
    void aHugeUnknownKeyIsEchoedCutShort() throws IOException {
        String key = "k".repeat(20_000);
        Path file = write(deck("    {\"id\": \"a\", \"term\": \"A\", \"level\": \"beginner\", \"definition\": \"D.\", \""
                + key + "\": 1}"));
        assertThat(messages(file)).singleElement().asString()
                .contains("terms[0] \"a\": \"" + "k".repeat(40) + "…\" (20000 characters): unknown field")
                .hasSizeLessThan(300);
    }

    @Test
    void aFileOverFiftyMegabytesIsRefusedBeforeItIsRead() throws IOException {
        Path file = dir.resolve("huge.json");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(DeckReader.MAX_FILE_BYTES + 1);
        }
        assertThatThrownBy(() -> DeckReader.load(file)).hasMessageContaining("over the 50 MB limit");
    }

    @Test
    void aMissingFileIsAnIoErrorNamingIt() {
        Path file = dir.resolve("nope.json");
        assertThatThrownBy(() -> DeckReader.load(file))
                .hasMessage(file + ": no such file; check the path")
                .extracting(e -> ((GlossaryException) e).exitCode()).isEqualTo(74);
    }

    @Test
    void loadSummarisesFurtherProblemsAndPointsAtValidate() throws IOException {
        Path file = write(deck(term("a", "A", "x") + ",\n" + term("b", "B", "y")));
        assertThatThrownBy(() -> DeckReader.load(file))
                .hasMessageContaining("(and 1 more problem; run: glossary deck validate " + file + ")");
    }
}
