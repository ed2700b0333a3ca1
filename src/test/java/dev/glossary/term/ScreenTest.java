package dev.glossary.term;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ScreenTest {
    @Test
    void noColorTurnsColourOff() {
        assertThat(Screen.colourAllowed(Map.of("NO_COLOR", "1", "TERM", "xterm-256color"))).isFalse();
    }

    @Test
    void anEmptyNoColorIsIgnoredAsTheConventionSays() {
        assertThat(Screen.colourAllowed(Map.of("NO_COLOR", "", "TERM", "xterm"))).isTrue();
    }

    @Test
    void aDumbTerminalGetsNoColour() {
        assertThat(Screen.colourAllowed(Map.of("TERM", "dumb"))).isFalse();
    }

    @Test
    void widthFallsBackToColumnsThenEighty() {
        assertThat(Screen.columns(Map.of("COLUMNS", "120"))).isEqualTo(120);
        assertThat(Screen.columns(Map.of("COLUMNS", "wide"))).isEqualTo(80);
        assertThat(Screen.columns(Map.of())).isEqualTo(80);
    }

    @Test
    void painterLeavesTextAloneWithoutColour() {
        assertThat(new Painter(false).bold("x")).isEqualTo("x");
        assertThat(new Painter(true).bold("x")).contains("\u001b[").contains("x");
    }
}
