package dev.glossary.exchange;

import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static dev.glossary.exchange.Golden.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class AnkiTextImporterTest {
    private final AnkiTextImporter importer = new AnkiTextImporter();

    private static Term term(String id, String name, Level level, String definition, List<String> tags) {
        return new Term(id, name, level, "", definition, List.of(), List.of(), "", tags);
    }

    @Test
    void anAnkiExportWithHtmlGuidNotetypeDeckAndTagsColumnsGivesPlainTerms() throws IOException {
        ImportResult result = Golden.read(importer, "anki-notes.txt");

        assertThat(result.terms()).containsExactly(
                term("tcp", "TCP", Level.BEGINNER, "Transmission Control Protocol: a reliable, ordered byte stream.\n"
                        + "Opens with a three-way handshake.", List.of("networking", "protocols::transport")),
                term("idempotency", "Idempotency", Level.INTERMEDIATE,
                        "Doing it twice has the same effect as doing it once.\n"
                                + "PUT & DELETE are idempotent; POST is not.", List.of("http")),
                term("cache-stampede", "Cache stampede", Level.ADVANCED,
                        "Many requests miss the cache at once and all hit the database.", List.of("caching")),
                new Term("cap", "CAP", Level.INTERMEDIATE, "", "_____ theorem", List.of(), List.of(),
                        "A distributed store cannot have all of <C, A, P> during a partition.", List.of()),
                term("the-quoted-term", "The \"quoted\" term", Level.INTERMEDIATE, "A quote inside a quoted field.",
                        List.of()));
        assertThat(result.problems()).containsExactly(
                new ImportProblem(13, "\"Orphan\": the definition is empty; write it or remove the row"));
    }

    @Test
    void aPlainTextExportKeepsLineBreaksAngleBracketsAndAddsTheTagsForAllNotes() throws IOException {
        ImportResult result = Golden.read(importer, "anki-plain.txt");

        List<String> imported = List.of("imported", "week::1");
        assertThat(result.problems()).isEmpty();
        assertThat(result.terms()).containsExactly(
                term("latency", "Latency", Level.INTERMEDIATE, "Time from request to response, measured in ms.",
                        List.of("imported", "week::1", "performance")),
                term("hashtag", "#hashtag", Level.INTERMEDIATE, "A word prefixed with \"#\".", imported),
                term("throughput", "Throughput", Level.INTERMEDIATE,
                        "Work done per unit of time.\n\nNot the same as latency.",
                        List.of("imported", "week::1", "performance")),
                term("list-string", "List<String>", Level.INTERMEDIATE,
                        "A list of strings: <String> is not HTML here.", List.of("imported", "week::1", "java")));
    }

    @Test
    void withoutAnHtmlHeaderOnlyFieldsThatHoldHtmlTagsAreConverted() throws IOException {
        ImportResult result = parse(importer, "<i>Future</i>\tA value that arrives later.<br>See Promise.\n"
                + "Map<K, V>\tKeys to values; written Map&lt;K, V&gt; in HTML.\n"
                + "Optional<T>\tMaybe a value.\n");

        assertThat(result.terms()).extracting(Term::name, Term::definition).containsExactly(
                tuple("Future", "A value that arrives later.\nSee Promise."),
                tuple("Map<K, V>", "Keys to values; written Map<K, V> in HTML."),
                tuple("Optional<T>", "Maybe a value."));
    }

    @Test
    void htmlFalseKeepsTagsAndEntitiesAsWritten() throws IOException {
        ImportResult result = parse(importer, "#html:false\n<b>bold</b>\tAT&amp;T\n");

        assertThat(result.terms()).extracting(Term::name, Term::definition)
                .containsExactly(tuple("<b>bold</b>", "AT&amp;T"));
    }

    @Test
    void theSeparatorMayBeNamedInAnyCaseOrGivenAsACharacter() throws IOException {
        assertThat(parse(importer, "#separator:Pipe\nA|one, two\n").terms())
                .extracting(Term::definition).containsExactly("one, two");
        assertThat(parse(importer, "#separator:SEMICOLON\nA;one, two\n").terms())
                .extracting(Term::definition).containsExactly("one, two");
        assertThat(parse(importer, "#separator:;\nA;one\n").terms())
                .extracting(Term::definition).containsExactly("one");
        assertThat(parse(importer, "#separator:space\nA \"one two\"\n").terms())
                .extracting(Term::definition).containsExactly("one two");
    }

    @Test
    void anUnknownSeparatorIsAProblemAndTabIsUsed() throws IOException {
        ImportResult result = parse(importer, "#separator:arrow\nA\tone\n");

        assertThat(result.terms()).extracting(Term::definition).containsExactly("one");
        assertThat(result.problems()).extracting(ImportProblem::line).containsExactly(1);
        assertThat(result.problems().get(0).message()).startsWith("#separator:arrow is not a separator");
    }

    @Test
    void namedColumnsAreFoundInAnyOrderAndCase() throws IOException {
        ImportResult result = parse(importer, "#separator:comma\n#columns:Notes,ANSWER,question,Tags\n"
                + "ignored,The answer.,The question?,Quiz\n");

        assertThat(result.terms()).containsExactly(
                term("the-question", "The question?", Level.INTERMEDIATE, "The answer.", List.of("quiz")));
    }

    @Test
    void aClozeNoteGivesOneTermPerDeletionAskedAsTheTextWithABlank() throws IOException {
        ImportResult result = parse(importer, "{{c1::Kafka::a log}} is a {{c2::distributed {{c3::log}}}}\tA"
                + " broker.\n");

        assertThat(result.terms()).extracting(Term::name, Term::definition, Term::example).containsExactly(
                tuple("Kafka", "_____ [a log] is a distributed log", "A broker."),
                tuple("distributed log", "Kafka is a _____", "A broker."),
                tuple("log", "Kafka is a distributed _____", "A broker."));
    }

    @Test
    void aDefinitionThatIsOnlyAPictureSaysSo() throws IOException {
        ImportResult result = parse(importer, "#html:true\nCell diagram\t<img src=\"cell.png\">\nNucleus\tHolds DNA.\n");

        assertThat(result.terms()).extracting(Term::name).containsExactly("Nucleus");
        assertThat(result.problems()).containsExactly(new ImportProblem(2, "\"Cell diagram\": the definition holds"
                + " only an image or a sound, which glossary does not import; write text for it, or leave the note"
                + " out with --skip-bad"));
    }

    @Test
    void soundReferencesAreDropped() throws IOException {
        assertThat(parse(importer, "Queue [sound:queue.mp3]\tFIFO.\n").terms())
                .extracting(Term::name).containsExactly("Queue");
    }

    @Test
    void twoLevelTagsOnOneNoteAreAProblem() throws IOException {
        ImportResult result = parse(importer, "#tags column:3\nA\tone\tglossary::beginner glossary::advanced\n");

        assertThat(result.terms()).isEmpty();
        assertThat(result.problems()).containsExactly(new ImportProblem(2,
                "the note has the level tags glossary::beginner and glossary::advanced; keep one"));
    }

    @Test
    void sameTagsBecomeTwinsAndATwinTaggedOnOneNoteOnlyIsMadeMutual() throws IOException {
        ImportResult result = parse(importer, "#tags column:3\nCron Job\tone\tglossary::same::scheduled-task ops\n"
                + "Scheduled Task\ttwo\tGLOSSARY::SAME::cron-job\nFeature Flag\tthree\tglossary::same::feature-toggle\n"
                + "Feature Toggle\tfour\t\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.terms()).extracting(Term::id, Term::same, Term::tags).containsExactly(
                tuple("cron-job", List.of("scheduled-task"), List.of("ops")),
                tuple("scheduled-task", List.of("cron-job"), List.of()),
                tuple("feature-flag", List.of("feature-toggle"), List.of()),
                tuple("feature-toggle", List.of("feature-flag"), List.of()));
    }

    @Test
    void aGlossaryTagThatIsNotALevelStaysATag() throws IOException {
        assertThat(parse(importer, "#tags column:3\nA\tone\tglossary::week-1\n").terms())
                .extracting(Term::tags).containsExactly(List.of("glossary::week-1"));
    }

    @Test
    void anUnclosedQuoteIsAProblemAtTheLineWhereItOpens() throws IOException {
        ImportResult result = parse(importer, "#html:false\nA\tone\nB\t\"two\nC\tthree\n");

        assertThat(result.terms()).extracting(Term::name).containsExactly("A");
        assertThat(result.problems()).extracting(ImportProblem::line).containsExactly(3);
        assertThat(result.problems().get(0).message()).contains("closing quote is missing");
    }

    @Test
    void theOldTagsFirstLineIsRead() throws IOException {
        assertThat(parse(importer, "tags:Old School\nA\tone\n").terms())
                .extracting(Term::tags).containsExactly(List.of("old", "school"));
    }
}
