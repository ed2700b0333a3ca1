package dev.glossary.net;

import dev.glossary.GlossaryException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Downloads one file from a {@link Link} with the JDK's HTTP client:
 * {@code new Download(Duration.ofSeconds(30), 50 << 20).fetch(link, Conditions.NONE, progress)}.
 *
 * <p>Redirects are followed by hand, at most {@value #MAX_REDIRECTS}, each checked as a link given on the command
 * line is (a deck on https never ends up fetched over plain http). The size cap is enforced while reading, so a
 * server that sends more than it announced, or announces nothing, is cut off at the cap; the timeout covers the
 * whole download, redirects included, so a server that trickles bytes is given up on as one that never answers.
 * A failure is a {@link GlossaryException} with a one-line message that says what to do.
 */
public final class Download {
    public static final int MAX_REDIRECTS = 5;

    private final Duration timeout;
    private final long maxBytes;

    public Download(Duration timeout, long maxBytes) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    /** The validators of a copy fetched before, sent so that the server can say it has not changed. */
    public record Conditions(String etag, String lastModified) {
        public static final Conditions NONE = new Conditions(null, null);
    }

    /** What a fetch gave: the file, or word that the copy held is still current. */
    public sealed interface Result permits Fetched, NotModified {
    }

    /** The body, where it came from after redirects, and the validators to send next time. */
    public record Fetched(URI from, byte[] body, String etag, String lastModified) implements Result {
    }

    public record NotModified(URI from) implements Result {
    }

    /** Told how much has arrived, from the client's threads; {@code total} is -1 when the server did not say. */
    public interface Progress {
        Progress NONE = (received, total) -> { };

        void received(long received, long total);
    }

    public Result fetch(Link link, Conditions conditions, Progress progress) {
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        URI uri = link.uri();
        for (int redirects = 0; ; redirects++) {
            HttpResponse<byte[]> response = send(client, request(uri, conditions, deadline), deadline, link, progress);
            int status = response.statusCode();
            if (isRedirect(status)) {
                if (redirects == MAX_REDIRECTS) {
                    throw failure(link, "the server redirected more than " + MAX_REDIRECTS + " times; open the link in"
                            + " a browser to find where the file really is");
                }
                uri = redirectTarget(link, uri, response.headers());
                continue;
            }
            if (status == 304) {
                return new NotModified(uri);
            }
            if (status >= 200 && status < 300) {
                HttpHeaders headers = response.headers();
                return new Fetched(uri, response.body(), headers.firstValue("ETag").orElse(null),
                        headers.firstValue("Last-Modified").orElse(null));
            }
            throw failure(link, statusMessage(status));
        }
    }

    private HttpRequest request(URI uri, Conditions conditions, long deadline) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET()
                .timeout(remaining(deadline))
                .header("Accept", "application/json, */*;q=0.5")
                .header("User-Agent", "glossary");
        if (conditions.etag() != null) {
            request.header("If-None-Match", conditions.etag());
        }
        if (conditions.lastModified() != null) {
            request.header("If-Modified-Since", conditions.lastModified());
        }
        return request.build();
    }

    private HttpResponse<byte[]> send(HttpClient client, HttpRequest request, long deadline, Link link,
                                      Progress progress) {
        CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(request,
                info -> info.statusCode() >= 200 && info.statusCode() < 300
                        ? new CappedBody(maxBytes, info.headers().firstValueAsLong("Content-Length").orElse(-1),
                        progress)
                        : HttpResponse.BodySubscribers.replacing(new byte[0]));
        try {
            return exchange.get(remaining(deadline).toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw timedOut(link);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new GlossaryException(GlossaryException.INTERRUPTED, link + ": download interrupted");
        } catch (ExecutionException e) {
            throw failure(link, e.getCause());
        }
    }

    /** What is left of the time the whole download may take; at least a millisecond, as zero means no limit. */
    private static Duration remaining(long deadline) {
        return Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime()));
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI redirectTarget(Link link, URI from, HttpHeaders headers) {
        Optional<String> location = headers.firstValue("Location");
        if (location.isEmpty()) {
            throw failure(link, "the server redirected without saying where to; open the link in a browser");
        }
        URI target;
        try {
            target = from.resolve(new URI(location.get().strip()));
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            throw failure(link, "the server redirected to a malformed address (" + location.get() + ")");
        }
        String problem = Link.problem(target);
        if (problem != null) {
            throw failure(link, "the server redirected to " + target + ", which was not followed: " + problem);
        }
        return target;
    }

    private static String statusMessage(int status) {
        return switch (status) {
            case 401, 403 -> "the server refused access (HTTP " + status + "); the link may be private or need a"
                    + " sign-in: ask for a public link to the raw file";
            case 404, 410 -> "nothing there (HTTP " + status + "); check the link, or ask whoever shared it for the"
                    + " current one";
            case 429 -> "the server asks to slow down (HTTP 429); try again in a few minutes";
            default -> status >= 500
                    ? "the server failed (HTTP " + status + "); try again later"
                    : "the server answered HTTP " + status + " instead of the file; check the link";
        };
    }

    private GlossaryException timedOut(Link link) {
        String limit = timeout.toMillis() < 1000 ? timeout.toMillis() + " ms" : timeout.toSeconds() + " s";
        return new GlossaryException(GlossaryException.IO, link + ": no complete answer within " + limit
                + "; check your connection and the link, then try again");
    }

    private GlossaryException failure(Link link, Throwable cause) {
        if (cause instanceof GlossaryException e) {
            return e;
        }
        if (cause instanceof TooLarge) {
            String cap = maxBytes >= 1 << 20 ? maxBytes / (1 << 20) + " MB" : maxBytes / 1024 + " KB";
            return failure(link, "the file is over the " + cap + " a deck may be; it is not a deck, or one to split"
                    + " into smaller decks");
        }
        if (cause instanceof HttpConnectTimeoutException || cause instanceof HttpTimeoutException) {
            return timedOut(link);
        }
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String host = link.uri().getHost();
        if (root instanceof UnresolvedAddressException || root instanceof java.net.UnknownHostException) {
            return failure(link, "cannot find the host " + host + "; check the link and your connection");
        }
        if (cause instanceof ConnectException || root instanceof ConnectException) {
            return failure(link, "cannot connect to " + host + (root.getMessage() == null ? ""
                    : " (" + root.getMessage() + ")") + "; check the link and your connection");
        }
        if (cause instanceof SSLException || root instanceof SSLException) {
            return failure(link, "the secure connection to " + host + " failed (" + root.getMessage() + "); the"
                    + " server's certificate may be wrong or your clock off");
        }
        if (cause instanceof IOException || root instanceof IOException) {
            return failure(link, "the download failed (" + (root.getMessage() == null ? root.getClass().getSimpleName()
                    : root.getMessage()) + "); try again");
        }
        return failure(link, "the download failed (" + cause + ")");
    }

    private static GlossaryException failure(Link link, String message) {
        return new GlossaryException(GlossaryException.IO, link + ": " + message);
    }

    /** The body was cut off at the cap. */
    private static final class TooLarge extends IOException {
        TooLarge() {
            super("over the size cap", null);
        }
    }

    /**
     * Collects the body up to the cap: a Content-Length over it ends the download before any byte is read, and
     * a body that grows past it is cancelled as soon as it does.
     */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final long max;
        private final long announced;
        private final Progress progress;
        private Flow.Subscription subscription;

        CappedBody(long max, long announced, Progress progress) {
            this.max = max;
            this.announced = announced;
            this.progress = progress;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            if (announced > max) {
                subscription.cancel();
                result.completeExceptionally(new TooLarge());
                return;
            }
            subscription.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                if (bytes.size() + (long) item.remaining() > max) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
            progress.received(bytes.size(), announced);
            subscription.request(1);
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }
}
