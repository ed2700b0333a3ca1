package dev.glossary.srs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * The fuzz draw ts-fsrs makes for a review, for replaying its schedules exactly:
 * {@code scheduler.review(card, rating, now, TsFsrsFuzz.draw(card, now))}. ts-fsrs seeds the Alea generator
 * with the text {@code "<review ms>_<reps after the review>_<D·S before it>"}, the product written as
 * JavaScript writes numbers, and takes its first output.
 */
public final class TsFsrsFuzz {
    private static final double TWO_POW_32 = 4294967296.0;
    private static final double TWO_POW_MINUS_32 = 2.3283064365386963e-10;

    private TsFsrsFuzz() {
    }

    public static double draw(Card card, Instant now) {
        return first(now.toEpochMilli() + "_" + (card.reps() + 1) + "_"
                + javaScriptNumber(card.difficulty() * card.stability()));
    }

    /** The first number of Alea (Johannes Baagøe's generator, as ts-fsrs ships it) seeded with {@code seed}. */
    static double first(String seed) {
        Mash mash = new Mash();
        double s0 = mash.next(" ");
        double s1 = mash.next(" ");
        double s2 = mash.next(" ");
        s0 -= mash.next(seed);
        if (s0 < 0) {
            s0 += 1;
        }
        s1 -= mash.next(seed);
        if (s1 < 0) {
            s1 += 1;
        }
        s2 -= mash.next(seed);
        if (s2 < 0) {
            s2 += 1;
        }
        double t = 2091639 * s0 + 1 * TWO_POW_MINUS_32;
        return t - (int) t;
    }

    /** Alea's hash: its state carries over from one call to the next. */
    private static final class Mash {
        private double n = 4022871197.0;

        double next(String data) {
            for (int i = 0; i < data.length(); i++) {
                n += data.charAt(i);
                double h = 0.02519603282416938 * n;
                n = uint32(h);
                h -= n;
                h *= n;
                n = uint32(h);
                h -= n;
                n += h * TWO_POW_32;
            }
            return uint32(n) * TWO_POW_MINUS_32;
        }

        private static double uint32(double x) {
            return (double) ((long) x & 0xFFFFFFFFL);
        }
    }

    /**
     * JavaScript's {@code Number.prototype.toString()}: the fewest significant digits that read back as
     * {@code x}, in plain notation from 1e-6 up to 1e21 and in exponent notation outside.
     */
    static String javaScriptNumber(double x) {
        if (x == 0) {
            return "0";
        }
        if (x < 0) {
            return "-" + javaScriptNumber(-x);
        }
        BigDecimal shortest = shortestDigits(x);
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale();
        if (k <= n && n <= 21) {
            return digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + digits;
        }
        int exponent = n - 1;
        String sign = exponent < 0 ? "-" : "+";
        String mantissa = k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return mantissa + "e" + sign + Math.abs(exponent);
    }

    private static BigDecimal shortestDigits(double x) {
        BigDecimal exact = new BigDecimal(x);
        for (int precision = 1; precision <= 17; precision++) {
            MathContext down = new MathContext(precision, RoundingMode.FLOOR);
            MathContext up = new MathContext(precision, RoundingMode.CEILING);
            BigDecimal best = null;
            for (BigDecimal candidate : new BigDecimal[] {exact.round(down), exact.round(up)}) {
                if (candidate.doubleValue() == x && (best == null
                        || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                    best = candidate;
                }
            }
            if (best != null) {
                return best.stripTrailingZeros();
            }
        }
        return exact.stripTrailingZeros();
    }
}
