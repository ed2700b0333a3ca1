package dev.glossary.term;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

/** Text charts for {@code stats}: horizontal bars and a calendar heatmap in Unicode blocks. */
public final class Charts {
    private static final String[] SHADES = {"·", "░", "▒", "▓", "█"};

    private Charts() {
    }

    /**
     * Figures such as "Streak: 3 days" side by side, three spaces apart, as many to a line as fit in {@code width}
     * (less the two-space indent and the last column), each whole.
     */
    public static String fitted(List<String> figures, int width, Painter paint) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String figure : figures) {
            if (line.length() > 0 && Wrap.cells(line + "   " + figure) > width - 3) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? "   " : "").append(figure);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        StringBuilder out = new StringBuilder();
        for (String l : lines) {
            // Only a figure wider than the screen on its own needs wrapping; wrapping would close up the spaces.
            out.append(Wrap.cells(l) > width - 3 ? Wrap.indented(l, width - 1, "  ") : "  " + l + "\n");
        }
        return out.toString().replace('\u00A0', ' ');
    }

    /** One bar a row: {@code label  ████ 12}, scaled so the longest bar fills the width. */
    public static String bars(List<String> labels, List<Integer> values, int width, Painter paint) {
        int max = values.stream().mapToInt(Integer::intValue).max().orElse(0);
        int labelWidth = labels.stream().mapToInt(String::length).max().orElse(0);
        int room = Math.max(width - labelWidth - 10, 5);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            int v = values.get(i);
            int len = max == 0 ? 0 : (int) Math.round((double) v * room / max);
            if (v > 0 && len == 0) {
                len = 1;
            }
            out.append(String.format("  %-" + labelWidth + "s ", labels.get(i)))
                    .append(paint.accent("█".repeat(len)))
                    .append(len > 0 ? " " : "")
                    .append(v).append('\n');
        }
        return out.toString();
    }

    /**
     * Weeks as columns, Monday to Sunday as rows, darker for more reviews; the last column is the week
     * of {@code today}. Days after today are blank. It takes 8 cells more than {@code weeks}, and its month
     * names up to 10.
     */
    public static String heatmap(Map<LocalDate, Integer> perDay, LocalDate today, int weeks, Painter paint) {
        LocalDate lastMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate start = lastMonday.minusWeeks(weeks - 1L);
        int max = perDay.entrySet().stream().filter(e -> !e.getKey().isBefore(start))
                .mapToInt(Map.Entry::getValue).max().orElse(0);
        String[] names = {"Mon", "   ", "Wed", "   ", "Fri", "   ", "Sun"};
        StringBuilder out = new StringBuilder("      ");
        // Month names over the week each month starts in, where there is room for them; the first column's month
        // only when no other starts under its name. The last name may reach two cells past the last column.
        int free = 0;
        for (int week = 0; week < weeks; week++) {
            LocalDate monday = start.plusWeeks(week);
            boolean starts = week == 0 ? start.getMonth() == start.plusWeeks(3).getMonth()
                    : monday.getMonth() != monday.minusWeeks(1).getMonth();
            String month = monday.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH);
            if (starts && week >= free) {
                out.append(month);
                free = week + month.length() + 1;
                week += month.length() - 1;
            } else {
                out.append(' ');
            }
        }
        out = new StringBuilder(out.toString().stripTrailing()).append('\n');
        for (int row = 0; row < 7; row++) {
            out.append("  ").append(names[row]).append(' ');
            for (int week = 0; week < weeks; week++) {
                LocalDate day = start.plusWeeks(week).plusDays(row);
                if (day.isAfter(today)) {
                    out.append(' ');
                    continue;
                }
                int n = perDay.getOrDefault(day, 0);
                String cell = SHADES[shade(n, max)];
                out.append(n > 0 ? paint.good(cell) : paint.faint(cell));
            }
            out.append('\n');
        }
        out.append("  ").append(paint.faint(SHADES[0])).append(" none  ");
        for (int i = 1; i < SHADES.length; i++) {
            out.append(paint.good(SHADES[i]));
        }
        out.append(" more; ").append(max).append(" a day at most\n");
        return out.toString();
    }

    static int shade(int n, int max) {
        if (n <= 0 || max <= 0) {
            return 0;
        }
        return 1 + Math.min(3, (int) Math.floor(4.0 * (n - 1) / max));
    }
}
