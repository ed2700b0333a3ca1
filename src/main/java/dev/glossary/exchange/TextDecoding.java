package dev.glossary.exchange;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of an imported file: {@code TextDecoding.decode(bytes, null)}. A byte order mark says the encoding
 * (UTF-8, UTF-16 LE or BE, as Excel's "Unicode Text" writes); else the file must be UTF-8; else, when its bytes
 * are all windows-1252 (Excel's "CSV (Comma delimited)" on Windows in the Americas and Western Europe), it is read
 * as windows-1252 and {@link Decoded#note} says so. A teacher's {@code --encoding} overrides all of that.
 */
public final class TextDecoding {
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The text, and a sentence saying which encoding was assumed, or null when there was nothing to assume. */
    public record Decoded(String text, String note) {
    }

    /** Why the bytes are not text in any encoding tried: the line of the first bad byte and what to do. */
    public static final class NotText extends Exception {
        private final int line;

        NotText(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private TextDecoding() {
    }

    public static Decoded decode(byte[] bytes, Charset forced) throws NotText {
        if (forced != null) {
            try {
                return new Decoded(strict(forced, bytes, bom(bytes, forced)), null);
            } catch (CharacterCodingException e) {
                throw new NotText(lineOf(bytes, firstBad(forced, bytes)), "the file is not " + forced.name()
                        + " text from here on; check --encoding (UTF-8, UTF-16, windows-1252, ISO-8859-2 …)");
            }
        }
        if (starts(bytes, 0xEF, 0xBB, 0xBF)) {
            return utf8(bytes, 3);
        }
        if (starts(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE),
                    "read as UTF-16 (its byte order mark says so)");
        }
        if (starts(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE),
                    "read as UTF-16 (its byte order mark says so)");
        }
        return utf8(bytes, 0);
    }

    private static Decoded utf8(byte[] bytes, int offset) throws NotText {
        try {
            return new Decoded(strict(StandardCharsets.UTF_8, bytes, offset), null);
        } catch (CharacterCodingException e) {
            int bad = firstBad(StandardCharsets.UTF_8, bytes);
            try {
                String text = strict(WINDOWS_1252, bytes, offset);
                return new Decoded(text, "not UTF-8, so read as windows-1252, as Excel's \"CSV (Comma delimited)\""
                        + " saves on Windows (first such byte on line " + lineOf(bytes, bad) + "); if letters look"
                        + " wrong, give the right one with --encoding, or save the file as \"CSV UTF-8\"");
            } catch (CharacterCodingException e2) {
                throw new NotText(lineOf(bytes, bad), "not UTF-8 text (nor windows-1252); save it as UTF-8"
                        + " (Excel: \"CSV UTF-8\"), or name its encoding with --encoding");
            }
        }
    }

    private static String strict(Charset charset, byte[] bytes, int offset) throws CharacterCodingException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        return chars.toString();
    }

    /** Where the first byte that {@code charset} cannot read is. */
    private static int firstBad(Charset charset, byte[] bytes) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    private static int bom(byte[] bytes, Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) && starts(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
