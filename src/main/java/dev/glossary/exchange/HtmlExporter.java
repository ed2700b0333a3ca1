package dev.glossary.exchange;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import dev.glossary.quiz.Masker;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

import java.io.IOException;
import java.io.Writer;
import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes a deck as one self-contained HTML page to read on screen or print:
 * {@code new HtmlExporter(Order.LEVEL).withQuiz(20, seed).write(deck, out)}.
 *
 * <p>The glossary is grouped by level (a page break before each level when printed) or alphabetically by first
 * letter; each term has its definition, example, other names and category, and its twins (terms of the deck
 * that mean the same) and related terms as links to their entries on the page. A quiz sheet, when asked for,
 * numbers definitions with the term's names and its twins' blanked (as the quiz masks them) and ends with an
 * answer key on a page of its own, which gives a twin's name as a right answer too.
 *
 * <p>Nothing is loaded from elsewhere: the style sheet is in the page, there is no script, and a content
 * security policy forbids both, so the file works offline and a hostile deck cannot run anything in it. Every
 * piece of deck text goes through jsoup's text nodes, which escape it, so it can never become markup.
 */
public final class HtmlExporter implements DeckExporter {
    /** How the glossary part is grouped. */
    public enum Order { LEVEL, ALPHABETICAL }

    static final String TERM_ANCHOR = "term-";

    private static final String STYLE = """
            :root { color-scheme: light; }
            body { font: 16px/1.5 Georgia, "Times New Roman", serif; color: #111; max-width: 46rem; margin: 2rem auto;
              padding: 0 1rem; }
            h1 { font-size: 2rem; margin: 0 0 .25rem; }
            .about { color: #555; margin: 0 0 1rem; }
            nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
            h2 { border-bottom: 1px solid #999; padding-bottom: .2rem; margin-top: 2.5rem; }
            .term { margin: 1.25rem 0; break-inside: avoid; }
            .term h3 { font-size: 1.15rem; margin: 0 0 .25rem; }
            .term p { margin: .25rem 0; }
            .names, .same, .category { color: #555; font-size: .9rem; }
            .label { font-weight: bold; }
            .example { font-style: italic; }
            .example .label { font-style: normal; }
            .quiz li { margin: 0 0 1.25rem; break-inside: avoid; }
            .answer-line { border-bottom: 1px solid #111; width: 18rem; height: 1.5rem; }
            @media print {
              body { font-size: 11pt; max-width: none; margin: 0; padding: 0; }
              * { background: none !important; color: #000 !important; }
              nav { display: none; }
              a { text-decoration: none; }
              .by-level > section + section, .quiz, .answers { break-before: page; }
            }
            """;
    /** No script, no outside resource of any kind; the inline style sheet above is the one thing allowed. */
    private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'";

    private final Order order;
    private final int questions;
    private final long seed;
    private final boolean quiz;

    public HtmlExporter(Order order) {
        this(order, false, 0, 0);
    }

    private HtmlExporter(Order order, boolean quiz, int questions, long seed) {
        this.order = order;
        this.quiz = quiz;
        this.questions = questions;
        this.seed = seed;
    }

    /**
     * Adds a quiz sheet of {@code questions} terms (every term when 0 or more than the deck has), picked and
     * ordered by a shuffle from {@code seed}, so the same seed prints the same sheet.
     */
    public HtmlExporter withQuiz(int questions, long seed) {
        return new HtmlExporter(order, true, questions, seed);
    }

    @Override
    public void write(Deck deck, Writer out) throws IOException {
        Document page = Document.createShell("");
        page.outputSettings().charset("UTF-8").escapeMode(Entities.EscapeMode.base).indentAmount(1);
        page.selectFirst("html").attr("lang", "en");
        Element head = page.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content", POLICY);
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("name", "generator").attr("content", "glossary");
        page.title(deck.name());
        head.appendElement("style").appendChild(new DataNode(STYLE));

        Element body = page.body();
        Element header = body.appendElement("header");
        header.appendElement("h1").text(deck.name());
        header.appendElement("p").addClass("about").text(about(deck));
        if (!deck.description().isBlank()) {
            paragraphs(header, deck.description());
        }
        Map<String, List<Term>> groups = order == Order.LEVEL ? byLevel(deck) : alphabetical(deck);
        Element nav = body.appendElement("nav").attr("aria-label", "Contents").appendElement("ul");
        for (String group : groups.keySet()) {
            nav.appendElement("li").appendElement("a").attr("href", "#" + groupAnchor(group)).text(group);
        }
        if (quiz) {
            nav.appendElement("li").appendElement("a").attr("href", "#quiz").text("Quiz");
            nav.appendElement("li").appendElement("a").attr("href", "#answer-key").text("Answer key");
        }
        Element main = body.appendElement("main").addClass(order == Order.LEVEL ? "by-level" : "alphabetical");
        for (Map.Entry<String, List<Term>> group : groups.entrySet()) {
            Element section = main.appendElement("section").addClass("group").id(groupAnchor(group.getKey()));
            section.appendElement("h2").text(group.getKey());
            for (Term term : group.getValue()) {
                entry(deck, term, section);
            }
        }
        if (quiz) {
            quizSheet(deck, body);
        }
        out.write("<!DOCTYPE html>\n");
        out.write(page.html());
        out.write("\n");
        out.flush();
    }

    /** "Version 1.3 · Ana Silva · updated 2026-03-02 · 42 terms", with what the deck says of itself. */
    private static String about(Deck deck) {
        String edition = deck.metadata().edition();
        String terms = deck.size() + (deck.size() == 1 ? " term" : " terms");
        return edition.isEmpty() ? terms : edition + " · " + terms;
    }

