package dev.glossary.e2e;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The launcher's Java check, run against a stand-in {@code java} that only reports a version. */
class LauncherJavaCheckTest {
    @TempDir
    Path bin;

    @ParameterizedTest
    @CsvSource({"1.8.0_392, 8", "1.7.0_80, 7", "11.0.21, 11"})
    void anOldJavaIsNamedByItsRealMajorVersion(String reported, String major) throws Exception {
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho 'openjdk version \"" + reported + "\" 2023-10-17' >&2\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        ProcessBuilder launcher = new ProcessBuilder("bash", Path.of("bin/glossary").toAbsolutePath().toString(),
                "--version")
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        // The stand-in comes first on the PATH, so it is the java the launcher finds.
        launcher.environment().put("PATH", bin + File.pathSeparator + "/usr/bin" + File.pathSeparator + "/bin");
        Process p = launcher.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(err).startsWith("glossary: " + java + " is Java " + major
                + "; glossary needs Java 17 or later. Install it with one of:");
    }
}
