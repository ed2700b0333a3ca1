package dev.glossary.srs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RatingTest {

    @Test
    void ratingsAreNumberedOneToFourAsInFsrs() {
        assertThat(Rating.AGAIN.value()).isEqualTo(1);
        assertThat(Rating.EASY.value()).isEqualTo(4);
        assertThat(Rating.of(3)).isEqualTo(Rating.GOOD);
        assertThatThrownBy(() -> Rating.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rating.of(5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRatingIsParsedFromItsNumberOrItsName() {
        assertThat(Rating.parse("1")).contains(Rating.AGAIN);
        assertThat(Rating.parse(" Good ")).contains(Rating.GOOD);
        assertThat(Rating.parse("HARD")).contains(Rating.HARD);
        assertThat(Rating.parse("easy")).contains(Rating.EASY);
        assertThat(Rating.parse("5")).isEmpty();
        assertThat(Rating.parse("okay")).isEmpty();
        assertThat(Rating.parse(null)).isEmpty();
    }

    @Test
    void theIdIsTheLowerCaseName() {
        assertThat(Rating.AGAIN.id()).isEqualTo("again");
        assertThat(Rating.GOOD).hasToString("good");
    }
}
