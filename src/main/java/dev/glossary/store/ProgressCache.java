package dev.glossary.store;

import dev.glossary.progress.Progress;
import dev.glossary.progress.Review;
import dev.glossary.progress.StudyFlags;
import dev.glossary.progress.TermHistory;
import dev.glossary.progress.UndoneAnswer;
import dev.glossary.srs.Card;
import dev.glossary.srs.CardState;
import dev.glossary.srs.Rating;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A binary copy of what {@code progress.json} decodes to, in the learner's {@code cache/}. Decoding the
 * JSON is most of a one-shot's start-up once a learner has a history (Jackson's set-up, then an
 * {@link Instant#parse} per review, all in a cold JVM); the copy is read in a fraction of that.
 *
 * <p>The copy is tied to the JSON's bytes, not to the file's size and time: it records the length and two
 * checksums (CRC-32C and CRC-32) of the JSON it stands for, and is used only for JSON with all three the
 * same. A file changed in any way, by another session, a restore or an editor, is therefore decoded (and
 * checked) again. progress.json stays the one source of truth: the copy can be deleted at any time.
 */
final class ProgressCache {
    private static final int MAGIC = 0x474c5052;
    /**
     * Bump when the layout below changes, or the checks a file must pass to be decoded, so that an older copy is
     * simply not used (4: reviews before 2000 are refused; 5: study flags and answers taken back; 6: a review's
     * confusedWith and pairedWith).
     */
    static final int FORMAT = 6;

    private final Path file;

    ProgressCache(Path file) {
        this.file = file;
    }

    /** The progress {@code json} decodes to, when the copy was made from these very bytes; else null. */
    Progress read(byte[] json) {
        ByteBuffer in = CacheFiles.readMadeFrom(file, MAGIC, FORMAT, json);
        try {
            return in == null ? null : progress(in);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Keeps {@code progress} as what {@code json} decodes to; a copy that cannot be written is no loss. */
    void write(byte[] json, Progress progress) {
        CacheFiles.writeMadeFrom(file, MAGIC, FORMAT, json, out -> write(out, progress));
    }

    private static void write(DataOutputStream out, Progress progress) throws IOException {
        out.writeInt(progress.decks().size());
        for (var deck : progress.decks().entrySet()) {
            writeString(out, deck.getKey());
            out.writeInt(deck.getValue().size());
            for (var term : deck.getValue().entrySet()) {
                writeString(out, term.getKey());
                writeCard(out, term.getValue().card());
                List<Review> reviews = term.getValue().reviews();
                out.writeInt(reviews.size());
                for (Review r : reviews) {
                    writeInstant(out, r.at());
                    out.writeByte(r.rating().value());
                    writeString(out, r.mode());
                    out.writeLong(r.answerMillis());
                    out.writeBoolean(r.cram());
                    writeOptionalString(out, r.confusedWith());
                    writeOptionalString(out, r.pairedWith());
                }
                writeFlags(out, term.getValue().flags());
                out.writeInt(term.getValue().undone().size());
                for (UndoneAnswer u : term.getValue().undone()) {
                    writeInstant(out, u.at());
                    writeString(out, u.mode());
                    out.writeBoolean(u.cram());
                    writeInstant(out, u.undoneAt());
                }
            }
        }
    }

    private static void writeFlags(DataOutputStream out, StudyFlags flags) throws IOException {
        out.writeBoolean(flags.suspended());
        writeOptionalInstant(out, flags.suspendSetAt());
        writeOptionalInstant(out, flags.buriedUntil());
        writeOptionalInstant(out, flags.burySetAt());
    }

    private static void writeOptionalString(DataOutputStream out, String text) throws IOException {
        out.writeBoolean(text != null);
        if (text != null) {
            writeString(out, text);
        }
    }

    private static void writeOptionalInstant(DataOutputStream out, Instant at) throws IOException {
        out.writeBoolean(at != null);
        if (at != null) {
            writeInstant(out, at);
        }
    }

    private static void writeCard(DataOutputStream out, Card c) throws IOException {
        out.writeByte(c.state().code());
        out.writeDouble(c.stability());
        out.writeDouble(c.difficulty());
        writeInstant(out, c.due());
        out.writeBoolean(c.lastReview() != null);
        if (c.lastReview() != null) {
            writeInstant(out, c.lastReview());
        }
        out.writeInt(c.learningSteps());
        out.writeInt(c.reps());
        out.writeInt(c.lapses());
        out.writeInt(c.scheduledDays());
        out.writeInt(c.elapsedDays());
    }

    private static void writeInstant(DataOutputStream out, Instant at) throws IOException {
        out.writeLong(at.getEpochSecond());
        out.writeInt(at.getNano());
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static Progress progress(ByteBuffer in) {
        int deckCount = in.getInt();
        Map<String, Map<String, TermHistory>> decks = new LinkedHashMap<>();
        for (int d = 0; d < deckCount; d++) {
            String deckId = readString(in);
            int termCount = in.getInt();
            Map<String, TermHistory> terms = new LinkedHashMap<>();
            for (int t = 0; t < termCount; t++) {
                String termId = readString(in);
                Card card = readCard(in);
                int reviewCount = in.getInt();
                if (reviewCount < 0 || reviewCount > in.remaining()) {
                    throw new IllegalArgumentException("a term's reviews do not fit the copy");
                }
                List<Review> reviews = new ArrayList<>(reviewCount);
                for (int r = 0; r < reviewCount; r++) {
                    reviews.add(new Review(readInstant(in), Rating.of(in.get()), readString(in), in.getLong(),
                            in.get() != 0, readOptionalString(in), readOptionalString(in)));
                }
                StudyFlags flags = new StudyFlags(in.get() != 0, readOptionalInstant(in), readOptionalInstant(in),
                        readOptionalInstant(in));
                int undoneCount = in.getInt();
                if (undoneCount < 0 || undoneCount > in.remaining()) {
                    throw new IllegalArgumentException("a term's undone answers do not fit the copy");
                }
                List<UndoneAnswer> undone = new ArrayList<>(undoneCount);
                for (int u = 0; u < undoneCount; u++) {
                    undone.add(new UndoneAnswer(readInstant(in), readString(in), in.get() != 0, readInstant(in)));
                }
                terms.put(termId, new TermHistory(card, reviews, flags, undone));
            }
            decks.put(deckId, terms);
        }
        if (in.hasRemaining()) {
            throw new IllegalArgumentException("bytes after the progress");
        }
        return Progress.of(decks);
    }

    private static Card readCard(ByteBuffer in) {
        CardState state = CardState.of(in.get());
        double stability = in.getDouble();
        double difficulty = in.getDouble();
        Instant due = readInstant(in);
        Instant last = in.get() != 0 ? readInstant(in) : null;
        return new Card(state, stability, difficulty, due, last, in.getInt(), in.getInt(), in.getInt(), in.getInt(),
                in.getInt());
    }

    private static String readOptionalString(ByteBuffer in) {
        return in.get() != 0 ? readString(in) : null;
    }

    private static Instant readOptionalInstant(ByteBuffer in) {
        return in.get() != 0 ? readInstant(in) : null;
    }

    private static Instant readInstant(ByteBuffer in) {
        return Instant.ofEpochSecond(in.getLong(), in.getInt());
    }

    private static String readString(ByteBuffer in) {
        byte[] bytes = new byte[in.getInt()];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
