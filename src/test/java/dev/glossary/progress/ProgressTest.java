package dev.glossary.progress;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import dev.glossary.srs.CardState;
import dev.glossary.srs.FsrsParameters;
import dev.glossary.srs.Rating;
import dev.glossary.srs.Scheduler;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTest {
    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
    private final CardReplayer replayer = new CardReplayer(new Scheduler(FsrsParameters.defaults().withFuzz(true)));

    private static Review review(Instant at, Rating rating) {
        return new Review(at, rating, "flip", 1500, false);
    }

    @Test
    void recordingAReviewSchedulesTheCardAndLogsTheAnswer() {
        Progress p = Progress.empty().record("backend", "jwt", review(T0, Rating.GOOD), replayer);
        TermHistory h = p.term("backend", "jwt").orElseThrow();
        assertThat(h.reviews()).hasSize(1);
        assertThat(h.card().state()).isEqualTo(CardState.LEARNING);
        assertThat(h.card().due()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
        assertThat(p.reviewCount()).isEqualTo(1);
    }

    @Test
    void aCramAnswerIsLoggedButLeavesTheScheduleAlone() {
        Progress p = Progress.empty().record("backend", "jwt", review(T0, Rating.GOOD), replayer);
        Progress crammed = p.record("backend", "jwt", new Review(T0.plusSeconds(60), Rating.AGAIN, "typed", 900, true),
                replayer);
        assertThat(crammed.card("backend", "jwt")).isEqualTo(p.card("backend", "jwt"));
        assertThat(crammed.term("backend", "jwt").orElseThrow().reviews()).hasSize(2);
    }

    @Test
    void decksNeverMix() {
        Progress p = Progress.empty()
                .record("backend", "jwt", review(T0, Rating.GOOD), replayer)
                .record("course", "jwt", review(T0, Rating.AGAIN), replayer);
        assertThat(p.card("backend", "jwt")).isNotEqualTo(p.card("course", "jwt"));
        assertThat(p.decks()).containsOnlyKeys("backend", "course");
    }

    @Test
    void mergingKeepsTheUnionOfBothLogsAndRecomputesTheCard() {
        Progress base = Progress.empty().record("backend", "jwt", review(T0, Rating.GOOD), replayer);
        Progress mine = base.record("backend", "jwt", review(T0.plus(Duration.ofMinutes(10)), Rating.GOOD), replayer);
        Progress theirs = base.record("backend", "cqrs", review(T0.plusSeconds(5), Rating.EASY), replayer)
                .record("backend", "jwt", review(T0.plus(Duration.ofMinutes(11)), Rating.AGAIN), replayer);
        Progress merged = mine.merge(theirs, replayer);
        assertThat(merged.reviewCount()).isEqualTo(4);
        TermHistory jwt = merged.term("backend", "jwt").orElseThrow();
        assertThat(jwt.reviews()).extracting(Review::rating).containsExactly(Rating.GOOD, Rating.GOOD, Rating.AGAIN);
        assertThat(jwt.card()).isEqualTo(replayer.replay("backend", "jwt", jwt.reviews()));
        assertThat(merged).usingRecursiveComparison().isEqualTo(theirs.merge(mine, replayer));
    }

    @Test
    void replayingALogGivesTheSameCardAsRecordingItOneByOne() {
        Progress p = Progress.empty();
        Instant at = T0;
        for (Rating r : new Rating[] {Rating.GOOD, Rating.GOOD, Rating.HARD, Rating.AGAIN, Rating.GOOD, Rating.EASY}) {
            p = p.record("backend", "jwt", review(at, r), replayer);
            at = p.card("backend", "jwt").orElseThrow().due();
        }
        TermHistory h = p.term("backend", "jwt").orElseThrow();
        assertThat(replayer.replay("backend", "jwt", h.reviews())).isEqualTo(h.card());
    }

    @Test
    void mergingWithItselfChangesNothing() {
        Progress p = Progress.empty().record("backend", "jwt", review(T0, Rating.GOOD), replayer);
        assertThat(p.merge(p, replayer).decks()).isEqualTo(p.decks());
    }

    @Test
    void reratingAnAnswerReplacesItsRatingAndRecomputesTheCard() {
        Progress p = Progress.empty().record("backend", "jwt", review(T0, Rating.GOOD), replayer);
        Progress rerated = p.rerate("backend", "jwt", review(T0, Rating.GOOD), Rating.AGAIN, replayer);
        TermHistory h = rerated.term("backend", "jwt").orElseThrow();
        assertThat(h.reviews()).extracting(Review::rating).containsExactly(Rating.AGAIN);
        assertThat(h.card()).isEqualTo(Progress.empty().record("backend", "jwt", review(T0, Rating.AGAIN), replayer)
                .card("backend", "jwt").orElseThrow());
    }

    @Test
    void aSessionThatSawAnAnswerBeforeItWasReratedDoesNotBringTheOldRatingBack() {
        Progress seen = Progress.empty().record("backend", "jwt", review(T0, Rating.GOOD), replayer);
        Progress rerated = seen.rerate("backend", "jwt", review(T0, Rating.GOOD), Rating.HARD, replayer);
        Progress other = seen.record("backend", "jwt", review(T0.plus(Duration.ofMinutes(20)), Rating.GOOD), replayer);

        TermHistory merged = rerated.merge(other, replayer).term("backend", "jwt").orElseThrow();

        assertThat(merged.reviews()).extracting(Review::rating).containsExactly(Rating.HARD, Rating.GOOD);
        assertThat(merged.card()).isEqualTo(replayer.replay("backend", "jwt", merged.reviews()));
    }

    @Test
    void dueTermsAreTheStudiedOnesWhoseTimeHasComeWithinTheLevelsInDeckOrder() {
        Deck deck = Deck.of("backend", "Backend", "", List.of(Term.of("cqrs", "CQRS", Level.ADVANCED, "A pattern."),
                Term.of("jwt", "JWT", Level.INTERMEDIATE, "A token."), Term.of("api", "API", Level.BEGINNER, "An interface."),
                Term.of("dns", "DNS", Level.BEGINNER, "Names.")));
        Progress p = Progress.empty()
                .record("backend", "jwt", review(T0, Rating.GOOD), replayer)
                .record("backend", "cqrs", review(T0, Rating.AGAIN), replayer)
                .record("backend", "api", new Review(T0, Rating.GOOD, "flip", 1000, true), replayer)
                .record("other", "dns", review(T0, Rating.GOOD), replayer);
        Instant later = T0.plus(Duration.ofMinutes(10));

        assertThat(p.due(deck, EnumSet.allOf(Level.class), later, ExamSchedule.none())).extracting(Term::id).containsExactly("cqrs", "jwt");
        assertThat(p.due(deck, EnumSet.of(Level.INTERMEDIATE), later, ExamSchedule.none())).extracting(Term::id).containsExactly("jwt");
        assertThat(p.due(deck, EnumSet.allOf(Level.class), T0, ExamSchedule.none())).isEmpty();
        assertThat(p.nextDue(deck, EnumSet.allOf(Level.class), T0, ExamSchedule.none())).contains(T0.plus(Duration.ofMinutes(1)));
        assertThat(p.nextDue(deck, EnumSet.of(Level.INTERMEDIATE), T0, ExamSchedule.none())).contains(T0.plus(Duration.ofMinutes(10)));
        assertThat(p.nextDue(deck, EnumSet.allOf(Level.class), later, ExamSchedule.none())).isEmpty();
    }

    @Test
    void undoingAnAnswerRemovesItsReviewAndGivesBackTheCardBeforeIt() {
        Progress one = Progress.empty().record("backend", "jwt", review(T0, Rating.GOOD), replayer);
        Progress two = one.record("backend", "jwt", review(T0.plus(Duration.ofMinutes(10)), Rating.AGAIN), replayer);

        Progress undone = two.undo("backend", "jwt", review(T0.plus(Duration.ofMinutes(10)), Rating.AGAIN),
                T0.plus(Duration.ofMinutes(11)), replayer);

        TermHistory h = undone.term("backend", "jwt").orElseThrow();
        assertThat(h.reviews()).containsExactlyElementsOf(one.term("backend", "jwt").orElseThrow().reviews());
        assertThat(h.card()).isEqualTo(one.card("backend", "jwt").orElseThrow());
        assertThat(h.undone()).extracting(UndoneAnswer::at).containsExactly(T0.plus(Duration.ofMinutes(10)));
    }

    @Test
    void undoingTheOnlyAnswerLeavesTheTermNewAgain() {
        Progress p = Progress.empty().record("backend", "jwt", review(T0, Rating.GOOD), replayer)
                .undo("backend", "jwt", review(T0, Rating.GOOD), T0.plusSeconds(5), replayer);
        TermHistory h = p.term("backend", "jwt").orElseThrow();
        assertThat(h.studied()).isFalse();
        assertThat(h.reviews()).isEmpty();
        assertThat(p.reviewCount()).isZero();
    }

    @Test
    void anUndoneAnswerStaysUndoneWhicheverWayRoundTwoProgressValuesMerge() {
        Progress held = Progress.empty().record("backend", "jwt", review(T0, Rating.GOOD), replayer)
                .record("backend", "jwt", review(T0.plus(Duration.ofMinutes(10)), Rating.AGAIN), replayer);
        Progress undone = held.undo("backend", "jwt", review(T0.plus(Duration.ofMinutes(10)), Rating.AGAIN),
                T0.plus(Duration.ofMinutes(12)), replayer);
        Progress later = held.record("backend", "jwt", review(T0.plus(Duration.ofMinutes(20)), Rating.GOOD), replayer);

        for (Progress merged : List.of(undone.merge(later, replayer), later.merge(undone, replayer))) {
            TermHistory h = merged.term("backend", "jwt").orElseThrow();
            assertThat(h.reviews()).extracting(Review::at).containsExactly(T0, T0.plus(Duration.ofMinutes(20)));
            assertThat(h.card()).isEqualTo(replayer.replay("backend", "jwt", h.reviews()));
        }
        assertThat(undone.merge(later, replayer).decks()).isEqualTo(later.merge(undone, replayer).decks());
    }

    @Test
    void theLastAnswerOfADeckIsTheLatestGivenAcrossItsTerms() {
        Progress p = Progress.empty().record("backend", "jwt", review(T0.plusSeconds(50), Rating.GOOD), replayer)
                .record("backend", "cqrs", review(T0, Rating.GOOD), replayer)
                .record("other", "cqrs", review(T0.plusSeconds(90), Rating.GOOD), replayer);
        assertThat(p.lastAnswer("backend")).map(Progress.Answer::termId).contains("jwt");
        assertThat(p.lastAnswer("nowhere")).isEmpty();
    }

    @Test
    void suspendedTermsAreNeverDueAndBuriedOnesNotUntilTheirBurialEnds() {
        Deck deck = Deck.of("backend", "Backend", "", List.of(Term.of("jwt", "JWT", Level.BEGINNER, "A token."),
                Term.of("api", "API", Level.BEGINNER, "An interface.")));
        Instant later = T0.plus(Duration.ofHours(1));
        Instant tomorrow = T0.plus(Duration.ofDays(1));
        Progress p = Progress.empty().record("backend", "jwt", review(T0, Rating.GOOD), replayer)
                .record("backend", "api", review(T0, Rating.GOOD), replayer)
                .suspend("backend", "jwt", true, T0)
                .bury("backend", "api", tomorrow, T0);

        assertThat(p.due(deck, EnumSet.allOf(Level.class), later, ExamSchedule.none())).isEmpty();
        assertThat(p.nextDue(deck, EnumSet.allOf(Level.class), later, ExamSchedule.none())).contains(tomorrow);
        assertThat(p.due(deck, EnumSet.allOf(Level.class), tomorrow, ExamSchedule.none())).extracting(Term::id).containsExactly("api");

        Progress lifted = p.suspend("backend", "jwt", false, later);
        assertThat(lifted.due(deck, EnumSet.allOf(Level.class), later, ExamSchedule.none())).extracting(Term::id).containsExactly("jwt");
        assertThat(lifted.term("backend", "jwt").orElseThrow().reviews()).hasSize(1);
    }

    @Test
    void ofTwoSettingsOfAFlagTheLaterWinsInAMergeEitherWayRound() {
        Progress base = Progress.empty().record("backend", "jwt", review(T0, Rating.GOOD), replayer);
        Progress suspended = base.suspend("backend", "jwt", true, T0.plusSeconds(10));
        Progress liftedLater = suspended.suspend("backend", "jwt", false, T0.plusSeconds(20));
        Progress buriedByOther = base.bury("backend", "jwt", T0.plus(Duration.ofDays(1)), T0.plusSeconds(15));

        for (Progress merged : List.of(liftedLater.merge(buriedByOther, replayer), buriedByOther.merge(liftedLater, replayer),
                suspended.merge(liftedLater, replayer), liftedLater.merge(suspended, replayer))) {
            assertThat(merged.term("backend", "jwt").orElseThrow().suspended()).isFalse();
        }
        StudyFlags both = liftedLater.merge(buriedByOther, replayer).term("backend", "jwt").orElseThrow().flags();
        assertThat(both.buried(T0.plusSeconds(30))).isTrue();
        assertThat(suspended.merge(buriedByOther, replayer).term("backend", "jwt").orElseThrow().suspended()).isTrue();
    }

    @Test
    void aTermIsALeechFromTheConfiguredNumberOfLapses() {
        Progress p = Progress.empty();
        Instant at = T0;
        for (Rating r : new Rating[] {Rating.GOOD, Rating.GOOD, Rating.AGAIN, Rating.GOOD, Rating.AGAIN}) {
            p = p.record("backend", "jwt", review(at, r), replayer);
            at = p.card("backend", "jwt").orElseThrow().due().plusSeconds(1);
        }
        TermHistory h = p.term("backend", "jwt").orElseThrow();
        assertThat(h.card().lapses()).isEqualTo(2);
        assertThat(h.isLeech(2)).isTrue();
        assertThat(h.isLeech(3)).isFalse();
    }
}
