package dev.glossary.exchange;

import java.io.IOException;
import java.io.Reader;
import java.util.Objects;

/**
 * Reads a Quizlet export: one card per line, term and definition separated by a tab. Quizlet lets the teacher
 * choose both separators when exporting, and so does this importer:
 * {@code new QuizletImporter(" - ", "\n\n").read(reader, options)}. Each card is split at the first term
 * separator; both sides are trimmed. Line breaks are read alike whether written as LF, CRLF or CR.
 */
public final class QuizletImporter implements DeckImporter {
    private final String termSeparator;
    private final String cardSeparator;

    /** Quizlet's default export: a tab between term and definition, a line break between cards. */
    public QuizletImporter() {
        this("\t", "\n");
    }

    public QuizletImporter(String termSeparator, String cardSeparator) {
        Objects.requireNonNull(termSeparator, "termSeparator");
        Objects.requireNonNull(cardSeparator, "cardSeparator");
        this.termSeparator = normalise(termSeparator);
        this.cardSeparator = normalise(cardSeparator);
        if (this.termSeparator.isEmpty() || this.cardSeparator.isEmpty()) {
            throw new IllegalArgumentException("separators must not be empty");
        }
        // Cards are split first, so a term separator holding the card separator could never be found.
        if (this.termSeparator.contains(this.cardSeparator)) {
            throw new IllegalArgumentException("the term separator must not hold the card separator");
        }
    }

    @Override
    public ImportResult read(Reader in, ImportOptions options) throws IOException {
        SourceText raw = SourceText.read(in);
        if (raw.tooLarge()) {
            return ImportResult.failed(new ImportProblem(0, SourceText.TOO_LARGE));
        }
        // One kind of line break, so that a separator such as "\n\n" matches files written on any system.
        SourceText source = SourceText.of(normalise(raw.text()));
        String text = source.text();
        TermCollector collector = new TermCollector(options);
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf(cardSeparator, start);
            if (end < 0) {
                end = text.length();
            }
            card(source, start, end, collector);
            start = end + cardSeparator.length();
        }
        return collector.result();
    }

    private void card(SourceText source, int start, int end, TermCollector collector) {
        String text = source.text();
        int first = start;
        while (first < end && Character.isWhitespace(text.charAt(first)) && !termSeparator.startsWith(
                String.valueOf(text.charAt(first)))) {
            first++;
        }
        String card = text.substring(first, end);
        if (card.isBlank()) {
            return;
        }
        int line = source.lineAt(first);
        int split = card.indexOf(termSeparator);
        if (split < 0) {
            collector.reject(line, TermCollector.quote(card) + " has no " + describe(termSeparator)
                    + " between the term and its definition; " + hint(source.text(), line));
            return;
        }
        collector.add(Row.of(line, card.substring(0, split), card.substring(split + termSeparator.length())));
    }

    /**
     * What the teacher most likely has to change: a file without a single term separator was exported with
     * another one; a card without one in a file that has them is most likely a definition that went on over a
     * line break, which Quizlet's default export cannot tell from a new card.
     */
    private String hint(String text, int line) {
        if (!text.contains(termSeparator)) {
            for (String[] named : new String[][] {{"\t", "tab"}, {",", "comma"}, {";", "semicolon"}, {" - ", "' - '"}}) {
                if (!named[0].equals(termSeparator) && text.contains(named[0])) {
                    return "the file has none, so it was exported with another one: try --term-separator " + named[1];
                }
            }
            return "give the one Quizlet put there with --term-separator";
        }
        return line > 1 && cardSeparator.equals("\n")
                ? "if it goes on from the card above, that definition has a line break: in Quizlet export again with"
                + " a custom row separator (such as ;;) and give it with --card-separator"
                : "add one, or leave the card out with --skip-bad";
    }

    private static String normalise(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String describe(String separator) {
        return switch (separator) {
            case "\t" -> "tab";
            case "\n" -> "line break";
            default -> "\"" + separator.replace("\t", "\\t").replace("\n", "\\n") + "\"";
        };
    }
}
