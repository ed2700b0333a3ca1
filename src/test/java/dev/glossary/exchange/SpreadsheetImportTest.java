package dev.glossary.exchange;

import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/** The spreadsheets teachers really have: Excel's CSV dialects and encodings, Google Sheets' TSV, no header. */
class SpreadsheetImportTest {

    private static ImportResult read(CsvImporter importer, String text) throws IOException {
        return importer.read(new StringReader(text), ImportOptions.defaults());
    }

    @Test
    void semicolonCsvAsExcelSavesItInMuchOfEuropeIsFoundFromTheHeader() throws IOException {
        ImportResult result = read(CsvImporter.csv(), "term;definition;level\r\nZelle;\"Kleinste Einheit; lebt\";"
                + "Beginner\r\nKern;Hält die DNA, 2 Stück;advanced\r\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.terms()).extracting(Term::name, Term::definition, Term::level).containsExactly(
                tuple("Zelle", "Kleinste Einheit; lebt", Level.BEGINNER),
                tuple("Kern", "Hält die DNA, 2 Stück", Level.ADVANCED));
        assertThat(result.notices()).containsExactly("read with a semicolon between values, as the first line has;"
                + " --delimiter chooses another");
    }

    @Test
    void headersSuchAsWordAndMeaningAreReadAsTermAndDefinition() throws IOException {
        ImportResult result = read(CsvImporter.csv(), "Word,Meaning,Sentence\nperro,dog,El perro ladra.\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.terms()).extracting(Term::name, Term::definition, Term::example)
                .containsExactly(tuple("perro", "dog", "El perro ladra."));
        assertThat(read(CsvImporter.csv(), "Front,Back\nQ,A\n").terms()).extracting(Term::name).containsExactly("Q");
        assertThat(read(CsvImporter.csv(), "question,answer\nQ,A\n").terms()).extracting(Term::definition)
                .containsExactly("A");
    }

    @Test
    void withoutAHeaderTheColumnsAreTermDefinitionAndLevelWhenItIsOne() throws IOException {
        ImportResult levels = read(CsvImporter.of(null, false, null), "Mitochondrion,Makes ATP,beginner\n"
                + "Ribosome,Builds proteins,\n");
        assertThat(levels.terms()).extracting(Term::name, Term::level).containsExactly(
                tuple("Mitochondrion", Level.BEGINNER), tuple("Ribosome", Level.INTERMEDIATE));

        ImportResult other = read(CsvImporter.of(null, false, null), "perro,dog,El perro ladra.\n");
        assertThat(other.terms()).extracting(Term::name, Term::example).containsExactly(tuple("perro", ""));
        assertThat(other.warnings()).extracting(ImportProblem::message).containsExactly("column 3 holds something"
                + " other than levels, so it was not read; name the columns with --columns, such as --columns"
                + " term,definition,example");
    }

    @Test
    void aFirstRowThatNamesNoColumnSuggestsNoHeaderOrColumns() throws IOException {
        ImportResult result = read(CsvImporter.csv(), "Mitochondrion,Makes ATP\nRibosome,Builds proteins\n");

        assertThat(result.terms()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.problems()).extracting(p -> p.format("c5.csv")).containsExactly("c5.csv:1: the first row"
                + " (\"Mitochondrion,Makes ATP\") names no column this app reads; if the file has no header row add"
                + " --no-header, or say what each column is with --columns term,definition");
    }

    @Test
    void columnsMapByPositionAndSkipTheHeaderRow() throws IOException {
        ImportResult result = read(CsvImporter.of(null, true, List.of("definition", "", "term")),
                "Bedeutung,Notiz,Wort\nthe dog,ignore me,el perro\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.terms()).extracting(Term::name, Term::definition).containsExactly(tuple("el perro", "the dog"));
        assertThat(read(CsvImporter.of(';', false, List.of("term", "definition")), "a;b\n").terms())
                .extracting(Term::name).containsExactly("a");
    }

    @Test
    void aTsvCellThatStartsWithAQuoteIsTextAndTheRestOfTheFileIsRead() throws IOException {
        ImportResult result = read(CsvImporter.tsv(), "term\tdefinition\n"
                + "To be\t\"To be\" is a verb\n"
                + "\"Quoted\"\t\"A cell\twith a tab\"\"s quote\"\n"
                + "Last\tStill read.\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.terms()).extracting(Term::name, Term::definition).containsExactly(
                tuple("To be", "\"To be\" is a verb"),
                tuple("Quoted", "A cell\twith a tab\"s quote"),
                tuple("Last", "Still read."));
    }

    @Test
    void tagsCellsSplitAtCommasAndSpacesUnlessTheyUseTheAppsOwnSeparator() {
        assertThat(CsvImporter.tags("bio, organelle  cell")).containsExactly("bio", "organelle", "cell");
        assertThat(CsvImporter.tags("protocols transport;http")).containsExactly("protocols transport", "http");
        assertThat(CsvImporter.tags("")).isEmpty();
    }

    @Test
    void theDelimiterIsTheOneTheFirstLineHoldsMostOfOutsideQuotes() {
        assertThat(CsvImporter.sniff("term,definition")).isEqualTo(',');
        assertThat(CsvImporter.sniff("term;definition;level")).isEqualTo(';');
        assertThat(CsvImporter.sniff("\"a;b;c\",definition")).isEqualTo(',');
        assertThat(CsvImporter.sniff("term\tdefinition, with comma")).isEqualTo('\t');
        assertThat(CsvImporter.sniff("term")).isEqualTo(',');
    }

    @Test
    void theEncodingComesFromTheByteOrderMarkElseUtf8ElseWindows1252WithANote() throws TextDecoding.NotText {
        byte[] utf16 = "\uFEFFterm\tdefinition\nCafé\tCoffee\n".getBytes(StandardCharsets.UTF_16LE);
        TextDecoding.Decoded unicode = TextDecoding.decode(utf16, null);
        assertThat(unicode.text()).isEqualTo("term\tdefinition\nCafé\tCoffee\n");
        assertThat(unicode.note()).isEqualTo("read as UTF-16 (its byte order mark says so)");

        TextDecoding.Decoded utf8 = TextDecoding.decode("\uFEFFCafé".getBytes(StandardCharsets.UTF_8), null);
        assertThat(utf8.text()).isEqualTo("Café");
        assertThat(utf8.note()).isNull();

        byte[] ansi = "term,definition\nCafé,Coffee – hot\n".getBytes(TextDecoding.WINDOWS_1252);
        TextDecoding.Decoded excel = TextDecoding.decode(ansi, null);
        assertThat(excel.text()).isEqualTo("term,definition\nCafé,Coffee – hot\n");
        assertThat(excel.note()).isEqualTo("not UTF-8, so read as windows-1252, as Excel's \"CSV (Comma"
                + " delimited)\" saves on Windows (first such byte on line 2); if letters look wrong, give the right"
                + " one with --encoding, or save the file as \"CSV UTF-8\"");

        TextDecoding.Decoded forced = TextDecoding.decode(ansi, java.nio.charset.Charset.forName("ISO-8859-1"));
        assertThat(forced.text()).startsWith("term,definition\nCafé");
    }

    @Test
    void bytesThatAreNeitherUtf8NorWindows1252NameTheirLine() {
        byte[] bytes = {'a', '\n', 'b', '\n', (byte) 0x81, (byte) 0x8d};
        assertThatThrownBy(() -> TextDecoding.decode(bytes, null))
                .isInstanceOfSatisfying(TextDecoding.NotText.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.getMessage()).isEqualTo("not UTF-8 text (nor windows-1252); save it as UTF-8"
                            + " (Excel: \"CSV UTF-8\"), or name its encoding with --encoding");
                });
    }
}
