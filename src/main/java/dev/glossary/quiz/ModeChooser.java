package dev.glossary.quiz;

import java.util.random.RandomGenerator;

/**
 * Resolves {@link Mode#MIXED} per term: {@code ModeChooser.choose(Mode.MIXED, card, rng)}; any other mode
 * is returned as it is.
 *
 * <p>A weak term (new, stability under {@value #WEAK_STABILITY_DAYS} days, or lapsed and under
 * {@value #KNOWN_STABILITY_DAYS} days) gets recognition: choice or reverse, half and half. A known term (at
 * least {@value #KNOWN_REPS} reviews and stability of {@value #KNOWN_STABILITY_DAYS} days or more) is
 * typed: recall without cues. Anything in between gets flip or choice, half and half.
 */
public final class ModeChooser {
    public static final int KNOWN_REPS = 3;
    public static final double KNOWN_STABILITY_DAYS = 7;
    public static final double WEAK_STABILITY_DAYS = 2;

    private ModeChooser() {
    }

    /**
     * The mode of the first question on a term just introduced: the easiest, choice, when the learner left
     * the mode to the quiz; the mode asked for otherwise.
     */
    public static Mode introduced(Mode requested) {
        return requested == Mode.MIXED ? Mode.CHOICE : requested;
    }

    /** {@code card} may be null for a new term. */
    public static Mode choose(Mode requested, CardInfo card, RandomGenerator rng) {
        if (requested != Mode.MIXED) {
            return requested;
        }
        CardInfo c = card == null ? CardInfo.newCard() : card;
        boolean weak = c.isNew() || c.stability() < WEAK_STABILITY_DAYS
                || (c.lapses() > 0 && c.stability() < KNOWN_STABILITY_DAYS);
        if (weak) {
            return rng.nextBoolean() ? Mode.CHOICE : Mode.REVERSE;
        }
        if (c.reps() >= KNOWN_REPS && c.stability() >= KNOWN_STABILITY_DAYS) {
            return Mode.TYPED;
        }
        return rng.nextBoolean() ? Mode.FLIP : Mode.CHOICE;
    }
}
