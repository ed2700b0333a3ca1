package dev.glossary.exchange;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnkiTextExporterTest {

    @Test
    void writesAnkiHeadersThenOneNotePerRecordQuotingWhatNeedsIt() throws IOException {
        StringWriter out = new StringWriter();
        var deck = SampleDeck.validated(List.of(SampleDeck.TCP, SampleDeck.UDP, SampleDeck.HASHTAG));
        new AnkiTextExporter().write(deck, out);

        assertThat(out.toString()).isEqualTo("""
                #separator:tab
                #html:false
                #deck:Sample *deck*
                #notetype:Basic
                #columns:GUID\tFront\tBack\tTags\tExample\tAliases\tCategory
                #guid column:1
                #tags column:4
                glossary:sample:tcp\tTCP\t"Transmission Control Protocol, a reliable byte stream.
                Starts with a handshake."\tnetworking protocols::transport glossary::beginner glossary::id::tcp \
                glossary::related::udp\tSYN, SYN-ACK, ACK\tTransmission Control Protocol\tnetworking
                glossary:sample:udp\tUDP\t"Datagrams: no ""delivery"" promise, no order (&amp; stays as typed)."\tnetworking \
                glossary::intermediate glossary::id::udp glossary::related::tcp\t\t\tnetworking
                glossary:sample:hashtag\t"#hashtag"\t"Starts with a hash;\ttab inside."\tglossary::beginner glossary::id::hashtag\t\t\t
                """);
    }

    @Test
    void twinsAreTaggedAfterTheRelatedTerms() throws IOException {
        Term cron = new Term("cron-job", "Cron Job", Level.INTERMEDIATE, "", "Runs on a timetable.", List.of(),
                List.of("worker"), List.of("scheduled-task"), "", List.of());
        Term task = new Term("scheduled-task", "Scheduled Task", Level.BEGINNER, "", "Work set to run at a time.",
                List.of(), List.of(), List.of("cron-job"), "", List.of());
        Term worker = Term.of("worker", "Worker", Level.BEGINNER, "A process that takes jobs off a queue.");
        StringWriter out = new StringWriter();
        new AnkiTextExporter().write(SampleDeck.validated(List.of(cron, task, worker)), out);

        assertThat(out.toString()).contains("Cron Job\tRuns on a timetable.\tglossary::intermediate glossary::id::cron-job"
                + " glossary::related::worker glossary::same::scheduled-task\t\t\t\n");
        assertThat(out.toString()).contains("Scheduled Task\tWork set to run at a time.\tglossary::beginner"
                + " glossary::id::scheduled-task glossary::same::cron-job\t\t\t\n");
    }

    @Test
    void tagsWithSpacesGetUnderscoresBecauseAnkiTagsCannotHoldSpaces() throws IOException {
        Term term = new Term("jvm", "JVM", Level.ADVANCED, "", "Runs bytecode.", List.of(), List.of(), "",
                List.of("java platform"));
        StringWriter out = new StringWriter();
        new AnkiTextExporter().write(SampleDeck.validated(List.of(term)), out);

        assertThat(out.toString()).endsWith("glossary:sample:jvm\tJVM\tRuns bytecode.\tjava_platform glossary::advanced glossary::id::jvm"
                + "\t\t\t\n");
    }

    @Test
    void theGuidComesFromTheDeckAndTermIdsSoAnUpdatedDeckUpdatesTheSameNotes() throws IOException {
        Term before = Term.of("tcp", "TCP", Level.BEGINNER, "A reliable byte stream.");
        Term renamed = Term.of("tcp", "Transmission Control Protocol", Level.BEGINNER, "Reliable, ordered bytes.");
        StringWriter first = new StringWriter();
        StringWriter second = new StringWriter();
        new AnkiTextExporter().write(SampleDeck.validated(List.of(before)), first);
        new AnkiTextExporter().write(SampleDeck.validated(List.of(renamed)), second);

        assertThat(first.toString().lines().filter(l -> !l.startsWith("#")).map(l -> l.split("\t")[0]))
                .containsExactly("glossary:sample:tcp");
        assertThat(second.toString().lines().filter(l -> !l.startsWith("#")).map(l -> l.split("\t")[0]))
                .containsExactly("glossary:sample:tcp");
    }

    @Test
    void aDeckNameWithALineBreakOrTabStaysOnTheDeckHeaderLine() throws IOException {
        Deck deck = Deck.of("biology", "Biology\n101\tcells", "",
                List.of(Term.of("cell", "Cell", Level.BEGINNER, "The unit of life.")));
        StringWriter out = new StringWriter();
        new AnkiTextExporter().write(deck, out);

        assertThat(out.toString().lines().filter(l -> l.startsWith("#deck:"))).containsExactly("#deck:Biology 101 cells");
    }
}
