package dev.glossary.exchange;

import dev.glossary.deck.DeckValidator;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Term ids made from names. Progress is keyed by id, so the same name must always give the same slug:
 * lower-case ASCII, accents stripped ("Café" gives "cafe"), every run of other characters one hyphen.
 */
final class Slugs {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern OTHER = Pattern.compile("[^a-z0-9]+");
    /** Long enough to tell terms apart, short enough to type; a whole sentence makes a poor id. */
    private static final int MAX_LENGTH = 60;

    private Slugs() {
    }

    static String of(String name) {
        String s = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        // Letters that are not an ASCII letter plus an accent, so NFKD leaves them whole.
        s = s.replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o").replace("ł", "l")
                .replace("đ", "d").replace("ð", "d").replace("þ", "th").replace("ı", "i");
        s = OTHER.matcher(s).replaceAll("-");
        s = trimHyphens(s);
        if (s.length() > MAX_LENGTH) {
            int cut = s.lastIndexOf('-', MAX_LENGTH);
            s = trimHyphens(s.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH));
        }
        return s.isEmpty() ? "term" : s;
    }

    /** The slug of {@code name}, or the first of slug-2, slug-3… that is not {@code taken}. */
    static String unique(String name, Set<String> taken) {
        String base = of(name);
        String candidate = base;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    /** The deck format's own rule for ids. */
    static boolean isSlug(String id) {
        return DeckValidator.isSlug(id);
    }

    private static String trimHyphens(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }
}
