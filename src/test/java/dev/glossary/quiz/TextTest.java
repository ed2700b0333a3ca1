package dev.glossary.quiz;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class TextTest {
    @ParameterizedTest(name = "\"{0}\" is \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Server-Sent Events  | serversentevents
            HTTP/2              | http2
            HTTP 2.0            | http2
            C++                 | cplusplus
            C#                  | csharp
            Café                | cafe
            Node.js             | nodejs
            '  &&  '            | &&
            '-> ?'              | ->?
            """)
    void compactFoldsCaseAccentsSpacingAndPunctuation(String text, String compact) {
        assertThat(Text.compact(text)).isEqualTo(compact);
    }

    @Test
    void asciiTextIsSplitIntoItsRunsOfLettersAndDigitsLowerCased() {
        String alphabet = "aZ09 -_/:;!?()[]{}'\"@$%^&*=<>|~`\t";
        SplittableRandom random = new SplittableRandom(14);
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n >= 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            List<String> runs = Arrays.stream(text.toString().toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
                    .filter(w -> !w.isEmpty()).toList();
            if (!runs.isEmpty()) {
                assertThat(Text.words(text.toString())).as(text.toString()).isEqualTo(runs);
                assertThat(Text.compact(text.toString())).as(text.toString()).isEqualTo(String.join("", runs));
            }
        }
    }

    @Test
    void aSpellingMayBeWordFormsOnlyWhenItSplitsIntoFormsOfTheTypedWords() {
        assertThat(Text.mayBeWordForms(List.of("retries", "with", "backoff"), "retrywithbackoff")).isTrue();
        assertThat(Text.mayBeWordForms(List.of("monolithic"), "monolith")).isTrue();
        assertThat(Text.mayBeWordForms(List.of("rate", "limits"), "ratelimiter")).isTrue();
        assertThat(Text.mayBeWordForms(List.of("gadget", "7"), "gadget12service")).isFalse();
        assertThat(Text.mayBeWordForms(List.of("rate", "limits"), "ratelimitermiddleware")).isFalse();
    }
}
