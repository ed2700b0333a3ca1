package dev.glossary.report;

import dev.glossary.store.ReportFiles;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/** The teacher's view of the two-learner fixture (src/test/resources/report): Ana on 1.3, Ben on 1.2. */
class ClassReportTest {

    static Path fixture(String name) {
        try {
            return Path.of(ClassReportTest.class.getResource("/report/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ClassReport twoLearners() {
        return ClassReport.of(List.of(new ClassReport.Named("Ana", ReportFiles.read(fixture("ana.json"))),
                new ClassReport.Named("ben.json", ReportFiles.read(fixture("ben.json")))));
    }

    @Test
    void theHardestTermIsTheOneEveryLearnerStumblesOnThenTiesGoToLapses() {
        ClassReport report = twoLearners();

        assertThat(report.terms()).extracting(ClassReport.TermRow::id)
                .containsExactly("ribosome", "nucleus", "golgi", "cell");
        ClassReport.TermRow ribosome = report.terms().get(0);
        assertThat(ribosome.met()).isEqualTo(2);
        assertThat(ribosome.firstTryAccuracy()).isCloseTo((1.0 / 3 + 0) / 2, offset(1e-9));
        assertThat(ribosome.misses()).isCloseTo(2.0 / 3 + 1, offset(1e-9));
        assertThat(ribosome.lapses()).isEqualTo(3);
        assertThat(ribosome.answers()).isEqualTo(9);
        assertThat(ribosome.term()).as("the newest report names it").isEqualTo("Ribosome");
    }

    @Test
    void confusionsAreCountedAsPairsWhicheverWayRound() {
        assertThat(twoLearners().confusedPairs())
                .containsExactly(new ClassReport.ConfusedPair("nucleus", "ribosome", 4, 2));
    }

    @Test
    void coverageIsPerLearnerOfTheTermsInTheirOwnDeck() {
        assertThat(twoLearners().learners()).containsExactly(
                new ClassReport.Learner("Ana", "1.3", 5, 4, 2, 2),
                new ClassReport.Learner("ben.json", "1.2", 4, 3, 1, 2));
    }

    @Test
    void versionsAreMatchedByTermIdAndTheDifferenceIsKept() {
        ClassReport report = twoLearners();

        assertThat(report.versions()).isEqualTo(Map.of("1.2", 1, "1.3", 1));
        assertThat(report.partialTerms()).extracting(ClassReport.TermRow::id).containsExactly("golgi");
        assertThat(report.notReached()).extracting(ClassReport.TermRow::id).containsExactly("lysosome");
    }

    @Test
    void aTermManyLearnersMissRanksAboveOneASingleLearnerMissedOnce() {
        List<ClassReport.Named> reports = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            reports.add(new ClassReport.Named("learner" + i, new LearnerReport("d", null, null, LocalDate.of(2026, 3, 2),
                    List.of(summary("often-missed", 4, 2), summary("easy", 4, 4),
                            summary("once", i == 0 ? 1 : 0, 0)))));
        }

        assertThat(ClassReport.of(reports).terms()).extracting(ClassReport.TermRow::id)
                .containsExactly("often-missed", "once", "easy");
    }

    private static LearnerReport.TermSummary summary(String id, int tries, int right) {
        return new LearnerReport.TermSummary(id, id, tries, tries, right, 0, tries == 0 ? "new" : "review",
                tries == 0 ? "new" : "known", false, null, List.of());
    }
}
