package dev.glossary.cli;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Term;
import dev.glossary.exchange.AnkiPackages;
import dev.glossary.store.DeckReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code deck import} as a teacher runs it, on the files teachers have. */
class DeckImportCommandTest {
    @TempDir
    Path home;

    @Test
    void anUpdatedAnkiPackageOfTheSameDeckKeepsEveryLearnersProgress() throws Exception {
        Path v1 = home.resolve("bio-v1.apkg");
        AnkiPackages.biologyV1(v1);
        Path out = home.resolve("biology.json");
        Cli.Result imported = new Cli(home).run("deck", "import", v1.toString(), "-o", out.toString());
        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        assertThat(imported.err()).contains(v1 + ": reading it as an Anki package (from its name and content);"
                + " --from chooses another format");
        assertThat(imported.err()).contains(v1 + ": read collection.anki21b: 3 notes in decks \"Biology\" (1 note),"
                + " \"Biology::Cells\" (2 notes)");
        assertThat(imported.out()).isEqualTo("wrote " + out + ": 4 terms\n");
        Deck first = DeckReader.load(out);
        assertThat(first.name()).isEqualTo("Biology");

        assertThat(new Cli(home).run("deck", "install", out.toString()).exitCode()).isZero();
        Cli.Result quiz = new Cli(home).stdin("\n3\n").run("--deck", "biology", "quiz", "--term", "Mitochondrion",
                "--mode", "flip");
        assertThat(quiz.exitCode()).as(quiz.toString()).isZero();

        Path v2 = home.resolve("bio-v2.apkg");
        AnkiPackages.biologyV2(v2);
        Cli.Result again = new Cli(home).run("deck", "import", v2.toString(), "-o", out.toString(), "--force");
        assertThat(again.exitCode()).as(again.toString()).isZero();
        Deck second = DeckReader.load(out);
        Term renamed = second.terms().stream().filter(t -> t.name().equals("Mitochondria")).findFirst().orElseThrow();
        assertThat(renamed.id()).isEqualTo(first.terms().get(0).id());

        Cli.Result update = new Cli(home).run("deck", "install", out.toString());
        assertThat(update.exitCode()).as(update.toString()).isZero();
        assertThat(update.out()).contains("1 added").contains("1 changed").contains("1 removed");
        Cli.Result why = new Cli(home).run("--deck", "biology", "why", "Mitochondria");
        assertThat(why.out()).contains("Reviews:").contains("good");
    }

    @Test
    void aPackageGivenWhereADeckBelongsSaysWhatItIsAndWhatToRun() throws Exception {
        Path pkg = home.resolve("bio.apkg");
        AnkiPackages.biologyV1(pkg);
        String expected = "glossary: " + pkg + ": this is an Anki package, not a deck; import it with: glossary deck"
                + " import " + pkg + " -o deck.json\n";

        Cli.Result validate = new Cli(home).run("deck", "validate", pkg.toString());
        assertThat(validate.exitCode()).isEqualTo(65);
        assertThat(validate.err()).isEqualTo(expected);
        Cli.Result install = new Cli(home).run("deck", "install", pkg.toString());
        assertThat(install.exitCode()).isEqualTo(65);
        assertThat(install.err()).isEqualTo(expected);
        Cli.Result browse = new Cli(home).run("--deck", pkg.toString(), "browse");
        assertThat(browse.exitCode()).isEqualTo(65);
        assertThat(browse.err()).isEqualTo(expected);

        Path renamed = home.resolve("shared-deck.zip");
        Files.copy(pkg, renamed);
        assertThat(new Cli(home).run("deck", "validate", renamed.toString()).err()).isEqualTo("glossary: " + renamed
                + ": this is an Anki package, not a deck; import it with: glossary deck import " + renamed
                + " -o deck.json\n");
        Path csv = home.resolve("words.csv");
        Files.writeString(csv, "term,definition\nA,B\n");
        assertThat(new Cli(home).run("deck", "validate", csv.toString()).err()).isEqualTo("glossary: " + csv
                + ": this is not a deck (a deck is a JSON file); to make one from it run: glossary deck import "
                + csv + " -o deck.json\n");
    }

