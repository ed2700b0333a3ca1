package dev.glossary.console;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class StandardInputTest {
    @ParameterizedTest(name = "fd 0 on {0}: terminal {1}")
    @CsvSource(textBlock = """
            /dev/pts/3,        true
            /dev/tty1,         true
            /dev/ttyS0,        true
            /dev/console,      true
            pipe:[81234],      false
            /dev/null,         false
            /home/me/answers,  false
            socket:[5521],     false
            """)
    void tellsATerminalDeviceFromAPipeOrAFile(String target, boolean terminal) {
        assertThat(StandardInput.isTerminalDevice(target)).isEqualTo(terminal);
    }

    /** {@code glossary <&-}: the JVM filled descriptor 0 with a file of its own (the hostile review's F3). */
    @ParameterizedTest(name = "fd 0 on {0}: closed at start {1}")
    @CsvSource(textBlock = """
            /opt/jdk-17/lib/modules,                 true
            /opt/jdk-17/lib/server/classes.jsa,      true
            /work/glossary/target/glossary.jsa,      true
            /work/glossary/target/glossary.jar,      true
            /work/glossary/target/glossary-data.jar, true
            /opt/jdk-17-answers.txt,                 false
            /home/me/answers.txt,                    false
            pipe:[81234],                            false
            /dev/null,                               false
            """)
    void tellsTheJvmsOwnFilesFromAnInputTheCallerGave(String target, boolean closed) {
        assertThat(StandardInput.isRuntimeFile(target, "/opt/jdk-17",
                "/work/glossary/target/glossary-data.jar:/work/glossary/target/glossary.jar")).isEqualTo(closed);
    }
}
