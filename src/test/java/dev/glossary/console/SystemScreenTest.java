package dev.glossary.console;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SystemScreenTest {
    @Test
    void whenNotATerminalOutputIsPlain() {
        // Surefire pipes the test JVM's stdout, so detection must see no terminal.
        assertThat(SystemScreen.detect(Map.of("TERM", "xterm-256color")).color()).isFalse();
    }
}
