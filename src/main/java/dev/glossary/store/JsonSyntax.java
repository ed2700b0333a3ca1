package dev.glossary.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The learner's JSON files (progress, config, review histories) are read strictly, and Jackson's parse
 * errors are turned into one plain line: Jackson's own messages carry "[Source: REDACTED …]" notes and
 * Java type names a learner cannot act on.
 */
final class JsonSyntax {
    /** A key given twice would be silently collapsed to its last value, and the next write would lose the rest. */
    static final JsonFactory STRICT = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)]");
    private static final Pattern START = Pattern.compile(
            "expected close marker for (Object|Array) \\(start marker at line (\\d+), column (\\d+)\\)");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");
    private static final Pattern RANGE = Pattern.compile("Numeric value \\((.*?)\\) out of range.*");

    private JsonSyntax() {
    }

    /** {@code ":line:column"} of the error, to follow a file name; empty when Jackson does not know. */
    static String place(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null || at.getLineNr() < 1 ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
    }

    /** What is wrong, in a few plain words and on one line. */
    static String problem(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        int cut = m.indexOf('\n');
        m = (cut >= 0 ? m.substring(0, cut) : m).strip();
        m = SOURCE.matcher(m).replaceAll("line $1, column $2");
        if (m.startsWith("Unexpected end-of-input")) {
            Matcher start = START.matcher(m);
            return start.find()
                    ? "the file ends before the " + (start.group(1).equals("Object") ? "object" : "array")
                            + " opened at line " + start.group(2) + ", column " + start.group(3)
                            + " is closed; it looks cut short"
                    : "the file ends in the middle of a value; it looks cut short";
        }
        Matcher duplicate = DUPLICATE.matcher(m);
        if (duplicate.matches()) {
            return "the key \"" + duplicate.group(1) + "\" appears twice in one object; each key may appear once";
        }
        Matcher range = RANGE.matcher(m);
        if (range.matches()) {
            return "the number " + range.group(1) + " is too large";
        }
        return "not valid JSON: " + m;
    }
}
