package dev.glossary.deck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a quiz's question still points at its answer once the term, its aliases and its twins are masked:
 * {@code PromptHints.of(deck).find(term, question)}, where {@code question} is the definition as a quiz shows
 * it. Five kinds of hint, each a riddle whose answer is the name rather than a fact about the concept:
 * <ul>
 *   <li>an etymology sentence ("the name comes from the birds miners carried");</li>
 *   <li>an acronym that stands for words of the name: the initials of a run of its words ("RPC" for "gRPC
 *       (Google Remote Procedure Call)"), a capital run inside one of its words ("RPC" in "tRPC"), or an
 *       acronym whose expansion holds every word of the name ("MVC", Model-View-Controller, for "Controller"); expansions come from the deck's own names ("ORM (Object-Relational Mapper)") and
 *       from {@link #KNOWN_ACRONYMS};</li>
 *   <li>the name's pattern with another number ("three nines" for "Five Nines", "HTTP/1.1" for "HTTP/2"), or
 *       the variable of a formula name on its own ("N items" for "N+1");</li>
 *   <li>code built on the start of the name: a call on a namespace ("z.object(…)" for "Zod") or an upper-case
 *       constant compounded with its first syllable ("SIGSEGV" for "Segfault");</li>
 *   <li>another form of a one-word name that the masking missed ("blocks" for "Blockchain").</li>
 * </ul>
 * A hint gives the whole answer away, not a part a learner still has to complete: the words of a longer name
 * or alias ("datagrams" for "UDP (User Datagram Protocol)", "paging" for "Cursor Pagination", "IPC" for "Child
 * Process") are context, as are an acronym that is a term of the deck in its own right ("API" in "FastAPI")
 * and one whose letters only happen to fit ("HTTP" for "POST").
 */
final class PromptHints {
    /**
     * Acronyms a definition may use without spelling them out, with what they stand for: a deck's own names
     * add to these. Only the words matter, to see whether they hold the whole name.
     */
    static final Map<String, String> KNOWN_ACRONYMS = Map.ofEntries(
            Map.entry("api", "application programming interface"), Map.entry("ast", "abstract syntax tree"),
            Map.entry("bdd", "behaviour driven development"), Map.entry("cdn", "content delivery network"),
            Map.entry("ci", "continuous integration"), Map.entry("cd", "continuous delivery deployment"),
            Map.entry("cli", "command line interface"), Map.entry("cpu", "central processing unit"),
            Map.entry("crud", "create read update delete"), Map.entry("cors", "cross origin resource sharing"),
            Map.entry("csrf", "cross site request forgery"), Map.entry("css", "cascading style sheets"),
            Map.entry("dns", "domain name system"), Map.entry("dom", "document object model"),
            Map.entry("dsl", "domain specific language"), Map.entry("ddd", "domain driven design"),
            Map.entry("etl", "extract transform load"), Map.entry("fifo", "first in first out"),
            Map.entry("gc", "garbage collection collector"), Map.entry("gui", "graphical user interface"),
            Map.entry("html", "hypertext markup language"), Map.entry("http", "hypertext transfer protocol"),
            Map.entry("https", "hypertext transfer protocol secure"), Map.entry("ide", "integrated development environment"),
            Map.entry("io", "input output"), Map.entry("ipc", "inter process communication"),
            Map.entry("jit", "just in time compiler compilation"), Map.entry("json", "javascript object notation"),
            Map.entry("jvm", "java virtual machine"), Map.entry("jwt", "json web token"),
            Map.entry("lifo", "last in first out"), Map.entry("lru", "least recently used"),
            Map.entry("mvc", "model view controller"), Map.entry("mvp", "model view presenter minimum viable product"),
            Map.entry("mvvm", "model view viewmodel"), Map.entry("odm", "object document mapper mapping"),
            Map.entry("oop", "object oriented programming"), Map.entry("orm", "object relational mapper mapping"),
            Map.entry("os", "operating system"), Map.entry("pid", "process identifier"),
            Map.entry("ram", "random access memory"), Map.entry("rfc", "request for comments"),
            Map.entry("rpc", "remote procedure call"), Map.entry("sdk", "software development kit"),
            Map.entry("sla", "service level agreement"), Map.entry("slo", "service level objective"),
            Map.entry("soa", "service oriented architecture"), Map.entry("soap", "simple object access protocol"),
            Map.entry("spa", "single page application"), Map.entry("sql", "structured query language"),
            Map.entry("ssh", "secure shell"), Map.entry("ssl", "secure sockets layer"),
            Map.entry("ssr", "server side rendering"), Map.entry("tcp", "transmission control protocol"),
            Map.entry("tdd", "test driven development"), Map.entry("tls", "transport layer security"),
            Map.entry("ttl", "time to live"), Map.entry("udp", "user datagram protocol"),
            Map.entry("ui", "user interface"), Map.entry("uri", "uniform resource identifier"),
            Map.entry("url", "uniform resource locator"), Map.entry("uuid", "universally unique identifier"),
            Map.entry("ux", "user experience"), Map.entry("vm", "virtual machine"),
            Map.entry("xml", "extensible markup language"), Map.entry("xss", "cross site scripting"),
            Map.entry("yaml", "yaml ain't markup language"));

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
    /** An all-capital word, "RPC" or "APIs", as it stands in running text. */
    private static final Pattern CAPS = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{Lu}{2,})s?(?![\\p{L}\\p{N}])");
    private static final Pattern CAPS_RUN = Pattern.compile("\\p{Lu}{2,}");
    private static final Pattern PARENS = Pattern.compile("^(.*?\\S)\\s*\\(([^()]*)\\)$");
    /** A call on a namespace or a function: {@code z.object(}, {@code fetch(}. */
    private static final Pattern CALL = Pattern.compile(
            "(?<![\\p{L}\\p{N}_.])(\\p{L}[\\p{L}\\p{N}_]*)(?:\\.\\p{L}[\\p{L}\\p{N}_]*)*\\(");
    private static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)");
    private static final Pattern LETTERS_DIGITS = Pattern.compile("(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})");
    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
    /** A name such as "N+1": a one-letter variable, an operator and a whole number. */
    private static final Pattern FORMULA = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{L})\\s*([+\\-*/])\\s*([0-9]{1,9})(?![\\p{N}.])");
    private static final Pattern ETYMOLOGY = Pattern.compile("(?i)\\b(?:named (?:after|for)|(?:its|the|whose) name"
            + " (?:comes?|came|derives?|is derived|means|refers|is a nod|alludes|is short)|(?:gets|got|takes|took) its"
            + " name|hence the name|so[- ]called because|nicknamed)\\b");
    private static final Set<String> FILLER = Set.of("a", "an", "the", "of", "and", "or", "for", "with", "to", "in",
            "on", "by", "as", "vs");
    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve");
    /** Shortest word whose other forms count: below it, shared letters are as often chance as kinship. */
    private static final int FORM_LENGTH = 5;
    /** What an ending adds ("pag|ination", "block|s"); more makes another word ("EventSource" is not "events"). */
    private static final int MOST_EXTRA_LETTERS = 4;

    private final Deck deck;
    /** What each acronym stands for: the deck's own "X (Y)" names and acronym aliases, then the known ones. */
    private final Map<String, String> expansions;
    /** The acronyms the deck expands in its own names: each a term in its own right, so context, not a hint. */
    private final Set<String> deckAcronyms;

    private PromptHints(Deck deck, Map<String, String> expansions, Set<String> deckAcronyms) {
        this.deck = deck;
        this.expansions = expansions;
        this.deckAcronyms = deckAcronyms;
    }

    static PromptHints of(Deck deck) {
        Map<String, String> expansions = new HashMap<>(KNOWN_ACRONYMS);
        Set<String> deckAcronyms = new HashSet<>();
        for (Term t : deck.terms()) {
            for (String name : t.names()) {
                Matcher m = name.indexOf('(') >= 0 ? PARENS.matcher(name.strip()) : null;
                if (m != null && m.matches()) {
                    addExpansion(expansions, deckAcronyms, m.group(1), m.group(2));
                    addExpansion(expansions, deckAcronyms, m.group(2), m.group(1));
                }
                for (String other : t.names()) {
                    addExpansion(expansions, deckAcronyms, name, other);
                }
            }
        }
        return new PromptHints(deck, expansions, deckAcronyms);
    }

    /** Keeps {@code longForm} as what {@code acronym} stands for when its words' initials spell it. */
    private static void addExpansion(Map<String, String> expansions, Set<String> deckAcronyms, String acronym,
                                     String longForm) {
        String a = acronym.strip();
        if (a.length() < 2 || !a.chars().allMatch(Character::isUpperCase)) {
            return;
        }
        List<String> words = significantWords(longForm);
        if (initials(words).equals(a.toLowerCase(Locale.ROOT))) {
            expansions.put(a.toLowerCase(Locale.ROOT), String.join(" ", words));
            deckAcronyms.add(a.toLowerCase(Locale.ROOT));
        }
    }

    /** How the question hints at the term, e.g. {@code "MVC" stands for words that end in "controller"}. */
    Optional<String> find(Term t, String question) {
        List<String> names = new ArrayList<>();
        for (String name : t.names()) {
            names.add(outsideBrackets(name));
        }
        // Cheap looks first: a deck of 100 000 terms is linted in seconds, and most questions hold no acronym or code.
        boolean capitals = hasCapitals(question);
        boolean calls = question.indexOf('(') >= 0;
        return etymology(t.definition())
                .or(() -> capitals ? acronym(names, significantWords(outsideBrackets(t.name())), question)
                        : Optional.empty())
                .or(() -> number(names, t.definition(), question))
                .or(() -> capitals || calls ? code(names, question) : Optional.empty())
                .or(() -> otherForm(names, question));
    }

    static Optional<String> etymology(String definition) {
        // Every etymology phrase names the name or what it is called; most definitions do neither.
        if (!containsIgnoreCase(definition, "name") && !containsIgnoreCase(definition, "called")) {
            return Optional.empty();
        }
        Matcher m = ETYMOLOGY.matcher(definition);
        return m.find() ? Optional.of("\"" + m.group() + "\" tells where the name comes from") : Optional.empty();
    }

    private Optional<String> acronym(List<String> names, List<String> core, String question) {
        Matcher m = CAPS.matcher(question);
        while (m.find()) {
            String caps = m.group(1);
            String acronym = caps.toLowerCase(Locale.ROOT);
            for (String name : names) {
                List<String> words = significantWords(name);
                if (spellsRun(acronym, words)) {
                    return Optional.of("\"" + caps + "\" is the initials of words of \"" + name + "\"");
                }
                for (String word : TOKEN.matcher(name).results().map(MatchResult::group).toList()) {
                    Matcher run = CAPS_RUN.matcher(word);
                    while (run.find()) {
                        if (run.group().equals(caps) && !word.equals(caps) && !deckAcronyms.contains(acronym)
                                && deck.byName(caps).isEmpty()) {
                            return Optional.of("\"" + caps + "\" is part of \"" + name + "\"");
                        }
                    }
                }
            }
            String expansion = expansions.get(acronym);
            if (expansion != null && !core.isEmpty() && List.of(expansion.split(" ")).containsAll(core)) {
                return Optional.of("\"" + caps + "\" stands for \"" + expansion + "\", which holds the name");
            }
        }
        return Optional.empty();
    }

    private static boolean spellsRun(String acronym, List<String> words) {
        for (int i = 0; acronym.length() >= 2 && i + acronym.length() <= words.size(); i++) {
            if (initials(words.subList(i, i + acronym.length())).equals(acronym)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name's pattern with another number ("three nines" for "Five Nines", "HTTP/1.1" for "HTTP/2"), or the
     * variable of a formula name on its own ("N items" for "N+1").
     */
    static Optional<String> number(List<String> names, String definition, String question) {
        if (!hasNumber(names)) {
            return Optional.empty();
        }
        List<String> text = numberWords(definition);
        for (String name : names) {
            // The number of a formula name is no version: "one query" is no other "N+1 query problem".
            List<String> words = FORMULA.matcher(name).find() ? List.of() : numberWords(name);
            for (int i = 0; i < words.size(); i++) {
                if (!isNumber(words.get(i))) {
                    continue;
                }
                String before = i > 0 && !isNumber(words.get(i - 1)) ? words.get(i - 1) : null;
                String after = i + 1 < words.size() && !isNumber(words.get(i + 1)) ? words.get(i + 1) : null;
                for (int k = 0; k < text.size(); k++) {
                    if (!isNumber(text.get(k)) || value(text.get(k)) == value(words.get(i))) {
                        continue;
                    }
                    if (after != null && k + 1 < text.size() && sameWord(text.get(k + 1), after)) {
                        return Optional.of(anotherNumber(text.get(k) + " " + text.get(k + 1)));
                    }
                    if (before != null && k > 0 && sameWord(text.get(k - 1), before)) {
                        return Optional.of(anotherNumber(text.get(k - 1) + " " + text.get(k)));
                    }
                }
            }
            Matcher formula = FORMULA.matcher(name);
            while (formula.find()) {
                String variable = formula.group(1);
                if (Pattern.compile("(?<![\\p{L}\\p{N}+\\-])" + Pattern.quote(variable) + "(?![\\p{L}\\p{N}+\\-])")
                        .matcher(question).find()) {
                    return Optional.of("\"" + variable + "\" on its own is the variable of \"" + name + "\"");
                }
                Optional<String> worked = workedExample(formula.group(2).charAt(0), Long.parseLong(formula.group(3)),
                        text);
                if (worked.isPresent()) {
                    return Optional.of(worked.get() + " works out \"" + name + "\"");
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a name holds a number, in digits or in words: most have none, and need no more looking at. */
    private static boolean hasNumber(List<String> names) {
        for (String name : names) {
            for (int i = 0; i < name.length(); i++) {
                if (Character.isDigit(name.charAt(i))) {
                    return true;
                }
            }
            for (String word : NUMBER_WORDS) {
                if (containsIgnoreCase(name, word) && words(name).contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Two numbers of the text that the formula turns one into the other ("100 … 101" for "N+1"). */
    private static Optional<String> workedExample(char operator, long constant, List<String> text) {
        List<Long> numbers = new ArrayList<>();
        for (String word : text) {
            if (!word.isEmpty() && word.length() < 10 && word.chars().allMatch(c -> c >= '0' && c <= '9')) {
                numbers.add(Long.parseLong(word));
            }
        }
        for (long a : numbers) {
            long b = switch (operator) {
                case '+' -> a + constant;
                case '-' -> a - constant;
                case '*' -> a * constant;
                default -> constant == 0 ? -1 : a / constant;
            };
            if (a >= 2 && b != a && numbers.contains(b)) {
                return Optional.of("\"" + a + "\" and \"" + b + "\"");
            }
        }
        return Optional.empty();
    }

    /** Lower-case words with letters and digits apart, so "IPv6" reads as "ipv" and "6" and "HTTP/1.1" as "http", "1", "1". */
    private static List<String> numberWords(String text) {
        List<String> words = new ArrayList<>();
        for (String word : words(text)) {
            for (String part : LETTERS_DIGITS.split(word)) {
                words.add(part);
            }
        }
        return words;
    }

    private static String anotherNumber(String shown) {
        return "\"" + shown + "\" is the name's pattern with another number";
    }

    /**
     * Code built on the start of the name: a call on a namespace or function whose name begins the answer's
     * first word ("z.object(" for "Zod"; one letter only for a one-word name), or an upper-case constant that
     * compounds a prefix of three letters or more with the first syllable of a long word of the name ("SIGSEGV"
     * for "Segfault").
     */
    static Optional<String> code(List<String> names, String question) {
        for (String name : names) {
            List<String> words = words(name);
            if (words.isEmpty()) {
                continue;
            }
            String first = words.get(0);
            Matcher call = CALL.matcher(question);
            while (call.find()) {
                String id = call.group(1).toLowerCase(Locale.ROOT);
                if (id.length() < first.length() && first.startsWith(id) && (id.length() >= 3 || words.size() == 1)) {
                    return Optional.of("\"" + call.group(1) + "\" in code is the start of \"" + name + "\"");
                }
            }
            Matcher caps = CAPS.matcher(question);
            while (caps.find()) {
                String constant = caps.group(1).toLowerCase(Locale.ROOT);
                for (String word : words) {
                    if (word.length() > FORM_LENGTH && constant.indexOf(word.substring(0, 3)) >= 3) {
                        return Optional.of("\"" + caps.group(1) + "\" is built on \"" + word.substring(0, 3)
                                + "\", the start of \"" + name + "\"");
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A word of the question that is another form of a one-word name or alias, which the masking left ("blocks"
     * for "Blockchain", "paging" for "Pagination"): they share their first five letters or more, three quarters
     * of the shorter word, and differ in length by an ending at most. A form of one word of a longer name gives
     * only part of the answer away ("paging" for "Cursor Pagination"), as the name's other words on their own do.
     */
    static Optional<String> otherForm(List<String> names, String question) {
        Set<String> kept = new HashSet<>();
        for (String name : names) {
            if (name.length() >= FORM_LENGTH && name.chars().allMatch(Character::isLetterOrDigit)) {
                kept.add(name.toLowerCase(Locale.ROOT));
            }
        }
        for (String word : kept) {
            if (word.length() < FORM_LENGTH) {
                continue;
            }
            for (String shown : words(question)) {
                int shared = sharedStart(word, shown);
                if (!shown.equals(word) && shared >= FORM_LENGTH && shared * 4 >= Math.min(word.length(), shown.length()) * 3
                        && Math.abs(word.length() - shown.length()) <= MOST_EXTRA_LETTERS) {
                    return Optional.of("\"" + shown + "\" is a form of \"" + word + "\"");
                }
            }
        }
        return Optional.empty();
    }

    /** Whether two capitals stand side by side, as in every acronym: a cheap look before the patterns'. */
    private static boolean hasCapitals(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i)) && Character.isUpperCase(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** For a lower-case ASCII word: a pattern, or even a call per place, cost most of the rule on a large deck. */
    private static boolean containsIgnoreCase(String text, String word) {
        char first = word.charAt(0);
        char upper = Character.toUpperCase(first);
        for (int at = 0; at + word.length() <= text.length(); at++) {
            char c = text.charAt(at);
            if ((c == first || c == upper) && text.regionMatches(true, at, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    private static int sharedStart(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /** The same word, perhaps in the plural: "nines" and "nine", "http" and "http". */
    private static boolean sameWord(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return longer.startsWith(shorter) && longer.length() - shorter.length() <= 2;
    }

    /** What a number word or a run of digits counts; -1 for one too long to matter. */
    private static long value(String number) {
        int named = NUMBER_WORDS.indexOf(number);
        if (named >= 0) {
            return named;
        }
        return number.length() < 10 && number.chars().allMatch(c -> c >= '0' && c <= '9') ? Long.parseLong(number) : -1;
    }

    private static boolean isNumber(String word) {
        return word.chars().allMatch(Character::isDigit) || NUMBER_WORDS.contains(word);
    }

    /** The name's words in lower case, filler left out, camel case split ("DataLoader" is "data", "loader"). */
    private static List<String> significantWords(String name) {
        List<String> words = new ArrayList<>();
        Matcher m = TOKEN.matcher(name);
        while (m.find()) {
            for (String part : CAMEL.split(m.group())) {
                String w = part.toLowerCase(Locale.ROOT);
                if (!FILLER.contains(w)) {
                    words.add(w);
                }
            }
        }
        return words;
    }

    private static String initials(List<String> words) {
        StringBuilder s = new StringBuilder();
        for (String w : words) {
            s.append(w.charAt(0));
        }
        return s.toString();
    }

    private static List<String> words(String text) {
        return Giveaways.words(text);
    }

    private static String outsideBrackets(String name) {
        return name.indexOf('(') < 0 ? name.strip() : BRACKETS.matcher(name).replaceAll(" ").strip();
    }
}
