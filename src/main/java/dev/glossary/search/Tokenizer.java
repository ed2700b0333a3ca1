package dev.glossary.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits text into words for matching: lower case, accents stripped, anything but letters and digits a
 * separator. Each word keeps where it sits in the original text, so snippets can highlight it.
 *
 * <p>Optionally it also yields joins: two words written with one hyphen, dot or slash between them
 * ("Node.js", "e-mail") run together, so that "nodejs" and "email" find them.
 */
final class Tokenizer {
    /** One word: its folded text, and characters {@code start} to {@code end} (exclusive) of the original. */
    record Token(String text, int start, int end) {}

    /** Receives each word in a buffer that is reused for the next one: copy what you keep. */
    @FunctionalInterface
    interface Sink {
        void accept(char[] folded, int length, int start, int end);
    }

    private static final String JOINERS = "-./";
    /** ASCII letters and digits folded to lower case; 0 for everything else. */
    private static final char[] ASCII = new char[0x80];

    static {
        for (char c = '0'; c <= '9'; c++) {
            ASCII[c] = c;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII[c] = c;
            ASCII[Character.toUpperCase(c)] = c;
        }
    }

    private Tokenizer() {}

    /** The words and their joins, with their places. */
    static List<Token> wordsAndJoins(String text) {
        List<Token> tokens = new ArrayList<>();
        new Scanner(true).scan(text, (folded, length, start, end) ->
                tokens.add(new Token(new String(folded, 0, length), start, end)));
        return tokens;
    }

    /** Just the folded words, for names and queries, which need no places. */
    static List<String> foldedWords(String text) {
        return new Scanner(false).words(text);
    }

    /**
     * Yields words one at a time into reused buffers, so indexing a large deck allocates only for words it has
     * not seen before. Not thread-safe: one per builder.
     */
    static final class Scanner {
        private final boolean joins;
        private char[] word = new char[16];
        private int length;
        private char[] previous = new char[16];
        private int previousLength;
        private int previousStart;
        private int previousEnd;
        private char[] joined = {};

        Scanner(boolean joins) {
            this.joins = joins;
        }

        /** The folded words of {@code text} (and joins, if this scanner makes them) as strings. */
        List<String> words(String text) {
            List<String> words = new ArrayList<>();
            scan(text, (folded, length, start, end) -> words.add(new String(folded, 0, length)));
            return words;
        }

        void scan(String text, Sink sink) {
            length = 0;
            previousEnd = -2;
            int start = -1;
            int i = 0;
            int n = text.length();
            while (i < n) {
                char c = text.charAt(i);
                // Plain ASCII letters and digits, most of an English deck, take a table and no code points.
                char ascii = c < 0x80 ? ASCII[c] : 0;
                if (ascii != 0) {
                    if (start < 0) {
                        start = i;
                    }
                    if (length == word.length) {
                        word = Arrays.copyOf(word, length * 2);
                    }
                    word[length++] = ascii;
                    i++;
                    continue;
                }
                int cp = c < 0x80 ? c : text.codePointAt(i);
                int next = i + Character.charCount(cp);
                if (cp >= 0x80 && Character.isLetterOrDigit(cp)) {
                    if (start < 0) {
                        start = i;
                    }
                    fold(cp);
                } else if (start >= 0 && ((cp >= 0x80 && isMark(cp)) || isApostropheInWord(cp, text, next))) {
                    // A separately written accent belongs to its letter (no ASCII character is one, which spares
                    // the lookup at every space); "client's" stays one word so the stemmer can treat it as "client".
                } else if (start >= 0) {
                    emit(text, start, i, sink);
                    start = -1;
                }
                i = next;
            }
            if (start >= 0) {
                emit(text, start, n, sink);
            }
        }

        private void emit(String text, int start, int end, Sink sink) {
            if (length == 0) {
                return;
            }
            sink.accept(word, length, start, end);
            if (joins && start == previousEnd + 1 && JOINERS.indexOf(text.charAt(previousEnd)) >= 0) {
                int total = previousLength + length;
                if (joined.length < total) {
                    joined = new char[Math.max(32, total * 2)];
                }
                System.arraycopy(previous, 0, joined, 0, previousLength);
                System.arraycopy(word, 0, joined, previousLength, length);
                sink.accept(joined, total, previousStart, end);
            }
            char[] spare = previous;
            previous = word;
            word = spare;
            previousLength = length;
            previousStart = start;
            previousEnd = end;
            length = 0;
        }

        private void fold(int cp) {
            String decomposed = Normalizer.normalize(Character.toString(Character.toLowerCase(cp)), Normalizer.Form.NFD);
            decomposed.codePoints().filter(c -> !isMark(c)).forEach(this::append);
        }

        private void append(int cp) {
            if (length + 2 > word.length) {
                word = Arrays.copyOf(word, word.length * 2);
            }
            if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
                word[length++] = (char) cp;
            } else {
                length += Character.toChars(cp, word, length);
            }
        }
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isApostropheInWord(int cp, String text, int next) {
        return (cp == '\'' || cp == '\u2019') && next < text.length() && Character.isLetter(text.codePointAt(next));
    }
}
