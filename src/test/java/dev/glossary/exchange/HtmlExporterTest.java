package dev.glossary.exchange;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import dev.glossary.quiz.Masker;
import dev.glossary.store.DeckSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The printable page, read back through an HTML parser as a browser would read it. */
class HtmlExporterTest {

    private static Document export(HtmlExporter exporter, Deck deck) throws IOException {
        StringWriter out = new StringWriter();
        exporter.write(deck, out);
        assertThat(out.toString()).startsWith("<!DOCTYPE html>");
        return Jsoup.parse(out.toString());
    }

    @Test
    void everyTermOfTheBundledDeckIsOnThePageAndEveryLinkLandsOnAnEntry() throws IOException {
        Deck deck = DeckSource.bundled();
        Document page = export(new HtmlExporter(HtmlExporter.Order.LEVEL).withQuiz(0, 7), deck);

        for (Term term : deck.terms()) {
            Element entry = page.getElementById("term-" + term.id());
            assertThat(entry).as(term.id()).isNotNull();
            assertThat(entry.selectFirst("h3").text()).isEqualTo(term.name().strip().replaceAll("\\s+", " "));
            assertThat(entry.selectFirst(".definition").text()).isNotBlank();
            assertThat(entry.select(".related a")).hasSize((int) deck.related(term).stream()
                    .filter(t -> !deck.same(term).contains(t)).count());
        }
        assertThat(page.select("a")).isNotEmpty().allSatisfy(a -> {
            assertThat(a.attr("href")).startsWith("#");
            assertThat(page.getElementById(a.attr("href").substring(1))).as(a.attr("href")).isNotNull();
        });
        assertThat(page.select("section.quiz ol > li")).hasSize(deck.size());
        assertThat(page.select("section.answers ol > li")).hasSize(deck.size());
    }