    private static Map<String, List<Term>> byLevel(Deck deck) {
        Map<String, List<Term>> groups = new LinkedHashMap<>();
        for (Level level : Level.values()) {
            List<Term> terms = deck.terms().stream().filter(t -> t.level() == level).toList();
            if (!terms.isEmpty()) {
                groups.put(capitalised(level.id()), terms);
            }
        }
        return groups;
    }

    /** By name as a reader looks names up: accents and case aside; names that start with no letter come first, as "#". */
    private static Map<String, List<Term>> alphabetical(Deck deck) {
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.SECONDARY);
        List<Term> sorted = new ArrayList<>(deck.terms());
        sorted.sort((a, b) -> collator.compare(a.name(), b.name()));
        Map<String, List<Term>> groups = new LinkedHashMap<>();
        for (Term term : sorted) {
            groups.computeIfAbsent(initial(term.name()), g -> new ArrayList<>()).add(term);
        }
        if (groups.containsKey("#")) {
            Map<String, List<Term>> symbolsFirst = new LinkedHashMap<>();
            symbolsFirst.put("#", groups.remove("#"));
            symbolsFirst.putAll(groups);
            return symbolsFirst;
        }
        return groups;
    }

    private static String initial(String name) {
        String plain = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        int first = plain.isEmpty() ? '#' : plain.codePointAt(0);
        return Character.isLetter(first) ? new String(Character.toChars(first)).toUpperCase(Locale.ROOT) : "#";
    }

    /** Group names are levels or single letters (any script): an anchor of their code points is always valid. */
    private static String groupAnchor(String group) {
        if (group.equals("#")) {
            return "group-symbols";
        }
        StringBuilder anchor = new StringBuilder("group-");
        group.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (c < 128 && Character.isLetterOrDigit(c)) {
                anchor.appendCodePoint(c);
            } else {
                anchor.append('u').append(Integer.toHexString(c));
            }
        });
        return anchor.toString();
    }

    private static void entry(Deck deck, Term term, Element section) {
        Element article = section.appendElement("article").addClass("term").id(TERM_ANCHOR + term.id());
        article.appendElement("h3").text(term.name());
        if (!term.aliases().isEmpty()) {
            labelled(article, "names", "Also called:", String.join(", ", term.aliases()));
        }
        List<Term> same = deck.same(term);
        links(article, "same", "Same as:", same);
        paragraphs(article.appendElement("div").addClass("definition"), term.definition());
        if (!term.example().isBlank()) {
            Element example = labelled(article, "example", "Example:", "");
            lines(example, term.example());
        }
        if (!term.category().isBlank()) {
            labelled(article, "category", "Category:", term.category());
        }
        // A twin is related as well (the deck links them both ways), but "Same as" has said it already.
        links(article, "related", "Related:", deck.related(term).stream().filter(t -> !same.contains(t)).toList());
    }

    /** A labelled line of links to other terms' entries on the page; nothing when there are none. */
    private static void links(Element article, String kind, String label, List<Term> terms) {
        if (terms.isEmpty()) {
            return;
        }
        Element line = labelled(article, kind, label, "");
        for (int i = 0; i < terms.size(); i++) {
            if (i > 0) {
                line.appendText(", ");
            }
            line.appendElement("a").attr("href", "#" + TERM_ANCHOR + terms.get(i).id()).text(terms.get(i).name());
        }
    }

    private static Element labelled(Element parent, String kind, String label, String text) {
        Element p = parent.appendElement("p").addClass(kind);
        p.appendElement("span").addClass("label").text(label);
        p.appendText(" " + text);
        return p;
    }

    private void quizSheet(Deck deck, Element body) {
        List<Term> picked = new ArrayList<>(deck.terms());
        Collections.shuffle(picked, new Random(seed));
        if (questions > 0 && questions < picked.size()) {
            picked = picked.subList(0, questions);
        }
        Element sheet = body.appendElement("section").addClass("quiz").id("quiz");
        sheet.appendElement("h2").text("Quiz");
        sheet.appendElement("p").text("Write the term each definition describes.");
        Element list = sheet.appendElement("ol");
        for (Term term : picked) {
            Element item = list.appendElement("li");
            paragraphs(item, Masker.maskDefinition(term, deck.same(term)));
            item.appendElement("div").addClass("answer-line");
        }
        Element key = body.appendElement("section").addClass("answers").id("answer-key");
        key.appendElement("h2").text("Answer key");
        Element answers = key.appendElement("ol");
        for (Term term : picked) {
            Element answer = answers.appendElement("li");
            answer.appendElement("a").attr("href", "#" + TERM_ANCHOR + term.id()).text(term.name());
            List<Term> twins = deck.same(term);
            if (!twins.isEmpty()) {
                // A twin's name is as right an answer, as it is in the app's own quiz.
                answer.appendText(" (or " + String.join(", ", twins.stream().map(Term::name).toList()) + ")");
            }
        }
    }

    /** Blank lines separate paragraphs; a single line break stays one. */
    private static void paragraphs(Element parent, String text) {
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            if (!paragraph.isBlank()) {
                lines(parent.appendElement("p"), paragraph.strip());
            }
        }
    }

    private static void lines(Element parent, String text) {
        String[] lines = text.strip().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                parent.appendElement("br");
            }
            parent.appendText(lines[i].strip());
        }
    }

    private static String capitalised(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
