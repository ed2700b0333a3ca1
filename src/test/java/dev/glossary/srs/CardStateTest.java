package dev.glossary.srs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CardStateTest {

    @Test
    void card_states_carry_the_codes_used_by_ts_fsrs_and_anki() {
        assertThat(CardState.NEW.code()).isZero();
        assertThat(CardState.RELEARNING.code()).isEqualTo(3);
        assertThat(CardState.of(2)).isEqualTo(CardState.REVIEW);
        assertThatThrownBy(() -> CardState.of(4)).isInstanceOf(IllegalArgumentException.class);
    }
}
