package dev.glossary.store;

import dev.glossary.GlossaryException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;

/**
 * The bytes of a deck file checked as text before Jackson parses them: {@code DeckText.check(file, bytes)}.
 *
 * <p>Jackson decodes UTF-8 leniently: an overlong sequence ({@code C0 AF} for "/") is read as the character it
 * spells, and two bytes such as a NUL before "{" make it guess UTF-16 and report a character nobody wrote.
 * Here a file is UTF-16 or UTF-32 only when it starts with a byte order mark or with the pattern of zero bytes
 * RFC 4627 describes for JSON text (those Jackson reads itself); anything else must be valid UTF-8 (RFC 3629: no
 * overlong form, no surrogate, nothing past U+10FFFF), or it is refused with the offset of the first bad byte.
 */
final class DeckText {
    private static final long ASCII_MASK = 0x8080808080808080L;

    private DeckText() {
    }

    /** Throws a {@link GlossaryException} (65) naming the byte, its line, and what to do. */
    static void check(String file, ByteBuffer bytes) {
        if (isUtf16Or32(bytes)) {
            return;
        }
        if (bytes.limit() >= 2 && (bytes.get(0) == 0 || bytes.get(1) == 0)) {
            int at = bytes.get(0) == 0 ? 0 : 1;
            throw GlossaryException.badData(file + ": byte " + at + " (line 1): a NUL byte where the deck's JSON"
                    + " should start; the file is damaged or is not a deck");
        }
        int bad = firstInvalidUtf8(bytes);
        if (bad >= 0) {
            throw GlossaryException.badData(file + ": byte " + bad + " (line " + lineAt(bytes, bad) + "): the file is"
                    + " not UTF-8 text (an invalid or overlong sequence); save it as UTF-8");
        }
    }

    /** A byte order mark, or RFC 4627's patterns: 00 00 00 xx, 00 xx 00 xx, xx 00 00 00, xx 00 xx 00. */
    private static boolean isUtf16Or32(ByteBuffer b) {
        int n = b.limit();
        int b0 = n > 0 ? b.get(0) & 0xFF : -1;
        int b1 = n > 1 ? b.get(1) & 0xFF : -1;
        if (b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE) {
            return true;
        }
        if (n < 4) {
            return false;
        }
        boolean z0 = b0 == 0;
        boolean z1 = b1 == 0;
        boolean z2 = b.get(2) == 0;
        boolean z3 = b.get(3) == 0;
        return z0 && z1 && z2 && !z3 || z0 && !z1 && z2 && !z3 || !z0 && z1 && z2 && z3 || !z0 && z1 && !z2 && z3;
    }

    /**
     * The offset of the first byte that does not start a valid UTF-8 sequence, or -1. Eight ASCII bytes at a time
     * are passed over at once: a deck is mostly ASCII, and this runs over every byte of a file of up to 50 MB.
     */
    static int firstInvalidUtf8(ByteBuffer b) {
        int n = b.limit();
        int i = 0;
        while (i < n) {
            if (i + 8 <= n && (b.getLong(i) & ASCII_MASK) == 0) {
                i += 8;
                continue;
            }
            int c = b.get(i) & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int length;
            int min;
            int max = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                length = 2;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                length = 3;
                // E0 must not be overlong; ED must not encode a surrogate.
                min = c == 0xE0 ? 0xA0 : 0x80;
                max = c == 0xED ? 0x9F : 0xBF;
            } else if (c >= 0xF0 && c <= 0xF4) {
                length = 4;
                // F0 must not be overlong; F4 must stay within U+10FFFF.
                min = c == 0xF0 ? 0x90 : 0x80;
                max = c == 0xF4 ? 0x8F : 0xBF;
            } else {
                return i;
            }
            if (i + length > n) {
                return i;
            }
            int second = b.get(i + 1) & 0xFF;
            if (second < min || second > max) {
                return i;
            }
            for (int k = 2; k < length; k++) {
                int next = b.get(i + k) & 0xFF;
                if (next < 0x80 || next > 0xBF) {
                    return i;
                }
            }
            i += length;
        }
        return -1;
    }

    private static int lineAt(ByteBuffer b, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (b.get(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * All of a stream's bytes, at most {@code max} of them: a deck from a pipe ({@code /dev/stdin}, {@code <(…)})
     * has no size to check first, and one that never ends ({@code <(yes '')}) must end here rather than fill memory.
     */
    static ByteBuffer readAtMost(String file, InputStream in, long max) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (bytes.length > max) {
            throw GlossaryException.badData(file + ": the input is over the 50 MB limit for a deck; split it into"
                    + " smaller decks");
        }
        return ByteBuffer.wrap(bytes);
    }
}