    @Test
    void theFormatIsInferredFromTheNameOrTheAnkiHeaderAndOtherwiseAsked() throws IOException {
        Path csv = home.resolve("words.csv");
        Files.writeString(csv, "Word;Meaning\nperro;dog\n");
        Cli.Result fromName = new Cli(home).run("deck", "import", csv.toString(), "-o", home.resolve("a.json").toString());
        assertThat(fromName.exitCode()).as(fromName.toString()).isZero();
        assertThat(fromName.err()).isEqualTo(csv + ": reading it as CSV (from its name); --from chooses another format\n"
                + csv + ": read with a semicolon between values, as the first line has; --delimiter chooses another\n");

        Path anki = home.resolve("export.txt");
        Files.writeString(anki, "#separator:tab\n#html:false\nTCP\tA byte stream.\n");
        Cli.Result fromHeader = new Cli(home).run("deck", "import", anki.toString(), "-o",
                home.resolve("b.json").toString());
        assertThat(fromHeader.err()).startsWith(anki + ": reading it as an Anki text export (from its Anki header"
                + " lines)");

        Path plain = home.resolve("cards.txt");
        Files.writeString(plain, "TCP\tA byte stream.\n");
        Cli.Result unknown = new Cli(home).run("deck", "import", plain.toString(), "-o",
                home.resolve("c.json").toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("glossary: " + plain + ": the name and the first lines do not say which"
                + " format this is; add --from quizlet (a Quizlet export), anki (Anki's Notes in Plain Text), csv, tsv"
                + " or markdown\n");
    }

    @Test
    void quizletSeparatorsByTheNamesQuizletShows() throws IOException {
        Path txt = home.resolve("set.txt");
        Files.writeString(txt, "mitochondrion,makes ATP, the energy currency;ribosome,builds proteins;");
        Cli.Result r = new Cli(home).run("deck", "import", txt.toString(), "--from", "quizlet", "--term-separator",
                "comma", "--card-separator", "semicolon", "-o", home.resolve("q.json").toString());

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(DeckReader.load(home.resolve("q.json")).terms()).extracting(Term::definition)
                .containsExactly("makes ATP, the energy currency", "builds proteins");

        Path tabs = home.resolve("tabs.txt");
        Files.writeString(tabs, "a\tone\nb\ttwo\n");
        assertThat(new Cli(home).run("deck", "import", tabs.toString(), "--from", "quizlet", "--term-separator", "tab",
                "-o", home.resolve("t.json").toString()).exitCode()).isZero();

        Path commas = home.resolve("commas.txt");
        Files.writeString(commas, "a,one\nb,two\n");
        Cli.Result wrong = new Cli(home).run("deck", "import", commas.toString(), "--from", "quizlet", "-o",
                home.resolve("w.json").toString());
        assertThat(wrong.exitCode()).isEqualTo(65);
        assertThat(wrong.err()).startsWith(commas + ":1: \"a,one\" has no tab between the term and its definition; the"
                + " file has none, so it was exported with another one: try --term-separator comma\n");
    }

    @Test
    void excelsAnsiAndUnicodeTextFilesAreRead() throws IOException {
        Path ansi = home.resolve("ansi.csv");
        Files.write(ansi, "term,definition\r\nCafé,A place for coffee\r\n".getBytes(
                java.nio.charset.Charset.forName("windows-1252")));
        Cli.Result r = new Cli(home).run("deck", "import", ansi.toString(), "-o", home.resolve("a.json").toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).contains(ansi + ": not UTF-8, so read as windows-1252");
        assertThat(DeckReader.load(home.resolve("a.json")).terms()).extracting(Term::name).containsExactly("Café");

        Path unicode = home.resolve("unicode.txt");
        Files.write(unicode, "\uFEFFterm\tdefinition\r\nÜber\tAbove\r\n".getBytes(StandardCharsets.UTF_16LE));
        Cli.Result u = new Cli(home).run("deck", "import", unicode.toString(), "--from", "tsv", "-o",
                home.resolve("u.json").toString());
        assertThat(u.exitCode()).as(u.toString()).isZero();
        assertThat(DeckReader.load(home.resolve("u.json")).terms()).extracting(Term::name).containsExactly("Über");

        Path binary = home.resolve("bad.csv");
        Files.write(binary, new byte[] {'t', ',', 'd', '\n', (byte) 0x81, ',', 'x', '\n'});
        Cli.Result bad = new Cli(home).run("deck", "import", binary.toString(), "-o", home.resolve("b.json").toString());
        assertThat(bad.exitCode()).isEqualTo(65);
        assertThat(bad.err()).endsWith("glossary: " + binary + ":2: not UTF-8 text (nor windows-1252); save it as UTF-8"
                + " (Excel: \"CSV UTF-8\"), or name its encoding with --encoding\n");
    }

    @Test
    void anOptionForAnotherFormatIsAUsageError() throws Exception {
        Path pkg = home.resolve("bio.apkg");
        AnkiPackages.biologyV1(pkg);
        Cli.Result r = new Cli(home).run("deck", "import", pkg.toString(), "--delimiter", ";", "-o",
                home.resolve("x.json").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).endsWith("glossary: --delimiter does not apply to an Anki package, which is how " + pkg
                + " is read; --delimiter is for CSV and TSV (--from csv or tsv)\n");

        Path csv = home.resolve("w.csv");
        Files.writeString(csv, "term,definition\na,b\n");
        Cli.Result field = new Cli(home).run("deck", "import", csv.toString(), "--term-field", "Word", "-o",
                home.resolve("y.json").toString());
        assertThat(field.exitCode()).isEqualTo(2);
        assertThat(field.err()).endsWith("glossary: --term-field does not apply to CSV, which is how " + csv
                + " is read; --term-field is for Anki packages (.apkg, .colpkg)\n");
    }

    @Test
    void anAnkiTextFileWithoutASeparatorLineIsReadAsAnkiReadsIt() throws IOException {
        Path txt = home.resolve("notes.txt");
        Files.writeString(txt, "Mitochondrion,Makes ATP\n{{c1::Mitosis}} splits a nucleus,Cell division\n");
        Cli.Result r = new Cli(home).run("deck", "import", txt.toString(), "--from", "anki", "-o",
                home.resolve("n.json").toString());

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).isEqualTo(txt + ": read with a comma between fields: the file has no #separator line, and"
                + " its first note has one (as Anki reads it)\n");
        assertThat(DeckReader.load(home.resolve("n.json")).terms()).extracting(Term::name, Term::definition)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Mitochondrion", "Makes ATP"),
                        org.assertj.core.groups.Tuple.tuple("Mitosis", "_____ splits a nucleus"));
    }

    @Test
    void optionValuesThatCannotWorkAreOneLineUsageErrors() throws IOException {
        Path csv = home.resolve("w.csv");
        Files.writeString(csv, "term,definition\na,b\n");
        String out = home.resolve("o.json").toString();

        assertThat(new Cli(home).run("deck", "import", csv.toString(), "--encoding", "klingon", "-o", out).err())
                .endsWith("glossary: --encoding \"klingon\" is not an encoding Java knows; use a name such as UTF-8,"
                        + " UTF-16, windows-1252 or ISO-8859-1\n");
        assertThat(new Cli(home).run("deck", "import", csv.toString(), "--delimiter", "::", "-o", out).err())
                .endsWith("glossary: --delimiter \"::\" is not one character; use , ; | or tab (or comma, semicolon,"
                        + " pipe, tab)\n");
        assertThat(new Cli(home).run("deck", "import", csv.toString(), "--columns", "wort,definition", "-o", out)
                .err()).endsWith("glossary: --columns: \"wort\" is not a column this app reads; use term, definition,"
                + " level, aliases, tags, example, category, id, related, or - to leave a column out\n");
        Cli.Result noTerm = new Cli(home).run("deck", "import", csv.toString(), "--columns", "definition,example",
                "-o", out);
        assertThat(noTerm.exitCode()).isEqualTo(2);
        assertThat(noTerm.err()).endsWith("glossary: --columns \"definition,example\" must name a term and a"
                + " definition column, such as --columns term,definition\n");
    }

    @Test
    void otherFilesGivenAsADeckAreNamedToo() throws IOException {
        Path db = home.resolve("collection.anki2");
        Files.write(db, "SQLite format 3\0 and then pages".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(new Cli(home).run("deck", "validate", db.toString()).err()).isEqualTo("glossary: " + db
                + ": this is an SQLite database (an Anki collection?), not a deck; in Anki use File > Export > Anki"
                + " Deck Package, then: glossary deck import FILE.apkg -o deck.json\n");

        Path zip = home.resolve("photos.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("a.jpg"));
            out.closeEntry();
        }
        assertThat(new Cli(home).run("deck", "install", zip.toString()).err()).isEqualTo("glossary: " + zip
                + ": this is a zip file, not a deck (a deck is one JSON file); unzip it, or if it is an Anki package,"
                + " import it with: glossary deck import " + zip + " -o deck.json\n");

        Path txt = home.resolve("notes.txt");
        Files.writeString(txt, "#separator:tab\nA\tB\n");
        assertThat(new Cli(home).run("deck", "validate", txt.toString()).err()).isEqualTo("glossary: " + txt
                + ": this is an Anki text export, not a deck; import it with: glossary deck import " + txt
                + " -o deck.json\n");
    }
}
