package dev.glossary.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PostingsTest {
    @Test
    void groupsValuesUnderTheirKeysInTheOrderGiven() {
        Postings postings = Postings.group(new int[] {2, 0, 2, 2, 9}, new int[] {10, 11, 12, 13, 99}, 4, 3);

        assertThat(values(postings, 0)).containsExactly(11);
        assertThat(values(postings, 1)).isEmpty();
        assertThat(values(postings, 2)).containsExactly(10, 12, 13);
        assertThat(postings.keyCount()).isEqualTo(3);
    }

    @Test
    void invertsAManyToOneMapping() {
        Postings byLength = Postings.invert(new int[] {3, 5, 3, 4});

        assertThat(values(byLength, 3)).containsExactly(0, 2);
        assertThat(values(byLength, 5)).containsExactly(1);
        assertThat(byLength.size(4)).isEqualTo(1);
        assertThat(byLength.keyCount()).isEqualTo(6);
    }

    @Test
    void sizesARangeOfKeysAtOnce() {
        Postings postings = Postings.invert(new int[] {0, 1, 1, 2, 2, 2});

        assertThat(postings.sizeOfRange(1, 3)).isEqualTo(5);
        assertThat(postings.sizeOfRange(1, 1)).isZero();
    }

    private static List<Integer> values(Postings postings, int key) {
        List<Integer> values = new ArrayList<>();
        for (int i = postings.from(key); i < postings.to(key); i++) {
            values.add(postings.value(i));
        }
        return values;
    }
}