    @Test
    void thePageRunsNothingAndLoadsNothingFromElsewhere() throws IOException {
        Document page = export(new HtmlExporter(HtmlExporter.Order.LEVEL).withQuiz(0, 1), SampleDeck.deck());

        assertThat(page.select("script, link, img, iframe, object, embed, base, form")).isEmpty();
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as(element.tagName()).doesNotStartWith("on").isNotEqualTo("src");
            }
        }
        assertThat(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .isEqualTo("default-src 'none'; style-src 'unsafe-inline'");
        assertThat(page.select("style")).hasSize(1);
        assertThat(page.selectFirst("style").data()).contains("@media print").doesNotContain("url(", "@import");
    }

    @Test
    void markupInAHostileDeckIsShownAsTextNeverRun() throws IOException {
        Term hostile = new Term("xss", "<img src=x onerror=alert(1)>", Level.BEGINNER, "</style><script>",
                "<script>alert('definition')</script> & more\n</p><p onclick=\"x\">",
                List.of("\"><svg onload=alert(1)>"), List.of(), "<a href=\"https://evil.example\">click</a>",
                List.of());
        Deck deck = Deck.of("hostile", "</title><script>alert('name')</script>", "<b>description</b>",
                List.of(hostile));
        Document page = export(new HtmlExporter(HtmlExporter.Order.ALPHABETICAL).withQuiz(0, 1), deck);

        assertThat(page.select("script, img, svg, b, a[href^=http]")).isEmpty();
        assertThat(page.title()).isEqualTo("</title><script>alert('name')</script>");
        Element entry = page.getElementById("term-xss");
        assertThat(entry.selectFirst("h3").text()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(entry.selectFirst(".definition").text())
                .isEqualTo("<script>alert('definition')</script> & more </p><p onclick=\"x\">");
        assertThat(entry.selectFirst(".example").text()).isEqualTo("Example: <a href=\"https://evil.example\">click</a>");
        assertThat(entry.selectFirst(".category").text()).isEqualTo("Category: </style><script>");
        assertThat(page.select("[onclick], [onerror], [onload]")).isEmpty();
    }

    @Test
    void byLevelGivesASectionPerLevelInOrderAndPrintBreaksThePageBetweenThem() throws IOException {
        Document page = export(new HtmlExporter(HtmlExporter.Order.LEVEL), SampleDeck.deck());

        assertThat(page.select("main.by-level > section > h2").eachText())
                .containsExactly("Beginner", "Intermediate", "Advanced");
        assertThat(page.select("#group-beginner article").eachAttr("id")).containsExactly("term-tcp", "term-hashtag");
        assertThat(page.selectFirst("style").data()).contains(".by-level > section + section")
                .contains("break-before: page").contains("background: none");
        assertThat(page.select("nav a").eachAttr("href"))
                .containsExactly("#group-beginner", "#group-intermediate", "#group-advanced");
        assertThat(page.select("section.quiz")).isEmpty();
    }

    @Test
    void alphabeticallyGroupsByFirstLetterAccentsAsidePuttingNamesWithoutALetterFirst() throws IOException {
        Document page = export(new HtmlExporter(HtmlExporter.Order.ALPHABETICAL), SampleDeck.deck());

        assertThat(page.select("main.alphabetical > section > h2").eachText())
                .containsExactly("#", "C", "L", "T", "U");
        assertThat(page.select("main article h3").eachText())
                .containsExactly("#hashtag", "Café", "List<String>", "TCP", "UDP");
    }

    @Test
    void eachTermShowsItsOtherNamesExampleWithLineBreaksAndParagraphs() throws IOException {
        Document page = export(new HtmlExporter(HtmlExporter.Order.LEVEL), SampleDeck.deck());

        Element list = page.getElementById("term-list-string");
        assertThat(list.selectFirst(".names").text()).isEqualTo("Also called: List of String");
        assertThat(list.select(".example br")).hasSize(1);
        Element cafe = page.getElementById("term-cafe");
        assertThat(cafe.select(".definition p").eachText())
                .containsExactly("1. Coffee. - Not a list.", "> Not a quote either.");
        assertThat(page.getElementById("term-tcp").select(".related a").eachAttr("href")).containsExactly("#term-udp");
    }

    @Test
    void theQuizSheetBlanksTheNamesAndItsAnswerKeyFollowsTheSameOrder() throws IOException {
        Deck deck = DeckSource.bundled();
        Document page = export(new HtmlExporter(HtmlExporter.Order.LEVEL).withQuiz(12, 3), deck);

        List<Element> questions = page.select("section.quiz ol > li");
        List<Element> answers = page.select("section.answers ol > li a");
        assertThat(questions).hasSize(12);
        assertThat(answers).hasSize(12);
        for (int i = 0; i < questions.size(); i++) {
            Term term = deck.byId(answers.get(i).attr("href").substring("#term-".length())).orElseThrow();
            assertThat(answers.get(i).text()).isEqualTo(term.name());
            assertThat(Masker.mentions(term, questions.get(i).text())).as(questions.get(i).text()).isFalse();
        }
        assertThat(page.selectFirst("style").data()).contains(".quiz, .answers");
    }

    @Test
    void twinsAreLinkedAsSameAsBlankedInTheirTwinsQuestionsAndRightAnswersInTheKey() throws IOException {
        Deck deck = DeckSource.bundled();
        Document page = export(new HtmlExporter(HtmlExporter.Order.LEVEL).withQuiz(0, 3), deck);

        Element cron = page.getElementById("term-cron-job");
        assertThat(cron.selectFirst(".same").text()).isEqualTo("Same as: Scheduled Task");
        assertThat(cron.select(".same a").eachAttr("href")).containsExactly("#term-scheduled-task");
        assertThat(cron.select(".related a").eachAttr("href")).as("a twin is said once")
                .doesNotContain("#term-scheduled-task").isNotEmpty();
        assertThat(page.getElementById("term-scheduled-task").select(".same a").eachAttr("href"))
                .containsExactly("#term-cron-job");
        assertThat(page.getElementById("term-rate-limiting").select(".same")).isEmpty();
        List<Element> questions = page.select("section.quiz ol > li");
        List<Element> answers = page.select("section.answers ol > li");
        for (int i = 0; i < questions.size(); i++) {
            Term term = deck.byId(answers.get(i).selectFirst("a").attr("href").substring("#term-".length()))
                    .orElseThrow();
            for (Term twin : deck.same(term)) {
                assertThat(Masker.mentions(twin, questions.get(i).text())).as(questions.get(i).text()).isFalse();
            }
            if (term.id().equals("cron-job")) {
                assertThat(answers.get(i).text()).isEqualTo("Cron Job (or Scheduled Task)");
            }
        }
        assertThat(answers).extracting(Element::text).contains("Cron Job (or Scheduled Task)");
    }

    @Test
    void theSameSeedPrintsTheSameSheetAndAnotherSeedAnother() throws IOException {
        Deck deck = DeckSource.bundled();
        List<String> first = export(new HtmlExporter(HtmlExporter.Order.LEVEL).withQuiz(10, 5), deck)
                .select("section.answers li").eachText();
        List<String> again = export(new HtmlExporter(HtmlExporter.Order.LEVEL).withQuiz(10, 5), deck)
                .select("section.answers li").eachText();
        List<String> other = export(new HtmlExporter(HtmlExporter.Order.LEVEL).withQuiz(10, 6), deck)
                .select("section.answers li").eachText();

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }
}
