package dev.glossary.term;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SafeTextTest {
    @Test
    void plainTextIsReturnedUnchanged() {
        String text = "Retries with jitter — 重试 ✓\nsecond line\tand a tab";
        assertThat(SafeText.clean(text)).isSameAs(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
            "CSI colour|\u001b[31mred|\\e[31mred",
            "OSC 52 clipboard write|\u001b]52;c;ZXZpbA==\u0007|\\e]52;c;ZXZpbA==\uFFFD",
            "carriage return|safe\rfake|safe\uFFFDfake",
            "bell|ding\u0007|ding\uFFFD",
            "C1 CSI|\u009b31m|\uFFFD31m",
            "bidi override|abc\u202Edef|abc\uFFFDdef",
            "bidi isolate|x\u2066y\u2069|x\uFFFDy\uFFFD",
            "backspace|ab\bc|ab\uFFFDc",
            "delete|a\u007fb|a\uFFFDb"})
    void controlsAreNeutralised(String name, String hostile, String expected) {
        assertThat(SafeText.clean(hostile)).isEqualTo(expected);
        assertThat(SafeText.clean(hostile)).doesNotContain("\u001b", "\r", "\u0007", "\u009b", "\u202e");
    }

    /** The hostile review's C1: these passed to the terminal raw. */
    @Test
    void lineAndParagraphSeparatorsAreLineBreaks() {
        assertThat(SafeText.clean("a\u2028b\u2029c")).isEqualTo("a\nb\nc");
        assertThat(SafeText.line("a\u2028b")).isEqualTo("a b");
    }

    @Test
    void tagCharactersAreShownExceptInAnEmojiFlag() {
        String hidden = "ok" + new String(Character.toChars(0xE0041)) + new String(Character.toChars(0xE0042));
        assertThat(SafeText.clean(hidden)).isEqualTo("ok\uFFFD\uFFFD");
        String england = new String(Character.toChars(0x1F3F4)) + "\uDB40\uDC67\uDB40\uDC62\uDB40\uDC65\uDB40\uDC6E"
                + "\uDB40\uDC67\uDB40\uDC7F";
        assertThat(SafeText.clean("flag " + england + " ok")).isEqualTo("flag " + england + " ok");
        assertThat(SafeText.clean(england + "x" + "\uDB40\uDC41")).isEqualTo(england + "x\uFFFD");
    }

    @Test
    void zeroWidthJoinersAndSpacesAreKept() {
        String family = "\uD83D\uDC69\u200D\uD83D\uDC67";
        assertThat(SafeText.clean(family + " a\u200Bb \u200C")).isEqualTo(family + " a\u200Bb \u200C");
    }

    /** C2: 500 marks on one letter spilled over the browse list. */
    @Test
    void aPileOfCombiningMarksIsCutToFour() {
        assertThat(SafeText.line("Z" + "\u0301".repeat(500) + "algo")).isEqualTo("Z" + "\u0301".repeat(4) + "algo");
        assertThat(SafeText.clean("Vie\u0302\u0323t")).isEqualTo("Vie\u0302\u0323t");
    }

    @Test
    void lineFoldsBreaksAndTabsIntoSpaces() {
        assertThat(SafeText.line("a\nb\tc")).isEqualTo("a b c");
    }

    @Test
    void nullBecomesEmpty() {
        assertThat(SafeText.clean(null)).isEmpty();
    }
}
