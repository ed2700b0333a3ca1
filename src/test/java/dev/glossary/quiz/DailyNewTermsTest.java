package dev.glossary.quiz;

import dev.glossary.progress.CardReplayer;
import dev.glossary.progress.Progress;
import dev.glossary.progress.Review;
import dev.glossary.srs.FsrsParameters;
import dev.glossary.srs.Rating;
import dev.glossary.srs.Scheduler;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class DailyNewTermsTest {
    private static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");
    private final CardReplayer replayer = new CardReplayer(new Scheduler(FsrsParameters.defaults()));

    private Progress answered(Progress progress, String id, Instant at, boolean cram) {
        return progress.record("backend", id, new Review(at, Rating.GOOD, "flip", 1000, cram), replayer);
    }

    @Test
    void termsFirstAnsweredTodayCountAgainstTheDailyAllowance() {
        Progress p = answered(answered(Progress.empty(), "jwt", NOON.minusSeconds(3600), false), "cqrs",
                NOON.minusSeconds(86_400), false);
        p = answered(p, "cqrs", NOON.minusSeconds(60), false);

        assertThat(DailyNewTerms.allowed(5, p.deck("backend"), NOON, ZoneOffset.UTC)).isEqualTo(4);
    }

    @Test
    void cramAnswersLeaveATermNewAndDoNotCount() {
        Progress p = answered(Progress.empty(), "jwt", NOON.minusSeconds(60), true);

        assertThat(DailyNewTerms.allowed(5, p.deck("backend"), NOON, ZoneOffset.UTC)).isEqualTo(5);
    }

    @Test
    void theDayIsTheLearnersOwnAndTheAllowanceNeverGoesBelowZero() {
        // 23:30 on the 1st in UTC is already the morning of the 2nd in Tokyo.
        Progress p = answered(Progress.empty(), "jwt", Instant.parse("2026-03-01T23:30:00Z"), false);
        p = answered(p, "cqrs", Instant.parse("2026-03-02T00:30:00Z"), false);

        assertThat(DailyNewTerms.allowed(5, p.deck("backend"), NOON, ZoneOffset.UTC)).isEqualTo(4);
        assertThat(DailyNewTerms.allowed(5, p.deck("backend"), NOON, ZoneId.of("Asia/Tokyo"))).isEqualTo(3);
        assertThat(DailyNewTerms.allowed(1, p.deck("backend"), NOON, ZoneId.of("Asia/Tokyo"))).isZero();
    }
}
