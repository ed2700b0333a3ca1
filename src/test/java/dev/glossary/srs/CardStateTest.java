package dev.glossary.srs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CardStateTest {

    @Test
    void cardStatesCarryTheCodesUsedByTsFsrsAndAnki() {
        assertThat(CardState.NEW.code()).isZero();
        assertThat(CardState.RELEARNING.code()).isEqualTo(3);
        assertThat(CardState.of(2)).isEqualTo(CardState.REVIEW);
        assertThatThrownBy(() -> CardState.of(4)).isInstanceOf(IllegalArgumentException.class);
    }
}
