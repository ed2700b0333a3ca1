package dev.glossary.term;

import dev.glossary.progress.Calibration;

/**
 * {@code stats}'s calibration block: {@code CalibrationTable.render(calibration, advice, width, chart, painter)}.
 * One row per bin of predicted recall with the mean prediction and the share recalled side by side; when
 * {@code chart} is on and the terminal is wide enough, each row also gets a bar of the share recalled, from
 * 50 % to 100 %, with a mark where the prediction stands, so a gap of a few points shows. Piped, the rows
 * are the same, without the bars.
 */
public final class CalibrationTable {
    /** Under this many reviews a bin's share recalled says little; the row says so. */
    static final int FEW = 20;
    /** A bin whose prediction is off by more than this is drawn in the warning colour. */
    private static final double CLOSE = 0.03;
    private static final double SCALE_FROM = 0.5;
    /** Bin, mean prediction, share recalled, reviews: 38 cells, so a 40-column terminal takes the table whole. */
    private static final String ROW = "  %7s  %-8s  %8s  %7s";
    private static final String HEADER = "  %-17s  %8s  %7s";
    private static final int ROW_CELLS = String.format(ROW, "", "", "", "").length();
    private static final int MIN_BAR = 10;
    private static final int MAX_BAR = 40;

    private CalibrationTable() {
    }

    public static String render(Calibration c, String advice, int width, boolean chart, Painter paint) {
        StringBuilder out = new StringBuilder("\n");
        out.append(Wrap.indented("Calibration: the recall the schedule predicted against what you recalled,"
                + " in reviews a day or more apart", width, "  "));
        if (c.bins().isEmpty()) {
            out.append(Wrap.indented("no reviews a day or more after the one before yet", width, "  "));
        } else {
            boolean few = c.bins().stream().anyMatch(b -> b.reviews() < FEW) && width >= ROW_CELLS + 5;
            int bar = chart ? Math.min(MAX_BAR, width - ROW_CELLS - 2 - (few ? 5 : 0)) : 0;
            boolean bars = bar >= MIN_BAR;
            out.append(String.format(HEADER, "predicted (mean)", "recalled", "reviews"));
            if (bars) {
                out.append("  ").append(scale(bar));
            }
            out.append('\n');
            for (Calibration.Bin b : c.bins()) {
                StringBuilder row = new StringBuilder(String.format(ROW, b.from() + "-" + b.to() + "%",
                        String.format("(%.1f%%)", b.predicted() * 100), String.format("%.1f%%", b.actual() * 100),
                        b.reviews()));
                if (bars) {
                    row.append("  ").append(bar(b, bar, paint));
                }
                if (few && b.reviews() < FEW) {
                    row.append(paint.faint("  few"));
                }
                out.append(row).append('\n');
            }
        }
        out.append(Wrap.indented(advice, width, "  "));
        return out.toString();
    }

    /** "50%" under the bar's start and "100%" under its end. */
    private static String scale(int bar) {
        return "50%" + " ".repeat(bar - 7) + "100%";
    }

    /** The share recalled as a bar, with a mark where the prediction stands: the bar ends short of it or past it. */
    private static String bar(Calibration.Bin b, int cells, Painter paint) {
        int filled = cell(b.actual(), cells);
        int mark = Math.min(cell(b.predicted(), cells), cells - 1);
        boolean close = Math.abs(b.predicted() - b.actual()) <= CLOSE;
        return run(Math.min(filled, mark), mark, close, paint) + paint.bold("│")
                + run(Math.max(0, filled - mark - 1), cells - mark - 1, close, paint);
    }

    private static String run(int filled, int cells, boolean close, Painter paint) {
        String fill = "█".repeat(filled);
        return (close ? paint.good(fill) : paint.warn(fill)) + paint.faint("·".repeat(cells - filled));
    }

    private static int cell(double share, int cells) {
        return (int) Math.round(Math.max(0, share - SCALE_FROM) / (1 - SCALE_FROM) * cells);
    }
}
