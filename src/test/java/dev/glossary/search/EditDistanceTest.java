package dev.glossary.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class EditDistanceTest {
    @ParameterizedTest(name = "{0} to {1} is {2}")
    @CsvSource({
            "idempotency, idempotency, 0",
            "idempotncy, idempotency, 1",
            "idmepotency, idempotency, 1",
            "kafak, kafka, 1",
            "exponental, exponential, 1",
            "cahce, cache, 1",
            "ca, abc, 3",
            "'', abc, 3",
            "token, tokens, 1",
            "retry, entry, 2",
    })
    void countsATranspositionAsOneEdit(String a, String b, int distance) {
        assertThat(EditDistance.within(a, b, 5)).isEqualTo(distance);
    }

    @Test
    void stopsAtTheBound() {
        assertThat(EditDistance.within("kafka", "rabbitmq", 2)).isEqualTo(3);
        assertThat(EditDistance.within("a", "abcdef", 1)).isEqualTo(2);
    }

    @Test
    void agreesWithTheFullTableOnRandomWords() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            String a = randomWord(random);
            String b = random.nextBoolean() ? randomWord(random) : mutate(a, random);
            int max = random.nextInt(4);
            int full = fullTable(a, b);

            assertThat(EditDistance.within(a, b, max)).as("%s / %s within %d", a, b, max).isEqualTo(Math.min(full, max + 1));
            if (full <= max) {
                assertThat(EditDistance.mayBeWithin(EditDistance.letters(a), EditDistance.letters(b), max)).isTrue();
            }
        }
    }

    @Test
    void allowsMoreTyposInLongerWords() {
        assertThat(EditDistance.allowedEdits(3)).isZero();
        assertThat(EditDistance.allowedEdits(4)).isEqualTo(1);
        assertThat(EditDistance.allowedEdits(7)).isEqualTo(1);
        assertThat(EditDistance.allowedEdits(8)).isEqualTo(2);
    }

    @Test
    void letterSetsRuleOutWordsFarApart() {
        assertThat(EditDistance.mayBeWithin(EditDistance.letters("kafka"), EditDistance.letters("redis"), 1)).isFalse();
        assertThat(EditDistance.mayBeWithin(EditDistance.letters("kafak"), EditDistance.letters("kafka"), 1)).isTrue();
    }

    private static String randomWord(SplittableRandom random) {
        StringBuilder word = new StringBuilder();
        int length = random.nextInt(9);
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(4)));
        }
        return word.toString();
    }

    private static String mutate(String word, SplittableRandom random) {
        StringBuilder out = new StringBuilder(word);
        int edits = random.nextInt(4);
        for (int e = 0; e < edits && out.length() > 1; e++) {
            int at = random.nextInt(out.length() - 1);
            switch (random.nextInt(4)) {
                case 0 -> out.deleteCharAt(at);
                case 1 -> out.insert(at, (char) ('a' + random.nextInt(4)));
                case 2 -> out.setCharAt(at, (char) ('a' + random.nextInt(4)));
                default -> {
                    char c = out.charAt(at);
                    out.setCharAt(at, out.charAt(at + 1));
                    out.setCharAt(at + 1, c);
                }
            }
        }
        return out.toString();
    }

    /** The textbook optimal-string-alignment table, to check the banded, bounded one against. */
    private static int fullTable(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
