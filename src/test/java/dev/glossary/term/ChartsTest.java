package dev.glossary.term;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ChartsTest {
    private static final Painter PLAIN = new Painter(false);

    @Test
    void theHeatmapNamesTheMonthsThatStartUnderTheirWeeksAndTheFirstColumnsOnlyWhenNoneStartsUnderIt() {
        // Sixteen weeks ending in the week of Thursday 12 March 2026: the first column is the week of 24 November.
        String map = Charts.heatmap(Map.of(LocalDate.of(2026, 3, 12), 2, LocalDate.of(2026, 3, 2), 1),
                LocalDate.of(2026, 3, 12), 16, PLAIN);
        List<String> lines = map.lines().toList();

        // December starts in the second column (1 December), under where November's name would run: December is
        // named there, January in the seventh (5 January), February in the eleventh, March in the fifteenth.
        assertThat(lines.get(0)).isEqualTo("       Dec  Jan Feb Mar");
        assertThat(lines.get(1)).startsWith("  Mon ").hasSize(6 + 16);
        assertThat(lines.get(lines.size() - 1)).isEqualTo("  · none  ░▒▓█ more; 2 a day at most");
    }

    @Test
    void theHeatmapsLastMonthNameMayRunTwoCellsPastItsLastColumn() {
        String map = Charts.heatmap(Map.of(), LocalDate.of(2026, 3, 2), 8, PLAIN);

        String months = map.lines().findFirst().orElseThrow();
        assertThat(months).endsWith("Mar");
        assertThat(Wrap.cells(months)).isLessThanOrEqualTo(6 + 8 + 2);
    }
}
