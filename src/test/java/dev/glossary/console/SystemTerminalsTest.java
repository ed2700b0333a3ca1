package dev.glossary.console;

import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.terminal.spi.SystemStream;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.InfoCmp;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class SystemTerminalsTest {
    @Test
    void aSessionUsesTheTerminalWheneverInputIsOneShowingOnStandardErrorWhenOutputIsPiped() {
        assertThat(SystemTerminals.output(true, true, true)).isEqualTo(SystemStream.Output);
        assertThat(SystemTerminals.output(true, false, true)).isEqualTo(SystemStream.Error);
        assertThat(SystemTerminals.output(true, false, false)).as("no terminal to show on").isNull();
        assertThat(SystemTerminals.output(false, true, true)).as("input from a pipe").isNull();
    }

    @Test
    void thePipedTerminalHasExactlyTheCapabilitiesOfJLinesDumbEntry() throws IOException {
        InfoCmp.setLoadedInfoCmp(Terminal.TYPE_DUMB, InfoCmp.getDefaultInfoCmp(Terminal.TYPE_DUMB));
        try (Terminal ours = new SystemTerminals.PipedTerminal(new ByteArrayInputStream(new byte[0]),
                     new ByteArrayOutputStream());
             Terminal jlines = new DumbTerminal("jline", Terminal.TYPE_DUMB, new ByteArrayInputStream(new byte[0]),
                     new ByteArrayOutputStream(), StandardCharsets.UTF_8)) {
            int seen = 0;
            for (Capability c : Capability.values()) {
                assertThat(ours.getBooleanCapability(c)).as(c.name()).isEqualTo(jlines.getBooleanCapability(c));
                assertThat(ours.getNumericCapability(c)).as(c.name()).isEqualTo(jlines.getNumericCapability(c));
                assertThat(ours.getStringCapability(c)).as(c.name()).isEqualTo(jlines.getStringCapability(c));
                seen += jlines.getBooleanCapability(c) || jlines.getNumericCapability(c) != null
                        || jlines.getStringCapability(c) != null ? 1 : 0;
            }
            assertThat(seen).as("capabilities in JLine's dumb entry").isEqualTo(6);
        }
    }
}
