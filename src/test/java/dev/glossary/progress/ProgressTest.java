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
}
