package dev.glossary.progress;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import dev.glossary.srs.Card;
import dev.glossary.srs.FsrsParameters;
import dev.glossary.srs.Rating;
import dev.glossary.srs.Scheduler;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ExamScheduleTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final CardReplayer REPLAYER = new CardReplayer(new Scheduler(FsrsParameters.defaults()));
    /** The learner raised the retention to 0.95 for the exam, after the cards were scheduled at 0.90. */
    private static final Scheduler AT_95 = new Scheduler(FsrsParameters.defaults().withRequestRetention(0.95));
    private static final Deck DECK = Deck.of("backend", "Backend", "", List.of(
            Term.of("api", "API", Level.BEGINNER, "A contract between programs."),
            Term.of("saga", "Saga", Level.ADVANCED, "A chain of local transactions with compensations.")));

    /** A first Easy: stability 8.2956 days, due 8 days later, at 09:00 on 10 March. */
    private static Progress easy() {
        Progress p = Progress.empty().record("backend", "api", new Review(T0, Rating.EASY, "choice", 2000, false), REPLAYER);
        return p.record("backend", "saga", new Review(T0, Rating.EASY, "choice", 2000, false), REPLAYER);
    }

    private static Card card(Progress p, String id) {
        return p.card("backend", id).orElseThrow();
    }

    private static ExamSchedule examOn(int dayOfMarch, Scheduler scheduler) {
        return ExamSchedule.of(new Exam(LocalDate.of(2026, 3, dayOfMarch), Set.of(Level.BEGINNER)), DECK,
                ZoneOffset.UTC, scheduler);
    }

    @Test
    void aTermWhoseRecallOnTheExamDayWouldFallShortIsDueOnTheFirstDayItDropsBelowTheRetention() {
        Card api = card(easy(), "api");
        assertThat(api.due()).isEqualTo(T0.plus(Duration.ofDays(8)));

        // Exam on 8 March: 5 whole days after the review, R(5, 8.2956) = 0.93090929, under 0.95. By hand,
        // R(3) = 0.95428521 and R(4) = 0.94205546: the review moves to 4 days after the last, 6 March 09:00.
        assertThat(examOn(8, AT_95).due("api", api)).isEqualTo(T0.plus(Duration.ofDays(4)));
    }

    @Test
    void theMovedReviewComesTheDayBeforeTheExamAtTheLatest() {
        // Exam on 7 March: 4 whole days, R(4) = 0.94205546 < 0.95; day 4 would be 6 March 09:00, after the
        // day before the exam began.
        assertThat(examOn(7, AT_95).due("api", card(easy(), "api"))).isEqualTo(Instant.parse("2026-03-06T00:00:00Z"));
    }

    @Test
    void aTermWhoseRecallOnTheDayIsEnoughKeepsItsDueDate() {
        Card api = card(easy(), "api");
        // Exam on 6 March: 3 whole days, R(3) = 0.95428521, not under 0.95.
        assertThat(examOn(6, AT_95).due("api", api)).isEqualTo(api.due());
        // At the retention the card was scheduled with, its recall is above 0.90 until its due date.
        assertThat(examOn(9, new Scheduler(FsrsParameters.defaults())).due("api", api)).isEqualTo(api.due());
        // Due before the exam anyway.
        assertThat(examOn(12, AT_95).due("api", api)).isEqualTo(api.due());
    }

    @Test
    void termsOutsideTheExamsLevelsAndNewTermsKeepTheirSchedule() {
        Progress p = easy();
        assertThat(examOn(8, AT_95).due("saga", card(p, "saga"))).isEqualTo(card(p, "saga").due());
        Card fresh = Card.newCard(T0);
        assertThat(examOn(8, AT_95).due("api", fresh)).isEqualTo(fresh.due());
    }

    @Test
    void theDueCountAndTheNextDueDateFollowTheExam() {
        Progress p = easy();
        ExamSchedule exam = examOn(8, AT_95);
        Instant fifth = Instant.parse("2026-03-05T12:00:00Z");
        Instant sixth = Instant.parse("2026-03-06T12:00:00Z");
        Set<Level> all = EnumSet.allOf(Level.class);

        assertThat(p.due(DECK, all, fifth, exam)).isEmpty();
        assertThat(p.nextDue(DECK, all, fifth, exam)).contains(T0.plus(Duration.ofDays(4)));
        assertThat(p.due(DECK, all, sixth, exam)).extracting(Term::id).containsExactly("api");
        assertThat(p.due(DECK, all, sixth, ExamSchedule.none())).isEmpty();
        assertThat(Stats.compute("backend", DECK.terms(), p.deck("backend"), fifth, ZoneOffset.UTC, REPLAYER, 6, exam)
                .forecast().subList(0, 2)).containsExactly(0, 1);
    }
}
