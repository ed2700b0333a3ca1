package dev.glossary.exchange;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTextTest {

    @Test
    void tagsAreDroppedAndEntitiesDecoded() {
        assertThat(HtmlText.toPlainText("<b>bold</b> &amp; <i>italic</i>&nbsp;&lt;tag&gt; &quot;q&quot; &#233;"))
                .isEqualTo("bold & italic <tag> \"q\" é");
    }

    @Test
    void breaksDivsAndParagraphsBecomeLineBreaks() {
        assertThat(HtmlText.toPlainText("one<br>two<div>three</div><div><br></div><div>four</div><p>five</p>six"))
                .isEqualTo("one\ntwo\nthree\n\nfour\nfive\nsix");
    }

    @Test
    void whitespaceIsTidiedAsABrowserWould() {
        assertThat(HtmlText.toPlainText("  <div>\n\t  spread   out \n</div>\n<div> next&nbsp;&nbsp;line </div>  "))
                .isEqualTo("spread out\nnext line");
    }

    @Test
    void moreThanOneBlankLineBecomesOne() {
        assertThat(HtmlText.toPlainText("a<br><br><br><br>b")).isEqualTo("a\n\nb");
    }

    @Test
    void scriptsAndStylesAreNotText() {
        assertThat(HtmlText.toPlainText("<style>.x{}</style>shown<script>alert(1)</script>")).isEqualTo("shown");
    }

    @Test
    void onlyRealHtmlTagsOrEntitiesCountAsHtml() {
        assertThat(HtmlText.looksLikeHtml("a<br>b")).isTrue();
        assertThat(HtmlText.looksLikeHtml("<div class=\"x\">a</div>")).isTrue();
        assertThat(HtmlText.looksLikeHtml("AT&amp;T")).isTrue();
        assertThat(HtmlText.looksLikeHtml("List<String> and Map<K, V>")).isFalse();
        assertThat(HtmlText.looksLikeHtml("a < b && c > d")).isFalse();
    }

    @Test
    void clozeDeletionsKeepTheirAnswer() {
        assertThat(HtmlText.stripCloze("{{c1::TCP}} and {{c12::UDP::protocol}}")).isEqualTo("TCP and UDP");
        assertThat(HtmlText.stripCloze("{{c1::outer {{c2::inner}}}}")).isEqualTo("outer inner");
        assertThat(HtmlText.stripCloze("{{not a cloze}}")).isEqualTo("{{not a cloze}}");
    }
}
