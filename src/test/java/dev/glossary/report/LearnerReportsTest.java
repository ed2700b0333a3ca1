package dev.glossary.report;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import dev.glossary.progress.CardReplayer;
import dev.glossary.progress.Review;
import dev.glossary.progress.TermHistory;
import dev.glossary.srs.FsrsParameters;
import dev.glossary.srs.Rating;
import dev.glossary.srs.Scheduler;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LearnerReportsTest {
    private static final Scheduler SCHEDULER = new Scheduler(FsrsParameters.defaults());
    private static final CardReplayer REPLAYER = new CardReplayer(SCHEDULER);
    private static final ZoneId ZONE = ZoneId.of("Europe/Lisbon");
    private static final Deck DECK = Deck.of("bio", "Biology", "", List.of(
            Term.of("cell", "Cell", Level.BEGINNER, "The smallest unit of life."),
            Term.of("nucleus", "Nucleus", Level.BEGINNER, "Holds the genetic material."),
            Term.of("golgi", "Golgi", Level.ADVANCED, "Packs proteins.")));

    private static TermHistory history(String termId, Review... reviews) {
        List<Review> log = new ArrayList<>(List.of(reviews));
        return new TermHistory(REPLAYER.replay("bio", termId, log), log);
    }

    private static Review review(String at, Rating rating) {
        return new Review(Instant.parse(at), rating, "choice", 3000, false);
    }

    @Test
    void theFirstAnswerOfEachDayIsTheFirstTryAndEveryAnswerCounts() {
        TermHistory cell = history("cell",
                review("2026-03-01T09:00:00Z", Rating.AGAIN), review("2026-03-01T09:02:00Z", Rating.GOOD),
                review("2026-03-01T09:12:00Z", Rating.GOOD), review("2026-03-02T10:00:00Z", Rating.GOOD));
        Instant now = Instant.parse("2026-03-02T12:00:00Z");

        LearnerReport report = LearnerReports.of(DECK, "1.3", "Ana", Map.of("cell", cell), now, ZONE, SCHEDULER);

        assertThat(report.deckId()).isEqualTo("bio");
        assertThat(report.deckVersion()).isEqualTo("1.3");
        assertThat(report.date()).isEqualTo(LocalDate.of(2026, 3, 2));
        LearnerReport.TermSummary summary = report.terms().get(0);
        assertThat(summary.answers()).isEqualTo(4);
        assertThat(summary.firstTries()).isEqualTo(2);
        assertThat(summary.firstTriesRight()).isEqualTo(1);
        assertThat(summary.firstTryAccuracy()).isEqualTo(0.5);
        assertThat(summary.state()).isEqualTo(cell.card().state().name().toLowerCase());
        assertThat(summary.retrievability()).isEqualTo(SCHEDULER.retrievability(cell.card(), now));
        assertThat(summary.confusions()).isEmpty();
    }

    @Test
    void everyTermOfTheDeckIsInItStudiedOrNot() {
        LearnerReport report = LearnerReports.of(DECK, null, null, Map.of(), Instant.parse("2026-03-02T12:00:00Z"),
                ZONE, SCHEDULER);

        assertThat(report.terms()).extracting(LearnerReport.TermSummary::id).containsExactly("cell", "nucleus", "golgi");
        assertThat(report.terms()).allSatisfy(t -> {
            assertThat(t.answers()).isZero();
            assertThat(t.state()).isEqualTo("new");
            assertThat(t.mastery()).isEqualTo("new");
            assertThat(t.retrievability()).isNull();
            assertThat(t.due()).isFalse();
        });
    }

    @Test
    void daysAreTheLearnersOwnSoALateEveningAndTheNextMorningAreTwoTries() {
        TermHistory nucleus = history("nucleus",
                review("2026-03-01T23:30:00Z", Rating.GOOD), review("2026-03-02T00:30:00Z", Rating.AGAIN));
        LearnerReport inLisbon = LearnerReports.of(DECK, null, null, Map.of("nucleus", nucleus),
                Instant.parse("2026-03-02T12:00:00Z"), ZONE, SCHEDULER);
        LearnerReport inTokyo = LearnerReports.of(DECK, null, null, Map.of("nucleus", nucleus),
                Instant.parse("2026-03-02T12:00:00Z"), ZoneId.of("Asia/Tokyo"), SCHEDULER);

        assertThat(inLisbon.terms().get(1).firstTries()).isEqualTo(2);
        assertThat(inTokyo.terms().get(1).firstTries()).isEqualTo(1);
    }
}
