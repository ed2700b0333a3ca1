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
}
