package dev.glossary.progress;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import dev.glossary.srs.FsrsParameters;
import dev.glossary.srs.Rating;
import dev.glossary.srs.Scheduler;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ExamOutlookTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Scheduler SCHEDULER = new Scheduler(FsrsParameters.defaults());
    private static final CardReplayer REPLAYER = new CardReplayer(SCHEDULER);
    private static final Deck DECK = Deck.of("backend", "Backend", "", List.of(
            Term.of("api", "API", Level.BEGINNER, "A contract between programs."),
            Term.of("http", "HTTP", Level.BEGINNER, "The web's request and response protocol."),
            Term.of("json", "JSON", Level.BEGINNER, "A text format for data."),
            Term.of("url", "URL", Level.BEGINNER, "An address on the web."),
            Term.of("saga", "Saga", Level.ADVANCED, "A chain of local transactions with compensations.")));
    private static final Exam BEGINNER_EXAM = new Exam(LocalDate.of(2026, 3, 12), Set.of(Level.BEGINNER));

    private static Progress answered(Progress p, String termId, Instant at, Rating rating) {
        return p.record("backend", termId, new Review(at, rating, "choice", 2000, false), REPLAYER);
    }

    private static ExamOutlook outlook(Progress p, Exam exam, int perDay, Instant now) {
        return ExamOutlook.of(exam, DECK, p.deck("backend"), perDay, SCHEDULER, now, ZoneOffset.UTC);
    }

    @Test
    void predictedRecallIsTheMeanRetrievabilityWhenTheExamDayBeginsWithZeroForTermsNeverStudied() {
        Progress p = answered(Progress.empty(), "api", T0, Rating.GOOD);
        p = answered(p, "http", T0, Rating.EASY);
        // Outside the exam's levels: left out of every figure.
        p = answered(p, "saga", T0, Rating.EASY);

        ExamOutlook o = outlook(p, BEGINNER_EXAM, 20, T0);

        // By hand, FSRS-6 with the default weights: a first Good leaves stability w2 = 2.3065 days, a first
        // Easy w3 = 8.2956; R(t, S) = (1 + F t / S)^-w20 with w20 = 0.1542 and F = 0.9^(-1/w20) - 1 = 0.98034649.
        // From 09:00 on 2 March to midnight on 12 March is 9 whole days:
        // R(9, 2.3065) = 0.78451304, R(9, 8.2956) = 0.89430378, and the two unseen terms count 0.
        assertThat(o.predictedRecall()).isCloseTo((0.78451304 + 0.89430378 + 0 + 0) / 4, within(1e-9));
        assertThat(o.unseen()).isEqualTo(2);
        assertThat(o.daysLeft()).isEqualTo(10);
    }

    @Test
    void anExamCoveringNoStudiedTermPredictsNoRecall() {
        assertThat(outlook(Progress.empty(), BEGINNER_EXAM, 20, T0).predictedRecall()).isZero();
        assertThat(outlook(Progress.empty(), BEGINNER_EXAM, 20, T0).unseen()).isEqualTo(4);
    }

    @Test
    void withManyDaysLeftTheUnseenTermsAreSpreadOverTheDaysUpToAFewBeforeTheExam() {
        // 12 days left: introductions run from today to 3 days before, 10 days.
        assertThat(ExamOutlook.pace(5, 80, 12)).isEqualTo(8);
        assertThat(ExamOutlook.pace(5, 81, 12)).isEqualTo(9);
        // The learner's own count stands when it is enough.
        assertThat(ExamOutlook.pace(20, 80, 12)).isEqualTo(20);
        assertThat(ExamOutlook.pace(5, 0, 12)).isEqualTo(5);
        assertThat(ExamOutlook.pace(5, 40, 4)).isEqualTo(20);
    }

    @Test
    void withOneDayOrNoneLeftEveryUnseenTermMayComeInToday() {
        assertThat(ExamOutlook.pace(5, 40, 1)).isEqualTo(40);
        assertThat(ExamOutlook.pace(5, 40, 0)).isEqualTo(40);
        assertThat(ExamOutlook.pace(5, 40, ExamOutlook.LEAD_DAYS)).isEqualTo(40);
        assertThat(ExamOutlook.pace(50, 40, 0)).isEqualTo(50);
    }

    @Test
    void todaysPaceHoldsAllDayAsTermsAreIntroduced() {
        Exam exam = new Exam(LocalDate.of(2026, 3, 5), Set.of(Level.BEGINNER));
        // 3 days left: every unseen term is for today, and introducing some does not lower the count.
        assertThat(outlook(Progress.empty(), exam, 1, T0).newPerDay()).isEqualTo(4);
        Progress p = answered(answered(Progress.empty(), "api", T0, Rating.GOOD), "http", T0, Rating.GOOD);
        assertThat(outlook(p, exam, 1, T0.plusSeconds(60)).newPerDay()).isEqualTo(4);
        assertThat(outlook(p, exam, 1, T0.plusSeconds(60)).unseen()).isEqualTo(2);
        // The next day only the two left count.
        assertThat(outlook(p, exam, 1, T0.plusSeconds(86_400)).newPerDay()).isEqualTo(2);
    }

    @Test
    void theDaysLeftAreTheLearnersCalendarDays() {
        Exam exam = new Exam(LocalDate.of(2026, 3, 3), EnumSet.allOf(Level.class));
        // 23:30 UTC on 2 March is already 3 March in Tokyo: the exam is today there.
        Instant late = Instant.parse("2026-03-02T23:30:00Z");
        assertThat(ExamOutlook.of(exam, DECK, java.util.Map.of(), 20, SCHEDULER, late, ZoneOffset.UTC).daysLeft())
                .isEqualTo(1);
        assertThat(ExamOutlook.of(exam, DECK, java.util.Map.of(), 20, SCHEDULER, late, ZoneId.of("Asia/Tokyo"))
                .daysLeft()).isZero();
        assertThat(exam.lapsed(LocalDate.of(2026, 3, 3))).isFalse();
        assertThat(exam.lapsed(LocalDate.of(2026, 3, 4))).isTrue();
    }
}
