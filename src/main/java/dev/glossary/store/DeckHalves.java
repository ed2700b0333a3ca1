package dev.glossary.store;

import com.fasterxml.jackson.core.JsonParser;
import dev.glossary.GlossaryException;
import dev.glossary.deck.DeckDraft;
import dev.glossary.deck.DeckDraft.TermDraft;
import dev.glossary.deck.DeckProblem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Parses a large deck file as two halves at once, one per core: the JSON parser is most of a first open of
 * a 100 000-term deck, and one thread of it leaves the second core idle.
 *
 * <p>The cut is made between two terms, on a line that opens a term: JSON strings cannot hold a raw line
 * break, so a line break is never inside a string, and in a deck only the deck itself and its terms are
 * objects. The first half is the file up to the comma before that term, closed with {@code ]}}; the second
 * is {@code [} and a line break, then the cut line with what precedes the term blanked, then the rest of the
 * file, so every column is the file's own and only line numbers need shifting. Anything unusual (a deck on one line, deck fields after
 * the terms, any problem at all in either half) gives {@code null}, and the caller parses the file whole,
 * which is what reports a problem exactly as it always has.
 */
final class DeckHalves {
    /** Below this, a second thread costs about what it saves. */
    static final long MIN_BYTES = 4L << 20;

    private static final byte[] CLOSE_DECK = "]}".getBytes(StandardCharsets.US_ASCII);
    /** The line break puts the cut line on line 2, where its columns are the file's own. */
    private static final byte[] OPEN_TERMS = "[\n".getBytes(StandardCharsets.US_ASCII);

    private DeckHalves() {
    }

    /** The file read in two halves, or null when it must be read whole. */
    static DeckReader.Reading read(String file, ByteBuffer bytes) {
        Cut cut = cutAt(bytes);
        if (cut == null) {
            return null;
        }
        // A failure in the second half, expected or not, only means reading the file whole, which reports it.
        CompletableFuture<Half> second = CompletableFuture.supplyAsync(() -> secondHalf(file, bytes, cut))
                .exceptionally(e -> null);
        DeckDraft first;
        int lastLine;
        InputStream firstHalf = new SequenceInputStream(new BufferInput(bytes.slice(0, cut.comma())),
                new ByteArrayInputStream(CLOSE_DECK));
        try (JsonParser p = DeckReader.JSON.createParser(firstHalf)) {
            List<DeckProblem> problems = new ArrayList<>();
            first = new DeckReader.DraftParser(file, p, problems).deck();
            if (!problems.isEmpty() || first.terms() == null) {
                second.join();
                return null;
            }
            lastLine = p.currentLocation().getLineNr();
        } catch (IOException | GlossaryException e) {
            second.join();
            return null;
        }
        Half rest = second.join();
        if (rest == null) {
            return null;
        }
        int cutLine = lastLine + lineBreaks(bytes, cut.comma(), cut.lineStart());
        List<TermDraft> terms = new ArrayList<>(first.terms().size() + rest.terms().size());
        terms.addAll(first.terms());
        for (TermDraft t : rest.terms()) {
            terms.add(new TermDraft(t.id(), t.term(), t.level(), t.category(), t.definition(), t.aliases(),
                    t.related(), t.same(), t.example(), t.tags(), cutLine + t.line() - 2, t.column()));
        }
        DeckDraft draft = new DeckDraft(first.format(), first.id(), first.name(), first.description(), terms);
        return new DeckReader.Reading(file, draft, List.of());
    }

    private record Half(List<TermDraft> terms) {}

    /** The terms from {@code lineStart} on, or null when they have a problem or the deck goes on after them. */
    private static Half secondHalf(String file, ByteBuffer bytes, Cut cut) {
        int lineStart = cut.lineStart();
        byte[] start = new byte[OPEN_TERMS.length + cut.open() - lineStart];
        System.arraycopy(OPEN_TERMS, 0, start, 0, OPEN_TERMS.length);
        Arrays.fill(start, OPEN_TERMS.length, start.length, (byte) ' ');
        InputStream in = new SequenceInputStream(new ByteArrayInputStream(start),
                new BufferInput(bytes.slice(cut.open(), bytes.limit() - cut.open())));
        try (JsonParser p = DeckReader.TERM_ARRAY_JSON.createParser(in)) {
            List<DeckProblem> problems = new ArrayList<>();
            List<TermDraft> terms = new DeckReader.DraftParser(file, p, problems).termArray();
            long end = lineStart + p.currentLocation().getByteOffset() - OPEN_TERMS.length;
            if (!problems.isEmpty() || terms == null || !onlyTheDecksEnd(bytes, (int) end)) {
                return null;
            }
            return new Half(terms);
        } catch (IOException | GlossaryException e) {
            return null;
        }
    }

    /**
     * Where to cut: the first line past the middle that opens a term, either as its first character ({@code {}
     * after a comma on an earlier line) or after the previous term's end ({@code }, {}, as Jackson's default
     * pretty printer writes). Null when there is none.
     */
    static Cut cutAt(ByteBuffer bytes) {
        for (int i = bytes.limit() / 2; i < bytes.limit(); i++) {
            if (bytes.get(i) != '\n') {
                continue;
            }
            int lineStart = i + 1;
            int first = nextNonSpace(bytes, lineStart);
            if (first >= bytes.limit()) {
                return null;
            }
            if (bytes.get(first) == '{') {
                int comma = previousNonSpace(bytes, i);
                if (comma >= 0 && bytes.get(comma) == ',') {
                    return new Cut(lineStart, first, comma);
                }
            } else if (bytes.get(first) == '}') {
                int comma = nextNonSpace(bytes, first + 1);
                int open = comma < bytes.limit() && bytes.get(comma) == ',' ? nextNonSpace(bytes, comma + 1) : -1;
                if (open > 0 && open < bytes.limit() && bytes.get(open) == '{') {
                    return new Cut(lineStart, open, comma);
                }
            }
        }
        return null;
    }

    /**
     * A cut: the first half ends before {@code comma}; the second starts at {@code open}, the term's brace, and
     * is read from {@code lineStart} with what comes before the brace on that line blanked out.
     */
    record Cut(int lineStart, int open, int comma) {}

    private static int nextNonSpace(ByteBuffer bytes, int from) {
        int i = from;
        while (i < bytes.limit() && (bytes.get(i) == ' ' || bytes.get(i) == '\t' || bytes.get(i) == '\r')) {
            i++;
        }
        return i;
    }

    private static int previousNonSpace(ByteBuffer bytes, int from) {
        int i = from;
        while (i >= 0 && isSpace(bytes.get(i))) {
            i--;
        }
        return i;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    /** After the terms' {@code ]}: nothing but the deck's closing brace and white space. */
    private static boolean onlyTheDecksEnd(ByteBuffer bytes, int from) {
        int i = from;
        while (i < bytes.limit() && isSpace(bytes.get(i))) {
            i++;
        }
        if (i >= bytes.limit() || bytes.get(i) != '}') {
            return false;
        }
        i++;
        while (i < bytes.limit() && isSpace(bytes.get(i))) {
            i++;
        }
        return i == bytes.limit();
    }

    /** Line breaks between two places, counted as the JSON parser counts them ("\r\n", "\n" or a lone "\r"). */
    private static int lineBreaks(ByteBuffer bytes, int from, int to) {
        int lines = 0;
        for (int i = from; i < to; i++) {
            if (bytes.get(i) == '\n' || (bytes.get(i) == '\r' && (i + 1 >= to || bytes.get(i + 1) != '\n'))) {
                lines++;
            }
        }
        return lines;
    }
}
