package dev.glossary.cli;

import dev.glossary.GlossaryException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command that writes a file the user names (the hostile review's F1, F10, F11 and C6): a link to a
 * device or a FIFO is written through and stays what it was, system errors are 74 with the reason, the
 * "wrote" line shows a hostile path neutralised.
 */
class OutputFilesTest {
    @TempDir
    Path home;

    private Path csv;

    @BeforeEach
    void writeCsv() throws IOException {
        csv = Files.writeString(home.resolve("in.csv"), "term,definition,level\nIdempotency,Doing it twice changes"
                + " nothing more than doing it once.,beginner\n");
    }

    /** The command with OUT for its output file, as the user would type it. */
    private List<String> command(String name, Path out) {
        List<String> args = new ArrayList<>(switch (name) {
            case "deck export" -> List.of("deck", "export", "--to", "csv", "-o", out.toString());
            case "deck import" -> List.of("deck", "import", csv.toString(), "--from", "csv", "-o", out.toString());
            case "deck new" -> List.of("deck", "new", out.toString());
            case "progress export" -> List.of("progress", "export", out.toString());
            default -> throw new IllegalArgumentException(name);
        });
        if (!name.equals("deck new")) {
            args.add("--force");
        }
        return args;
    }

    private Cli.Result run(List<String> args) {
        return new Cli(home).run(args.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"deck export", "deck import", "deck new", "progress export"})
    void aLinkToACharacterDeviceIsWrittenThroughNotReplaced(String name) throws IOException {
        Path link = Files.createSymbolicLink(home.resolve("out.json"), Path.of("/dev/null"));
        Cli.Result r = run(command(name, link));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(r.out()).doesNotContain("wrote ").doesNotContain("exported ");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"deck export", "deck import", "deck new", "progress export"})
    void aFifoGetsTheBytesAndStaysAFifo(String name) throws Exception {
        Path fifo = home.resolve("fifo.json");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        Cli.Result r = run(command(name, fifo));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(reader.get(30, TimeUnit.SECONDS)).isNotBlank();
        assertThat(Files.isRegularFile(fifo)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"deck export", "deck import", "deck new", "progress export"})
    void aDirectoryIsRefusedWith74(String name) throws IOException {
        Path dir = Files.createDirectory(home.resolve("dir.json"));
        Cli.Result r = run(command(name, dir));
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(GlossaryException.IO);
        assertThat(r.err()).hasLineCount(1).contains("it is a directory");
        assertThat(Files.isDirectory(dir)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"deck export", "deck import", "deck new", "progress export"})
    void aNameTooLongIs74WithTheReasonNotAnInternalError(String name) {
        Cli.Result r = run(command(name, home.resolve("x".repeat(300) + ".json")));
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(GlossaryException.IO);
        assertThat(r.err()).hasLineCount(1).endsWith(": cannot write: file name too long\n");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"deck export", "deck import", "deck new", "progress export"})
    void aHostilePathIsShownNeutralisedInTheSuccessLine(String name) {
        Path hostile = home.resolve("x\u001b]52;c;QQ==\u0007.json");
        Cli.Result r = run(command(name, hostile));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("x\\e]52;c;QQ==\uFFFD.json").doesNotContain("\u001b").doesNotContain("\u0007");
        assertThat(hostile).exists();
    }

    @Test
    void dashPrintsTheExportOnStandardOutput() {
        Cli.Result r = new Cli(home).run("deck", "export", "--to", "csv", "-o", "-");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("term,definition,level").doesNotContain("wrote -");
        assertThat(home.resolve("-")).doesNotExist();
    }

    @Test
    void anEmptyOutputNameIsAUsageErrorThatSaysSo() {
        Cli.Result r = new Cli(home).run("deck", "export", "--to", "csv", "-o", "");
        assertThat(r.exitCode()).isEqualTo(GlossaryException.USAGE);
        assertThat(r.err()).isEqualTo("glossary: -o \"\" names no file; give a file name (or - for standard output)\n");
    }

    /** The hostile review's C3: the CRLF a CSV's lines end with showed as a � at each line end on a terminal. */
    @Test
    void aCsvExportOnATerminalKeepsItsLineEnds() {
        Cli.Result r = new Cli(home).screen(new dev.glossary.term.Screen(80, false, true))
                .run("deck", "export", "--to", "csv");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("\r\n").doesNotContain("\uFFFD");
    }
}
