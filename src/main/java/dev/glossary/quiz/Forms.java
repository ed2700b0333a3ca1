package dev.glossary.quiz;

import dev.glossary.deck.Term;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways a learner may write a term: its name and aliases, and a name without the qualifier in
 * parentheses that only says which sense is meant ("Guard (backend)" → "Guard"), all {@link Form#explicit()
 * explicit}; and what a fair teacher would also take (derived): either part of "JWT (JSON Web Token)", a
 * leading article or a generic last word ("Circuit Breaker Pattern" → "Circuit Breaker").
 */
final class Forms {
    private static final Pattern STATUS_CODE = Pattern.compile("[1-5]\\d\\d");
    private static final Pattern PAREN = Pattern.compile("^(.*?\\S)\\s*\\(([^()]*)\\)$");
    private static final Pattern ARTICLE = Pattern.compile("(?iu)^(?:the|an?)\\s+(.+)$");
    /** Words separated by a space or a hyphen, then at most one part in parentheses of the same. */
    private static final Pattern PLAIN_WORDS = Pattern.compile(
            "([A-Za-z0-9]+(?:[ -][A-Za-z0-9]+)*)(?: \\([A-Za-z0-9]+(?:[ -][A-Za-z0-9]+)*\\))?");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** A name with more runs of words (articles and generic words by the dozen) is spelt as its forms are. */
    private static final int MAX_SPELLINGS = 64;
    private static final Pattern GENERIC_SUFFIX = Pattern.compile(
            "(?iu)^(.+?)[\\s\\p{Pd}]+(?:" + String.join("|", Text.GENERIC_SUFFIXES) + ")$");

    /** One way of writing a term, with its words, its compact spelling and how many typos it tolerates. */
    record Form(String display, List<String> words, String compact, String numbers, int allowance, boolean explicit) {
        static Form of(String display, boolean explicit) {
            List<String> words = Text.words(display);
            String compact = String.join("", words);
            int perWord = words.stream().mapToInt(Forms::typos).sum();
            return new Form(display, List.copyOf(words), compact, Text.numbers(compact),
                    Math.min(perWord, typos(compact)), explicit);
        }

