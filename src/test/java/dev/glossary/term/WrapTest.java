package dev.glossary.term;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WrapTest {
    @Test
    void linesNeverExceedTheWidth() {
        String text = "A retry policy waits longer after each failure so that a struggling service gets room to recover.";
        assertThat(Wrap.lines(text, 30)).allSatisfy(line -> assertThat(Wrap.cells(line)).isLessThanOrEqualTo(30))
                .hasSizeGreaterThan(2);
        assertThat(String.join(" ", Wrap.lines(text, 30))).isEqualTo(text);
    }

    @Test
    void aClosingBraceIsNotLeftAloneOnALine() {
        String code = "getAdminData() { return data; }";

        assertThat(Wrap.lines(code, 29)).containsExactly("getAdminData() { return", "data; }");
        assertThat(Wrap.lines("r.GET(\"/ping\", func(c) { c.JSON(200) })", 35))
                .containsExactly("r.GET(\"/ping\", func(c) {", "c.JSON(200) })");
        assertThat(Wrap.lines("one two three", 9)).containsExactly("one two", "three");
        assertThat(Wrap.lines("x aaaaaaaaa }", 10)).containsExactly("x", "aaaaaaaaa", "}");
    }

    @Test
    void aWordLongerThanTheLineIsBroken() {
        assertThat(Wrap.lines("x".repeat(25), 10)).containsExactly("x".repeat(10), "x".repeat(10), "x".repeat(5));
    }

    @Test
    void wideCharactersCountAsTwoCells() {
        assertThat(Wrap.cells("重试")).isEqualTo(4);
        assertThat(Wrap.fit("重试重试重试", 7)).isEqualTo("重试重…");
    }

    @Test
    void indentedKeepsParagraphBreaks() {
        assertThat(Wrap.indented("one\ntwo", 40, "  ")).isEqualTo("  one\n  two\n");
    }

    @Test
    void fitLeavesShortLinesAlone() {
        assertThat(Wrap.fit("short", 10)).isEqualTo("short");
        assertThat(Wrap.fit("a longer line here", 10)).isEqualTo("a longer…");
    }
}
