package dev.glossary.srs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MemoryModelTest {
    private static final List<Rating> RATINGS =
            List.of(Rating.AGAIN, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD);
    private static final int[] DAY_GAPS = {0, 0, 1, 3, 8, 21};

    @Test
    void theMemoryAfterAgainThenFiveGoodsMatchesFsrsRsWithShortTerm() {
        MemoryState memory = replay(new MemoryModel(FsrsParameters.defaults()));

        assertThat(memory.stability()).isEqualTo(53.62690465);
        assertThat(memory.difficulty()).isEqualTo(6.35748708);
    }

    @Test
    void theMemoryAfterAgainThenFiveGoodsMatchesTsFsrsInLongTermMode() {
        MemoryState memory = replay(new MemoryModel(FsrsParameters.defaults().withShortTerm(false)));

        assertThat(memory.stability()).isEqualTo(53.33506455);
        assertThat(memory.difficulty()).isEqualTo(6.35748708);
    }

    @Test
    void initialDifficultyIsClampedOnlyWhenItBecomesTheCards() {
        MemoryModel model = new MemoryModel(FsrsParameters.defaults());

        assertThat(List.of(Rating.values())).extracting(rating -> model.initial(rating).difficulty())
                .containsExactly(6.4133, 5.11217071, 2.11810397, 1.0);
        assertThat(List.of(Rating.values())).extracting(rating -> model.initial(rating).stability())
                .containsExactly(0.212, 1.2931, 2.3065, 8.2956);
    }

    @Test
    void retentionOf09GivesAnIntervalModifierOfExactly1() {
        MemoryModel model = new MemoryModel(FsrsParameters.defaults());

        assertThat(model.intervalModifier(0.9)).isEqualTo(1.0);
        assertThat(model.intervalModifier(0.8)).isGreaterThan(1.0);
    }

    @Test
    void recallAtTheStabilityIs90Percent() {
        MemoryModel model = new MemoryModel(FsrsParameters.defaults());

        assertThat(model.retrievability(10, 10)).isEqualTo(0.9);
        assertThat(model.retrievability(0, 10)).isEqualTo(1.0);
    }

    @Test
    void round8RoundsHalvesUpLikeJavascript() {
        assertThat(MemoryModel.round8(1.234567895)).isEqualTo(1.2345679);
        assertThat(MemoryModel.round8(-4.77163070000001)).isEqualTo(-4.7716307);
    }

    private static MemoryState replay(MemoryModel model) {
        MemoryState memory = new MemoryState(0, 0);
        for (int i = 0; i < RATINGS.size(); i++) {
            memory = model.next(memory, DAY_GAPS[i], RATINGS.get(i));
        }
        return memory;
    }
}
