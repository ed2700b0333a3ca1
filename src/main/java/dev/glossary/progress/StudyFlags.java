package dev.glossary.progress;

import java.time.Instant;

/**
 * What the learner said about studying a term, apart from its answers: suspended (never scheduled nor
 * quizzed until unsuspended) and buried (skipped until {@code buriedUntil}, the start of the next day).
 * Each flag carries when it was last set, so that when two sessions or two machines set it differently,
 * a merge keeps the later setting: {@code mine.merge(theirs)}.
 *
 * @param suspendSetAt when {@code suspended} was last set (by suspend or unsuspend); null if never
 * @param buriedUntil  the end of the last burial; null if never buried
 * @param burySetAt    when the term was last buried; null if never
 */
public record StudyFlags(boolean suspended, Instant suspendSetAt, Instant buriedUntil, Instant burySetAt) {
    public static final StudyFlags NONE = new StudyFlags(false, null, null, null);

    public StudyFlags {
        if (suspendSetAt == null && suspended) {
            throw new IllegalArgumentException("a suspension needs the time it was set");
        }
        if ((buriedUntil == null) != (burySetAt == null)) {
            throw new IllegalArgumentException("a burial needs both its end and the time it was set");
        }
    }

    /** Whether the term is buried at {@code now}. */
    public boolean buried(Instant now) {
        return buriedUntil != null && now.isBefore(buriedUntil);
    }

    /** Whether the term is kept out of sessions at {@code now}: suspended, or buried. */
    public boolean held(Instant now) {
        return suspended || buried(now);
    }

    /** Whether nothing was ever set: such flags need not be written. */
    public boolean isNone() {
        return suspendSetAt == null && burySetAt == null;
    }

    public StudyFlags suspend(boolean on, Instant at) {
        return new StudyFlags(on, at, buriedUntil, burySetAt);
    }

    public StudyFlags bury(Instant until, Instant at) {
        return new StudyFlags(suspended, suspendSetAt, until, at);
    }

    /**
     * Each flag as it was set last by either side. On a tie (the same instant on two machines), a
     * suspension beats an unsuspension and the later end of a burial wins, so that a merge is the same
     * either way round.
     */
    public StudyFlags merge(StudyFlags other) {
        boolean theirSuspension = other.suspendSetAt != null && (suspendSetAt == null
                || other.suspendSetAt.isAfter(suspendSetAt)
                || other.suspendSetAt.equals(suspendSetAt) && other.suspended && !suspended);
        boolean theirBurial = other.burySetAt != null && (burySetAt == null || other.burySetAt.isAfter(burySetAt)
                || other.burySetAt.equals(burySetAt) && other.buriedUntil.isAfter(buriedUntil));
        return new StudyFlags(theirSuspension ? other.suspended : suspended,
                theirSuspension ? other.suspendSetAt : suspendSetAt,
                theirBurial ? other.buriedUntil : buriedUntil, theirBurial ? other.burySetAt : burySetAt);
    }
}