        /**
         * Whether these words are this form's, word for word, each in some form of it: "retries with backoff"
         * for "Retry with Backoff", "monolithic" for "Monolith" (see {@link Text#wordForm}).
         */
        boolean wordForms(List<String> typed) {
            if (typed.size() != words.size()) {
                return false;
            }
            for (int i = 0; i < typed.size(); i++) {
                if (!Text.wordForm(typed.get(i), words.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    private Forms() {
    }

    /**
     * Every form of a term, explicit ones first (the name first of all), no two with the same compact spelling.
     * A status code also takes its reason phrase after it: "404 Not Found" and "HTTP 404 Not Found" for 404 with
     * the aliases "HTTP 404" and "Not Found".
     */
    static List<Form> of(Term term) {
        Map<String, Form> forms = new LinkedHashMap<>();
        for (String name : term.names()) {
            add(forms, name, true);
        }
        for (String name : term.names()) {
            addUnqualified(forms, name);
        }
        for (String name : term.names()) {
            addVariants(forms, name);
        }
        String code = term.name().strip();
        if (STATUS_CODE.matcher(code).matches()) {
            for (String withCode : term.names()) {
                for (String reason : term.aliases()) {
                    if (withCode.contains(code) && Text.numbers(Text.compact(reason)).isEmpty()) {
                        add(forms, withCode.strip() + " " + reason.strip(), false);
                    }
                }
            }
        }
        return List.copyOf(forms.values());
    }

    // The qualifier is not part of the answer: "Guard" is as much the name of "Guard (backend)" as of "Guard".
    private static void addUnqualified(Map<String, Form> forms, String name) {
        Matcher m = PAREN.matcher(name.strip());
        if (name.strip().endsWith(")") && m.matches() && expansion(name).isEmpty()) {
            add(forms, m.group(1), true);
        }
    }

    private static void addVariants(Map<String, Form> forms, String name) {
        for (String variant : variants(name)) {
            add(forms, variant, false);
        }
    }

    /**
     * Spellings among which is the compact spelling of every form {@link #of} makes of this term: its names'
     * ({@link #spellingsOf(String)}), or, for a status code, which also takes its reason phrases, its forms'.
     */
    static Collection<String> spellingsOf(Term term) {
        if (term.name().strip().length() == 3 && STATUS_CODE.matcher(term.name().strip()).matches()) {
            return of(term).stream().map(Form::compact).toList();
        }
        if (term.aliases().isEmpty()) {
            return spellingsOf(term.name());
        }
        Set<String> spellings = new LinkedHashSet<>();
        term.names().forEach(name -> spellings.addAll(spellingsOf(name)));
        return spellings;
    }

    /**
     * Spellings among which is the compact spelling of every form {@link #of} makes of this name, most of them
     * found without making the forms: a name with no parentheses at its end, no leading article and no generic
     * last word has no other form than itself; a name of plain words, with at most a last part in parentheses
     * ("HTL (Horizontal Tamluxnim Lock)", "Reactive Contract Algorithm"), has forms that each keep a run of its
     * words from the start of the name or of the part in parentheses, after any articles, to the end of either,
     * before any generic words. Any other name is spelt as its forms are.
     */
    static Collection<String> spellingsOf(String name) {
        String s = name.strip();
        if (!s.endsWith(")") && !startsWithArticle(s) && !endsWithGenericWord(s)) {
            return List.of(Text.compact(s));
        }
        Matcher plain = PLAIN_WORDS.matcher(s);
        if (plain.matches()) {
            List<String> words = Text.words(s);
            int outer = Text.words(plain.group(1)).size();
            List<Integer> starts = new ArrayList<>();
            List<Integer> ends = new ArrayList<>();
            for (int part = 0, end = outer; part < words.size(); part = end, end = words.size()) {
                starts.add(part);
                for (int i = part; i < end - 1 && ARTICLES.contains(words.get(i)); i++) {
                    starts.add(i + 1);
                }
                ends.add(end);
                for (int i = end - 1; i > part && Text.GENERIC_SUFFIXES.contains(words.get(i)); i--) {
                    ends.add(i);
                }
            }
            if (starts.size() * ends.size() <= MAX_SPELLINGS) {
                Set<String> spellings = new LinkedHashSet<>();
                for (int from : starts) {
                    for (int to : ends) {
                        if (from < to) {
                            spellings.add(String.join("", words.subList(from, to)));
                        }
                    }
                }
                return spellings;
            }
        }
        Map<String, Form> forms = new LinkedHashMap<>();
        add(forms, s, true);
        addUnqualified(forms, s);
        addVariants(forms, s);
        return forms.keySet();
    }

    private static boolean startsWithArticle(String s) {
        // The start is looked at before the pattern is tried: the pattern walks the whole of a long name.
        char c = s.isEmpty() ? ' ' : Character.toLowerCase(s.charAt(0));
        return (c == 't' || c == 'a') && ARTICLE.matcher(s).matches();
    }

    /**
     * What else a text may be read as, without the text itself: the parts of "X (Y)" when one abbreviates
     * the other, and the shorter versions {@link #cores} gives of each.
     */
    static List<String> variants(String text) {
        List<String> out = new ArrayList<>();
        List<String> parts = new ArrayList<>(List.of(text.strip()));
        expansion(text).ifPresent(parts::addAll);
        for (String part : parts) {
            if (!part.equals(text.strip())) {
                out.add(part);
            }
            out.addAll(cores(part));
        }
        return out;
    }

    /** The parts of "JWT (JSON Web Token)" or "Server-Sent Events (SSE)": present only when one abbreviates the other. */
    static Optional<List<String>> expansion(String name) {
        Matcher m = PAREN.matcher(name.strip());
        if (!name.strip().endsWith(")") || !m.matches()) {
            return Optional.empty();
        }
        String outer = m.group(1).strip();
        String inner = m.group(2).strip();
        if (abbreviates(outer, inner) || abbreviates(inner, outer)) {
            return Optional.of(List.of(outer, inner));
        }
        return Optional.empty();
    }

    /**
     * The text shortened step by step, each step dropping a qualifier in parentheses, a leading article or a
     * generic last word, for as long as what is left is not only common words: "Saga Pattern (backend)" gives
     * "Saga Pattern" then "Saga"; "Web Service" gives nothing, since "Web" alone says too little.
     */
    static List<String> cores(String text) {
        List<String> out = new ArrayList<>();
        String s = text.strip();
        for (String next = shorten(s); next != null && meaningful(next); next = shorten(s)) {
            s = next;
            out.add(s);
        }
        return out;
    }

    private static String shorten(String s) {
        // The end is looked at before a pattern is tried: the patterns walk the whole of a long name.
        Matcher m = PAREN.matcher(s);
        if (s.endsWith(")") && m.matches() && expansion(s).isEmpty()) {
            return m.group(1).strip();
        }
        m = ARTICLE.matcher(s);
        if (m.matches()) {
            return m.group(1).strip();
        }
        m = GENERIC_SUFFIX.matcher(s);
        if (endsWithGenericWord(s) && m.matches()) {
            return m.group(1).strip();
        }
        return null;
    }

    private static boolean endsWithGenericWord(String s) {
        for (String suffix : Text.GENERIC_SUFFIXES) {
            if (s.regionMatches(true, s.length() - suffix.length(), suffix, 0, suffix.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean meaningful(String s) {
        return Text.words(s).stream().anyMatch(w -> !Text.isCommon(w));
    }

    /** "JWT" abbreviates "JSON Web Token": one word whose letters appear in order in a phrase, from its first word. */
    private static boolean abbreviates(String shortForm, String longForm) {
        List<String> shortWords = Text.words(shortForm);
        List<String> longWords = Text.words(longForm);
        if (shortWords.size() != 1 || longWords.size() < 2) {
            return false;
        }
        String s = shortWords.get(0);
        String l = String.join("", longWords);
        // Its first letter in the first word: "XML" is "eXtensible Markup Language".
        if (s.length() < 2 || s.length() >= l.length() || longWords.get(0).indexOf(s.charAt(0)) < 0) {
            return false;
        }
        int found = 0;
        for (int i = 0; i < l.length() && found < s.length(); i++) {
            if (l.charAt(i) == s.charAt(found)) {
                found++;
            }
        }
        return found == s.length();
    }

    private static void add(Map<String, Form> forms, String display, boolean explicit) {
        Form form = Form.of(display.strip(), explicit);
        if (!form.compact().isEmpty()) {
            forms.putIfAbsent(form.compact(), form);
        }
    }

    /** Typos tolerated in a word of this length: none up to 4 letters, 1 up to 8, 2 beyond. */
    static int typos(String word) {
        int n = word.length();
        return n <= 4 ? 0 : n <= 8 ? 1 : 2;
    }
}
