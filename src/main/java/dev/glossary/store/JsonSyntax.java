package dev.glossary.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's syntax errors in words a reader can act on: {@code JsonSyntax.describe(e)} turns a deck's
 * "Unexpected character ('/' (code 47)): maybe a (non-standard) comment? (…ALLOW_COMMENTS…)" into
 * "comments are not allowed in JSON; remove the comment", and {@code problem(e)} says what is wrong with one of
 * the learner's own files (progress, config, review histories), which are read strictly. The caller puts the
 * file, line and column in front.
 */
final class JsonSyntax {
    /** A key given twice would be silently collapsed to its last value, and the next write would lose the rest. */
    static final JsonFactory STRICT = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /** "line: 1, column: 30" inside Jackson's description of where an array or object started. */
    private static final Pattern START = Pattern.compile("line: (\\d+), column: (\\d+)");
    private static final Pattern CHARACTER = Pattern.compile("^Unexpected character \\('(.+?)' \\(code \\d+\\)\\)");
    private static final Pattern TOKEN = Pattern.compile("token '(.*?)'");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");
    private static final Pattern RANGE = Pattern.compile("Numeric value \\((.*?)\\) out of range.*");
    private static final int SHOWN = 20;

    private JsonSyntax() {
    }

    /** {@code ":line:column"} of the error, to follow a file name; empty when Jackson does not know. */
    static String place(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null || at.getLineNr() < 1 ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
    }

    /**
     * What is wrong with a file glossary wrote itself, on one line. Such a file is not edited by hand, so a
     * file that ends early was cut short (a full disk, a copy stopped half way) rather than mistyped.
     */
    static String problem(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        int cut = m.indexOf('\n');
        m = (cut >= 0 ? m.substring(0, cut) : m).strip();
        if (m.startsWith("Unexpected end-of-input")) {
            String open = m.contains("close marker for Array") ? "the array"
                    : m.contains("close marker for Object") ? "the object" : null;
            return (open == null ? "the file ends in the middle of a value"
                    : "the file ends before " + open + started(m) + " is closed") + "; it looks cut short";
        }
        Matcher duplicate = DUPLICATE.matcher(m);
        if (duplicate.matches()) {
            return "the key \"" + cut(duplicate.group(1)) + "\" appears twice in one object; each key may appear once";
        }
        Matcher range = RANGE.matcher(m);
        if (range.matches()) {
            return "the number " + cut(range.group(1)) + " is too large";
        }
        return e instanceof StreamReadException read ? describe(read) : "not valid JSON: " + clean(m);
    }

    static String describe(StreamReadException e) {
        String m = e.getOriginalMessage();
        if (m.startsWith("Unexpected end-of-input")) {
            return endOfInput(m);
        }
        if (m.contains("maybe a (non-standard) comment")) {
            return "comments are not allowed in JSON; remove the comment";
        }
        if (m.startsWith("Unexpected close marker")) {
            Matcher c = Pattern.compile("marker '(.)': expected '(.)'").matcher(m);
            String opened = m.contains("for Array") ? "the array" : "the object";
            return (c.find() ? c.group(1) + " closes " + opened + started(m) + ", which needs " + c.group(2)
                    : "a bracket closes " + opened + started(m) + " with the wrong kind") + "; fix the brackets";
        }
        Matcher ch = CHARACTER.matcher(m);
        if (ch.find()) {
            return unexpected(ch.group(1), m);
        }
        if (m.startsWith("Unrecognized token") || m.startsWith("Non-standard token")) {
            Matcher t = TOKEN.matcher(m);
            String word = t.find() ? t.group(1) : "";
            return "'" + cut(word) + "' is not a JSON value; write text in double quotes, a number, true, false"
                    + " or null";
        }
        if (m.startsWith("Illegal unquoted character")) {
            return "a text holds a raw tab, line break or other control character; write it as \\t or \\n";
        }
        if (m.startsWith("Unrecognized character escape")) {
            return "a text holds an unknown escape after a backslash; write \\\\ for a backslash itself";
        }
        if (m.contains("Leading zeroes not allowed")) {
            return "a number starts with 0; write 1, not 01";
        }
        if (m.startsWith("Invalid UTF-8")) {
            return "the file is not UTF-8 text; save it as UTF-8";
        }
        return "not valid JSON: " + clean(m);
    }

    private static String endOfInput(String m) {
        if (m.contains("close marker for Array")) {
            return "the file ends before the array" + started(m) + " is closed; add the missing ]";
        }
        if (m.contains("close marker for Object")) {
            return "the file ends before the object" + started(m) + " is closed; add the missing }";
        }
        if (m.contains("VALUE_STRING") || m.contains("String value")) {
            return "the file ends inside a quoted text; add the closing double quote";
        }
        return "the file ends too early; check for a missing ] or }";
    }

    private static String unexpected(String character, String m) {
        if (character.equals("'")) {
            return "JSON needs double quotes around names and text, not single quotes";
        }
        if (m.contains("double-quote to start field name")) {
            if (character.equals("}")) {
                return "a field name was expected after the comma; remove the comma before }";
            }
            return character.equals(",") ? "a field name was expected, not another comma; remove the extra comma"
                    : "a field name in double quotes was expected, not " + character;
        }
        if (m.contains("expected a value") || m.contains("expected a valid value")) {
            return character.equals("]") ? "a value was expected after the comma; remove the comma before ]"
                    : "a value was expected, not " + character + "; text goes in double quotes";
        }
        if (m.contains("comma to separate Array entries")) {
            return "a comma is missing between two items of a list";
        }
        if (m.contains("comma to separate Object entries")) {
            return "a comma is missing between two fields";
        }
        if (m.contains("colon to separate field name and value")) {
            return "a colon is missing between a field name and its value";
        }
        return "unexpected " + character + "; " + clean(m.substring(m.indexOf(':') + 1).strip());
    }

    /** " opened at line 1, column 30", from the start marker Jackson puts in its message. */
    private static String started(String m) {
        Matcher at = START.matcher(m);
        return at.find() ? " opened at line " + at.group(1) + ", column " + at.group(2) : "";
    }

    /** Jackson's own wording minus its internals: source descriptions, feature names, character codes. */
    static String clean(String m) {
        int cut = m.indexOf('\n');
        String first = cut >= 0 ? m.substring(0, cut) : m;
        return first.replaceAll("\\s*\\((?:start marker at |for \\w+ starting at )?\\[Source:[^\\]]*\\]\\)", "")
                .replaceAll("\\s*\\[Source:[^\\]]*\\]", "")
                .replaceAll(",? from `[^`]*`", "")
                .replaceAll("`", "")
                .replaceAll(" \\(code \\d+\\)", "")
                .strip();
    }

    private static String cut(String s) {
        return s.length() <= SHOWN ? s : s.substring(0, SHOWN) + "…";
    }
}
