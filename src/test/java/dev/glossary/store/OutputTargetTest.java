package dev.glossary.store;

import dev.glossary.GlossaryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The hostile review's F1: a write the user asked for never renames over what is not a regular file. */
class OutputTargetTest {
    private static final byte[] BYTES = "term,definition\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private final StringWriter stdout = new StringWriter();

    private void write(Path path, boolean force) {
        OutputTarget.of(path, force, "-o").write(BYTES, new PrintWriter(stdout));
    }

    private static int exitCode(Runnable run) {
        try {
            run.run();
            return 0;
        } catch (GlossaryException e) {
            return e.exitCode();
        }
    }

    @Test
    void aNewFileIsWrittenAndReportedAsAFile() throws IOException {
        Path file = dir.resolve("new.csv");
        OutputTarget target = OutputTarget.of(file, false, "-o");
        target.write(BYTES, new PrintWriter(stdout));
        assertThat(target.isFile()).isTrue();
        assertThat(Files.readAllBytes(file)).isEqualTo(BYTES);
    }

    @Test
    void anExistingFileNeedsForce() throws IOException {
        Path file = Files.writeString(dir.resolve("old.csv"), "old");
        assertThatThrownBy(() -> write(file, false)).hasMessageContaining("exists; choose another name or add --force");
        write(file, true);
        assertThat(Files.readAllBytes(file)).isEqualTo(BYTES);
    }

    @Test
    void aDashAndDevStdoutAreStandardOutput() {
        for (String name : new String[] {"-", "/dev/stdout"}) {
            OutputTarget target = OutputTarget.of(Path.of(name), false, "-o");
            target.write(BYTES, new PrintWriter(stdout));
            assertThat(target.isFile()).isFalse();
        }
        assertThat(stdout.toString()).isEqualTo("term,definition\n".repeat(2));
    }

    @Test
    void aFifoIsWrittenThroughAndStaysAFifo() throws Exception {
        Path fifo = dir.resolve("fifo");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        CompletableFuture<byte[]> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(fifo);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        write(fifo, true);
        assertThat(reader.get(30, TimeUnit.SECONDS)).isEqualTo(BYTES);
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.isDirectory(fifo)).isFalse();
        assertThat(((Integer) Files.getAttribute(fifo, "unix:mode")) & 0170000).isEqualTo(0010000);
    }

    @Test
    void aLinkToACharacterDeviceIsWrittenThroughAndStaysALink() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("null"), Path.of("/dev/null"));
        write(link, true);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("/dev/null"));
    }

    @Test
    void aLinkToARegularFileReplacesTheTargetAndKeepsTheLink() throws IOException {
        Path real = Files.writeString(dir.resolve("real.csv"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real);
        assertThatThrownBy(() -> write(link, false)).hasMessageContaining("exists");
        write(link, true);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readAllBytes(real)).isEqualTo(BYTES);
    }

    @Test
    void aLinkToNothingADirectoryAndASocketAreRefusedWith74EvenWithForce() throws IOException {
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("nowhere"));
        Path directory = Files.createDirectory(dir.resolve("directory"));
        Path socket = dir.resolve("socket");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            for (Path path : new Path[] {dangling, directory, socket}) {
                assertThat(exitCode(() -> write(path, true))).as(path.toString()).isEqualTo(GlossaryException.IO);
            }
            assertThatThrownBy(() -> write(socket, true)).hasMessage(socket + ": cannot write: it is a socket;"
                    + " glossary writes only to files, FIFOs and character devices");
            assertThat(Files.isSymbolicLink(dangling)).isTrue();
            assertThat(Files.exists(dangling, LinkOption.NOFOLLOW_LINKS) && !Files.exists(dangling)).isTrue();
            assertThat(Files.isDirectory(directory)).isTrue();
            assertThat(Files.isRegularFile(socket)).isFalse();
        }
    }

    @Test
    void anEmptyNameIsAUsageError() {
        assertThatThrownBy(() -> write(Path.of(""), false))
                .hasMessage("-o \"\" names no file; give a file name (or - for standard output)")
                .matches(e -> ((GlossaryException) e).exitCode() == GlossaryException.USAGE);
    }

    @Test
    void systemErrorsAre74WithTheReason() throws IOException {
        Path notDirectory = Files.writeString(dir.resolve("plain"), "x");
        assertThatThrownBy(() -> write(notDirectory.resolve("x.csv"), false))
                .hasMessage(notDirectory.resolve("x.csv") + ": cannot write: not a directory")
                .matches(e -> ((GlossaryException) e).exitCode() == GlossaryException.IO);
        Path tooLong = dir.resolve("y".repeat(300));
        assertThatThrownBy(() -> write(tooLong, false)).hasMessageEndingWith(": cannot write: file name too long");
        assertThatThrownBy(() -> write(Path.of("/dev/full"), false))
                .hasMessage("/dev/full: cannot write: no space left on device");
    }
}
