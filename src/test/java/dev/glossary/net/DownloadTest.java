package dev.glossary.net;

import dev.glossary.GlossaryException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Downloads from a real HTTP server on the loopback address. */
class DownloadTest {
    private final LoopbackServer server = newServer();
    private final Download download = new Download(Duration.ofSeconds(5), 1024);

    private static LoopbackServer newServer() {
        try {
            return new LoopbackServer();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Download.Result fetch(String path, Download.Conditions conditions) {
        return download.fetch(Link.parse(server.url(path)), conditions, Download.Progress.NONE);
    }

    @Test
    void aFileComesBackWithItsValidators() {
        server.handle("/deck.json", exchange -> {
            exchange.getResponseHeaders().set("ETag", "\"v1\"");
            exchange.getResponseHeaders().set("Last-Modified", "Mon, 02 Mar 2026 09:00:00 GMT");
            LoopbackServer.send(exchange, 200, "{}".getBytes(StandardCharsets.UTF_8));
        });

        Download.Fetched fetched = (Download.Fetched) fetch("/deck.json", Download.Conditions.NONE);

        assertThat(new String(fetched.body(), StandardCharsets.UTF_8)).isEqualTo("{}");
        assertThat(fetched.etag()).isEqualTo("\"v1\"");
        assertThat(fetched.lastModified()).isEqualTo("Mon, 02 Mar 2026 09:00:00 GMT");
        assertThat(server.requests("/deck.json").get(0).header("User-Agent")).isEqualTo("glossary");
    }

    @Test
    void theValidatorsAreSentBackAndAnUnchangedFileIsNotSentAgain() {
        server.file("/deck.json", "{}", "\"v1\"");

        Download.Result result = fetch("/deck.json", new Download.Conditions("\"v1\"", "Mon, 02 Mar 2026 09:00:00 GMT"));

        assertThat(result).isInstanceOf(Download.NotModified.class);
        LoopbackServer.Request sent = server.requests("/deck.json").get(0);
        assertThat(sent.header("If-None-Match")).isEqualTo("\"v1\"");
        assertThat(sent.header("If-Modified-Since")).isEqualTo("Mon, 02 Mar 2026 09:00:00 GMT");
    }

    @Test
    void fiveRedirectsAreFollowedAndASixthIsNot() {
        server.file("/deck.json", "{}", null);
        for (int i = 1; i <= 6; i++) {
            server.redirect("/hop" + i, i == 1 ? "/deck.json" : "/hop" + (i - 1));
        }

        assertThat(fetch("/hop5", Download.Conditions.NONE)).isInstanceOf(Download.Fetched.class);
        assertThatThrownBy(() -> fetch("/hop6", Download.Conditions.NONE))
                .isInstanceOf(GlossaryException.class)
                .hasMessage(server.url("/hop6") + ": the server redirected more than 5 times; open the link in a browser"
                        + " to find where the file really is");
    }

    @Test
    void aRedirectToPlainHttpElsewhereIsNotFollowed() {
        server.redirect("/moved", "http://example.org/deck.json");

        assertThatThrownBy(() -> fetch("/moved", Download.Conditions.NONE))
                .isInstanceOf(GlossaryException.class)
                .hasMessageContaining("the server redirected to http://example.org/deck.json, which was not followed:"
                        + " http:// is not encrypted");
    }

    @Test
    void notFoundSaysToCheckTheLink() {
        assertThatThrownBy(() -> fetch("/missing.json", Download.Conditions.NONE))
                .isInstanceOf(GlossaryException.class)
                .hasMessage(server.url("/missing.json") + ": nothing there (HTTP 404); check the link, or ask whoever"
                        + " shared it for the current one")
                .extracting(e -> ((GlossaryException) e).exitCode()).isEqualTo(GlossaryException.IO);
    }

    @Test
    void aBodyOverTheCapIsCutOffWhileItIsReadEvenWithoutALength() {
        server.handle("/endless", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 64; i++) {
                    out.write(new byte[100]);
                    out.flush();
                }
            } catch (IOException e) {
                // The client hung up at the cap, as it should.
            }
        });
        List<Long> seen = new ArrayList<>();

        assertThatThrownBy(() -> download.fetch(Link.parse(server.url("/endless")), Download.Conditions.NONE,
                (received, total) -> seen.add(received)))
                .isInstanceOf(GlossaryException.class)
                .hasMessageContaining("the file is over the 1 KB a deck may be");
        assertThat(seen).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(1024));
    }

    @Test
    void aLengthOverTheCapEndsTheDownloadBeforeItStarts() {
        server.handle("/huge", exchange -> {
            exchange.sendResponseHeaders(200, 60L * 1024 * 1024);
            exchange.getResponseBody().close();
        });

        assertThatThrownBy(() -> fetch("/huge", Download.Conditions.NONE))
                .isInstanceOf(GlossaryException.class)
                .hasMessageContaining("a deck may be");
    }

    @Test
    void aServerThatTricklesIsGivenUpOnAtTheTimeout() {
        Download quick = new Download(Duration.ofMillis(700), 1 << 20);
        server.handle("/slow", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 50; i++) {
                    out.write('{');
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (InterruptedException | IOException e) {
                // Stopped with the test.
            }
        });
        long start = System.nanoTime();

        assertThatThrownBy(() -> quick.fetch(Link.parse(server.url("/slow")), Download.Conditions.NONE,
                Download.Progress.NONE))
                .isInstanceOf(GlossaryException.class)
                .hasMessage(server.url("/slow") + ": no complete answer within 700 ms; check your connection and the link,"
                        + " then try again");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void aServerThatNeverAnswersIsGivenUpOnAtTheTimeout() {
        Download quick = new Download(Duration.ofMillis(500), 1 << 20);
        server.handle("/silent", exchange -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                // Stopped with the test.
            }
        });

        assertThatThrownBy(() -> quick.fetch(Link.parse(server.url("/silent")), Download.Conditions.NONE,
                Download.Progress.NONE))
                .isInstanceOf(GlossaryException.class)
                .hasMessageContaining("no complete answer within");
    }

    @Test
    void aServerNobodyListensOnCannotBeConnectedTo() throws IOException {
        String url;
        try (LoopbackServer gone = new LoopbackServer()) {
            url = gone.url("/deck.json");
        }

        assertThatThrownBy(() -> download.fetch(Link.parse(url), Download.Conditions.NONE, Download.Progress.NONE))
                .isInstanceOf(GlossaryException.class)
                .hasMessageStartingWith(url + ": cannot connect to 127.0.0.1");
    }
}
