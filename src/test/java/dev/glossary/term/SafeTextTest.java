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

    @Test
    void lineFoldsBreaksAndTabsIntoSpaces() {
        assertThat(SafeText.line("a\nb\tc")).isEqualTo("a b c");
    }

    @Test
    void nullBecomesEmpty() {
        assertThat(SafeText.clean(null)).isEmpty();
    }
}
