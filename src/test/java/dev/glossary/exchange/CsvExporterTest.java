package dev.glossary.exchange;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvExporterTest {

    @Test
    void writesAHeaderRowThenOneQuotedWhereNeededRowPerTerm() throws IOException {
        StringWriter out = new StringWriter();
        new CsvExporter().write(SampleDeck.validated(List.of(SampleDeck.TCP, SampleDeck.UDP, SampleDeck.CAFE)), out);

        assertThat(out.toString()).isEqualTo(String.join("\r\n",
                "term,definition,level,aliases,tags,example,category,id,related,same",
                "TCP,\"Transmission Control Protocol, a reliable byte stream.\nStarts with a handshake.\",beginner,"
                        + "Transmission Control Protocol,networking;protocols::transport,\"SYN, SYN-ACK, ACK\","
                        + "networking,tcp,udp,",
                "UDP,\"Datagrams: no \"\"delivery\"\" promise, no order (&amp; stays as typed).\",intermediate,,"
                        + "networking,,networking,udp,tcp,",
                "Café,\"1. Coffee.\n- Not a list.\n\n> Not a quote either.\",intermediate,Caffè;Kaffee,drinks,,,"
                        + "cafe,,",
                ""));
    }
}
