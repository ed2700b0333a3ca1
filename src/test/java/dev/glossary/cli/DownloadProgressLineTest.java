package dev.glossary.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class DownloadProgressLineTest {
    private static final long MB = 1 << 20;

    @Test
    void aSmallDownloadShowsNothing() {
        StringWriter err = new StringWriter();
        DownloadProgressLine line = new DownloadProgressLine(new PrintWriter(err), "https://example.org/d.json");
        line.received(300_000, 900_000);
        line.received(900_000, 900_000);
        line.finish();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aLargeOneRewritesOneLineAsItGrowsAndEndsIt() {
        StringWriter err = new StringWriter();
        DownloadProgressLine line = new DownloadProgressLine(new PrintWriter(err), "https://example.org/d.json");
        line.received(MB / 2, 3 * MB);
        line.received(MB / 2 + 10, 3 * MB);
        line.received(3 * MB, 3 * MB);
        line.finish();
        assertThat(err.toString()).isEqualTo("\rdownloading https://example.org/d.json: 0.5 of 3.0 MB"
                + "\rdownloading https://example.org/d.json: 3.0 of 3.0 MB" + System.lineSeparator());
    }

    @Test
    void withoutALengthItShowsWhatArrivedOnceOverAMegabyte() {
        StringWriter err = new StringWriter();
        DownloadProgressLine line = new DownloadProgressLine(new PrintWriter(err), "https://example.org/d.json");
        line.received(MB / 2, -1);
        line.received(2 * MB, -1);
        assertThat(err.toString()).isEqualTo("\rdownloading https://example.org/d.json: 2.0 MB");
    }
}
