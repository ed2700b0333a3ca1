package dev.glossary.quiz;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class ModeChooserTest {
    private static final CardInfo KNOWN = new CardInfo(false, Instant.EPOCH, 0.9, 5, 0, 30);
    private static final CardInfo LEARNT = new CardInfo(false, Instant.EPOCH, 0.9, 2, 0, 4);
    private static final CardInfo LAPSED = new CardInfo(false, Instant.EPOCH, 0.9, 6, 1, 3);
    private static final CardInfo FRESHLY_LEARNT = new CardInfo(false, Instant.EPOCH, 0.9, 1, 0, 0.5);

    private static Set<Mode> modesFor(CardInfo card) {
        Set<Mode> modes = new HashSet<>();
        LongStream.range(0, 40).forEach(seed -> modes.add(ModeChooser.choose(Mode.MIXED, card, new SplittableRandom(seed))));
        return modes;
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = "MIXED", mode = EnumSource.Mode.EXCLUDE)
    void keepsAModeTheLearnerChose(Mode mode) {
        assertThat(ModeChooser.choose(mode, KNOWN, new SplittableRandom(1))).isEqualTo(mode);
        assertThat(ModeChooser.choose(mode, null, new SplittableRandom(1))).isEqualTo(mode);
    }

    @Test
    void asksNewAndWeakTermsAsChoiceOrReverse() {
        assertThat(modesFor(null)).containsExactlyInAnyOrder(Mode.CHOICE, Mode.REVERSE);
        assertThat(modesFor(CardInfo.newCard())).containsExactlyInAnyOrder(Mode.CHOICE, Mode.REVERSE);
        assertThat(modesFor(LAPSED)).containsExactlyInAnyOrder(Mode.CHOICE, Mode.REVERSE);
        assertThat(modesFor(FRESHLY_LEARNT)).containsExactlyInAnyOrder(Mode.CHOICE, Mode.REVERSE);
    }

    @Test
    void asksKnownTermsTyped() {
        assertThat(modesFor(KNOWN)).containsExactly(Mode.TYPED);
    }

    @Test
    void asksTermsInBetweenAsFlipOrChoice() {
        assertThat(modesFor(LEARNT)).containsExactlyInAnyOrder(Mode.FLIP, Mode.CHOICE);
    }

    @Test
    void sameSeedChoosesTheSameModes() {
        List<Mode> first = LongStream.range(0, 10).mapToObj(s -> ModeChooser.choose(Mode.MIXED, null, new SplittableRandom(s))).toList();
        List<Mode> again = LongStream.range(0, 10).mapToObj(s -> ModeChooser.choose(Mode.MIXED, null, new SplittableRandom(s))).toList();

        assertThat(again).isEqualTo(first);
    }

    @Test
    void parsesLowerCaseIdsAndNothingElse() {
        assertThat(Mode.parse(" Typed ")).contains(Mode.TYPED);
        assertThat(Mode.parse("reverse")).contains(Mode.REVERSE);
        assertThat(Mode.parse("multiple")).isEmpty();
        assertThat(Mode.parse(null)).isEmpty();
        assertThat(Mode.MIXED.id()).isEqualTo("mixed");
        assertThat(Mode.ids()).isEqualTo("flip, choice, typed, reverse, mixed");
    }
}
