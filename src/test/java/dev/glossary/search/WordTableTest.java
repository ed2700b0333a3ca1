package dev.glossary.search;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class WordTableTest {
    @Test
    void findsWordsByTheirCharacters() {
        WordTable table = new WordTable(4);
        table.put("retry", 7);

        assertThat(table.get("retryXYZ".toCharArray(), 5)).isEqualTo(7);
        assertThat(table.get("retry")).isEqualTo(7);
        assertThat(table.get("retr")).isEqualTo(WordTable.MISSING);
        assertThat(table.get("retrys")).isEqualTo(WordTable.MISSING);
    }

    @Test
    void keepsEveryWordAsItGrows() {
        WordTable table = new WordTable(10);
        for (int i = 0; i < 10_000; i++) {
            table.put("w" + i, i);
        }

        for (int i = 0; i < 10_000; i++) {
            assertThat(table.get("w" + i)).isEqualTo(i);
        }
    }

    @Test
    void listsEveryWordWithItsValue() {
        WordTable table = new WordTable(4);
        table.put("cache", 1);
        table.put("retry", 2);
        Map<String, Integer> seen = new HashMap<>();

        table.forEach(seen::put);

        assertThat(seen).containsOnly(entry("cache", 1), entry("retry", 2));
    }

    @Test
    void holdsNegativeValuesOtherThanMissing() {
        WordTable table = new WordTable(4);
        table.put("the", -2);

        assertThat(table.get("the")).isEqualTo(-2);
    }
}
