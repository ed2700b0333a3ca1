package dev.glossary.deck;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Ids made from names, for terms and decks alike: {@code Slugs.of("Café Crème")} is {@code cafe-creme}, and
 * {@code Slugs.assign(names, taken)} gives a whole file's names unique ids. Progress is keyed by id, so a
 * name always gives the same slug, whatever else is in the file and in whatever order.
 *
 * <p>Lower-case ASCII, as the deck format wants: accents stripped, Cyrillic and Greek transliterated,
 * {@code +} spelled {@code plus} and {@code #} after a letter {@code sharp} (so C, C++ and C# stay apart),
 * every run of other characters one hyphen, at most 60 characters. A name left with no letter (Japanese,
 * say, or only punctuation) becomes {@code term-} and a hash of the name.
 */
public final class Slugs {
    /** Long enough to tell terms apart, short enough to type; a whole sentence makes a poor id. */
    static final int MAX_LENGTH = 60;
    private static final Map<Integer, String> LETTERS = letters();

    private Slugs() {
    }

    public static String of(String name) {
        StringBuilder out = new StringBuilder(name.length());
        String text = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        boolean afterWord = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            String latin = latin(c);
            if (c == '+' || (c == '#' && afterWord)) {
                out.append(c == '+' ? "-plus-" : "-sharp-");
            } else {
                out.append(latin);
            }
            afterWord = Character.isLetterOrDigit(c);
        }
        String slug = hyphenate(out);
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = trimHyphens(slug.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH));
        }
        return hasLetter(slug) || (!slug.isEmpty() && name.codePoints().noneMatch(Character::isLetter))
                ? slug : "term-" + hash(name, 8);
    }

    /**
     * Unique ids for {@code names}, in their order, none of them {@code taken}. Names that give the same slug
     * are sorted, the first keeps it and the others get a suffix made from a hash of the whole name, so that
     * reordering the rows of a file never moves an id (and its progress) to another term.
     */
    public static List<String> assign(List<String> names, Set<String> taken) {
        Set<String> used = new HashSet<>(taken);
        Map<String, List<Integer>> bySlug = new TreeMap<>();
        for (int i = 0; i < names.size(); i++) {
            bySlug.computeIfAbsent(of(names.get(i)), k -> new ArrayList<>()).add(i);
        }
        Comparator<Integer> byName = Comparator.comparing((Integer i) -> key(names.get(i)))
                .thenComparing(names::get);
        String[] ids = new String[names.size()];
        for (Map.Entry<String, List<Integer>> group : bySlug.entrySet()) {
            group.getValue().sort(byName);
            int first = group.getValue().get(0);
            if (used.add(group.getKey())) {
                ids[first] = group.getKey();
            }
        }
        for (Map.Entry<String, List<Integer>> group : bySlug.entrySet()) {
            for (int i : group.getValue()) {
                if (ids[i] == null) {
                    ids[i] = suffixed(group.getKey(), names.get(i), used);
                }
            }
        }
        return List.of(ids);
    }

    private static String suffixed(String slug, String name, Set<String> used) {
        for (int length : new int[] {6, 16}) {
            String id = slug + "-" + hash(name, length);
            if (used.add(id)) {
                return id;
            }
        }
        // Only two different names with equal 64-bit hashes get here.
        String base = slug + "-" + hash(name, 16);
        int n = 2;
        while (!used.add(base + "-" + n)) {
            n++;
        }
        return base + "-" + n;
    }

    /** {@code length} hex digits of SHA-256 over the name as a learner would read it: case and spacing aside. */
    static String hash(String name, int length) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key(name).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, length);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The letter in ASCII: itself, transliterated, or its base letter without accents. */
    private static String latin(int c) {
        if (c < 0x80) {
            return String.valueOf((char) c);
        }
        String known = LETTERS.get(c);
        if (known != null) {
            return known;
        }
        String base = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder();
        base.codePoints().filter(p -> Character.getType(p) != Character.NON_SPACING_MARK
                        && Character.getType(p) != Character.COMBINING_SPACING_MARK
                        && Character.getType(p) != Character.ENCLOSING_MARK)
                .forEach(p -> out.append(p < 0x80 ? Character.toString(p) : LETTERS.getOrDefault(p, "-")));
        return out.toString();
    }

    private static String hyphenate(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    private static boolean hasLetter(String slug) {
        return slug.chars().anyMatch(c -> c >= 'a' && c <= 'z');
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

    /**
     * Letters that have no ASCII base letter under NFKD: a few Latin ones, and Cyrillic and Greek spelled as
     * their common romanisations (Russian, Ukrainian, Belarusian, Serbian and Macedonian letters; modern Greek).
     */
    private static Map<Integer, String> letters() {
        String[] pairs = {
            "ß ss", "æ ae", "œ oe", "ø o", "ł l", "đ d", "ð d", "þ th", "ı i", "ŋ ng", "ħ h",
            "а a", "б b", "в v", "г g", "д d", "е e", "ё e", "ж zh", "з z", "и i", "й y", "к k", "л l", "м m",
            "н n", "о o", "п p", "р r", "с s", "т t", "у u", "ф f", "х kh", "ц ts", "ч ch", "ш sh", "щ shch",
            "ъ ", "ы y", "ь ", "э e", "ю yu", "я ya", "є ye", "і i", "ї yi", "ґ g", "ў u", "ђ dj", "ј j",
            "љ lj", "њ nj", "ћ c", "џ dz", "ѓ gj", "ќ kj", "ѕ dz",
            "α a", "β v", "γ g", "δ d", "ε e", "ζ z", "η i", "θ th", "ι i", "κ k", "λ l", "μ m", "ν n",
            "ξ x", "ο o", "π p", "ρ r", "σ s", "ς s", "τ t", "υ y", "φ f", "χ ch", "ψ ps", "ω o",
        };
        Map<Integer, String> letters = new HashMap<>();
        for (String pair : pairs) {
            letters.put(pair.codePointAt(0), pair.substring(pair.offsetByCodePoints(0, 1) + 1));
        }
        return Map.copyOf(letters);
    }
}
