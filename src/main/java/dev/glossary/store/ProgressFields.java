package dev.glossary.store;

import java.math.BigInteger;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** One flat object's values, each checked as it is taken; errors name the field by its full path. */
record ProgressFields(String where, Map<String, Object> values) {
    boolean has(String name) {
        return values.get(name) != null;
    }

    ProgressCodec.UnreadableException bad(String name, String problem) {
        return new ProgressCodec.UnreadableException(where + "." + name + ": " + problem);
    }

    private Object require(String name) throws ProgressCodec.UnreadableException {
        Object v = values.get(name);
        if (v == null) {
            throw new ProgressCodec.UnreadableException(where + ": missing \"" + name + "\"");
        }
        return v;
    }

    String text(String name) throws ProgressCodec.UnreadableException {
        if (!(require(name) instanceof String text)) {
            throw bad(name, "must be a string");
        }
        return text;
    }

    boolean bool(String name) throws ProgressCodec.UnreadableException {
        if (!(require(name) instanceof Boolean b)) {
            throw bad(name, "must be true or false");
        }
        return b;
    }

    double number(String name) throws ProgressCodec.UnreadableException {
        if (!(require(name) instanceof Number n) || !Double.isFinite(n.doubleValue())) {
            throw bad(name, "must be a number");
        }
        return n.doubleValue();
    }

    /** A count: a whole number from 0 to {@code max}. */
    long whole(String name, long max) throws ProgressCodec.UnreadableException {
        Object v = require(name);
        if (!(v instanceof Integer || v instanceof Long || v instanceof BigInteger)) {
            throw bad(name, "must be a whole number");
        }
        BigInteger n = v instanceof BigInteger big ? big : BigInteger.valueOf(((Number) v).longValue());
        if (n.signum() < 0 || n.compareTo(BigInteger.valueOf(max)) > 0) {
            throw bad(name, n + " is out of range; it must be 0 to " + max);
        }
        return n.longValue();
    }

    int count(String name) throws ProgressCodec.UnreadableException {
        return (int) whole(name, Integer.MAX_VALUE);
    }

    /**
     * A review's time: in the range any review may have (see {@link TimeRange}), and no later than
     * {@code latest} when that is given (a file from elsewhere, read against this machine's clock).
     */
    Instant reviewTime(String name, Instant latest) throws ProgressCodec.UnreadableException {
        Instant at = instant(name);
        if (!TimeRange.containsReview(at)) {
            throw bad(name, text(name) + " is not " + TimeRange.REVIEW_DESCRIPTION);
        }
        if (latest != null && at.isAfter(latest)) {
            throw bad(name, text(name) + " is more than a day after this machine's clock ("
                    + latest.minus(TimeRange.AHEAD) + "); a review cannot come from the future");
        }
        return at;
    }

    Instant instant(String name) throws ProgressCodec.UnreadableException {
        String text = text(name);
        Instant at;
        try {
            at = Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw bad(name, "\"" + text + "\" is not an ISO-8601 time such as 2026-01-05T10:00:00Z");
        }
        if (!TimeRange.contains(at)) {
            throw bad(name, text + " is not " + TimeRange.DESCRIPTION);
        }
        return at;
    }
}
