package dev.glossary.progress;

import dev.glossary.srs.Card;
import dev.glossary.srs.CardState;

import java.util.Locale;

/**
 * How well a learner knows a term: new (never reviewed), learning (in learning or relearning steps), young (in
 * review, interval under 21 days) and mature (21 days or more, Anki's threshold). Lists and JSON (search,
 * browse, show, due) use the three marks of {@link #mark()}, new, learning and known, which fold young and
 * mature together; only the scheduling views (stats, why) tell young from mature.
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
