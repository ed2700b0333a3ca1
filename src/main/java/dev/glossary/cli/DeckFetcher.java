package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.net.Download;
import dev.glossary.net.Link;
import dev.glossary.store.DeckOrigins.DeckOrigin;
import dev.glossary.store.DeckReader;
import dev.glossary.term.SafeText;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Reads a deck from where a teacher shared it, a link or a file, for {@code deck install}, {@code deck update}
 * and {@code deck validate}: {@code new DeckFetcher(session, err).fetch("https://…/course.json", null)}. A link
 * is downloaded (a progress line on a terminal for a large file, a warning for plain http to this machine) and
 * read as a file would be; the deck is not checked against the rules here, so a caller can list every problem.
 */
final class DeckFetcher {
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Session session;
    private final PrintWriter err;

    DeckFetcher(Session session, PrintWriter err) {
        this.session = session;
        this.err = err;
    }

    /**
     * What a fetch gave: the deck as read (null when the link said the copy held is current), and what to
     * remember of its source for the next update.
     */
    record Fetched(DeckReader.Reading reading, DeckOrigin origin) {
        boolean notModified() {
            return reading == null;
        }
    }

    /**
     * @param previous what was remembered of this source at the last install, so that an unchanged link is not
     *                 downloaded again; null to fetch it whatever
     */
    Fetched fetch(String source, DeckOrigin previous) {
        if (source.regionMatches(true, 0, "file:", 0, 5)) {
            try {
                return fromFile(Path.of(URI.create(source)));
            } catch (IllegalArgumentException e) {
                throw new GlossaryException(GlossaryException.USAGE, source + ": not a file link this app can read ("
                        + e.getMessage() + "); give the file's path instead");
            }
        }
        if (!Link.looksLikeLink(source)) {
            return fromFile(Path.of(source));
        }
        Link link = Link.parse(source);
        if (link.insecure()) {
            err.println("warning: " + SafeText.line(link.toString()) + " is plain http, which is not encrypted;"
                    + " it is accepted for this machine only, to try a deck out");
            err.flush();
        }
        boolean same = previous != null && previous.source().equals(link.toString());
        Download.Conditions conditions = same ? new Download.Conditions(previous.etag(), previous.lastModified())
                : Download.Conditions.NONE;
        DownloadProgressLine progress = new DownloadProgressLine(err, SafeText.line(link.toString()));
        Download.Result result;
        try {
            result = new Download(TIMEOUT, DeckReader.MAX_FILE_BYTES).fetch(link, conditions,
                    session.screen().terminal() ? progress : Download.Progress.NONE);
        } finally {
            progress.finish();
        }
        if (result instanceof Download.NotModified) {
            return new Fetched(null, previous);
        }
        Download.Fetched fetched = (Download.Fetched) result;
        String notADeck = notADeck(fetched.body());
        if (notADeck != null) {
            throw GlossaryException.badData(link + ": " + notADeck);
        }
        DeckReader.Reading reading = DeckReader.read(link.toString(), new ByteArrayInputStream(fetched.body()));
        return new Fetched(reading, new DeckOrigin(link.toString(), fetched.etag(), fetched.lastModified()));
    }

    private static Fetched fromFile(Path file) {
        return new Fetched(DeckReader.read(file), DeckOrigin.of(file.toAbsolutePath().normalize().toString()));
    }

    /**
     * What a link gave instead of a deck, when it is plain to see: a web page (the usual mistake, a link to the
     * page that shows the file rather than to the file) or a zip file such as an Anki package.
     */
    static String notADeck(byte[] body) {
        String start = new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1)
                .replace("\u00ef\u00bb\u00bf", "").stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("<")) {
            return "the link gives a web page, not a deck file; link to the file itself (on GitHub or GitLab, the"
                    + " address of the Raw button)";
        }
        if (start.startsWith("pk\u0003\u0004")) {
            return "the link gives a zip file (an Anki package?), not a deck; download it, then make a deck of it"
                    + " with: glossary deck import FILE -o deck.json";
        }
        return null;
    }
}
