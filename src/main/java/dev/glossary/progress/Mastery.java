package dev.glossary.progress;

import dev.glossary.srs.Card;
import dev.glossary.srs.CardState;

import java.util.Locale;

/**
 * How well a learner knows a term, in the words search, browse and stats show: new (never reviewed),
 * learning (in learning or relearning steps), young (in review, interval under 21 days) and mature
 * (21 days or more, Anki's threshold). Search and browse fold young and mature into "known".
 */
public enum Mastery {
    NEW, LEARNING, YOUNG, MATURE;

    public static final int MATURE_DAYS = 21;

    public static Mastery of(Card card) {
        if (card == null || card.state() == CardState.NEW) {
            return NEW;
        }
        if (card.state() == CardState.LEARNING || card.state() == CardState.RELEARNING) {
            return LEARNING;
        }
        return card.scheduledDays() >= MATURE_DAYS ? MATURE : YOUNG;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The three-way mark of lists: new, learning or known. */
    public String mark() {
        return this == YOUNG || this == MATURE ? "known" : id();
    }
}
