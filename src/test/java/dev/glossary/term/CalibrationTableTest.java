package dev.glossary.term;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossary.progress.Calibration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTableTest {
    private static final Painter PLAIN = new Painter(false);
    private static final Calibration LEARNER = new Calibration(List.of(
            new Calibration.Bin(0, 70, 0.628, 1.0, 5),
            new Calibration.Bin(80, 90, 0.863, 0.894, 592),
            new Calibration.Bin(90, 95, 0.915, 0.80, 292)), 889);
    private static final String ADVICE = "Predictions are off by 4.5 points on average: glossary srs optimize is worth"
            + " running, to fit the schedule to you.";

    @Test
    void pipedItIsRowsOfThePredictionAndTheShareRecalledSideBySide() {
        String out = CalibrationTable.render(LEARNER, ADVICE, 80, false, PLAIN);

        assertThat(out).isEqualTo("""

                  Calibration: the recall the schedule predicted against what you recalled, in
                  reviews a day or more apart
                  predicted (mean)   recalled  reviews
                    0-70%  (62.8%)     100.0%        5  few
                   80-90%  (86.3%)      89.4%      592
                   90-95%  (91.5%)      80.0%      292
                  Predictions are off by 4.5 points on average: glossary srs optimize is worth
                  running, to fit the schedule to you.
                """);
    }

    @Test
    void onAWideTerminalEachRowGetsABarOfRecallFrom50To100PercentMarkedAtThePrediction() {
        String out = CalibrationTable.render(LEARNER, ADVICE, 80, true, PLAIN);

        List<String> lines = out.lines().toList();
        assertThat(lines.get(3)).endsWith("reviews  50%                            100%");
        // 35 cells for 50 points: 86.3 % predicted is cell 25, 89.4 % recalled fills 28 cells, the mark among them.
        assertThat(lines.get(5)).isEqualTo("   80-90%  (86.3%)      89.4%      592  "
                + "█".repeat(25) + "│" + "██" + "·".repeat(7));
        // Recalled short of the prediction: the bar stops before the mark.
        assertThat(lines.get(6)).isEqualTo("   90-95%  (91.5%)      80.0%      292  "
                + "█".repeat(21) + "·".repeat(8) + "│" + "·".repeat(5));
        assertThat(lines).allSatisfy(line -> assertThat(Wrap.cells(line)).isLessThanOrEqualTo(80));
    }

    @Test
    void atFortyColumnsTheTableFitsAndTheBarsAreLeftOut() {
        String out = CalibrationTable.render(LEARNER, ADVICE, 40, true, PLAIN);

        assertThat(out).doesNotContain("│").doesNotContain("█");
        assertThat(out.lines()).allSatisfy(line -> assertThat(Wrap.cells(line)).isLessThanOrEqualTo(40));
        assertThat(out).contains("   90-95%  (91.5%)      80.0%      292\n");
    }

    @Test
    void aLearnerWithoutReviewsADayApartIsToldSo() {
        String out = CalibrationTable.render(new Calibration(List.of(), 0), "With 3 reviews logged …", 80, true, PLAIN);

        assertThat(out).contains("  no reviews a day or more after the one before yet\n").doesNotContain("predicted (mean)");
    }
}
