package dev.glossary.deck;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a teacher says about a deck's edition, all optional: its version ("1.3", "2025-autumn"), its author,
 * when it was last updated, and a changelog. Learners see version and author where decks are listed and
 * installed, and an update shows the changelog entries newer than the version they had:
 * {@code deck.metadata().newerThan(installed.metadata())}.
 */
public record DeckMetadata(String version, String author, LocalDate updated, List<ChangelogEntry> changelog) {
    public static final DeckMetadata NONE = new DeckMetadata(null, null, null, List.of());

    private static final Pattern PART = Pattern.compile("\\d+|[^\\d.\\-_+ ]+");

    public DeckMetadata {
        changelog = changelog == null ? List.of() : List.copyOf(changelog);
    }

    /** One version's entry: what changed, as the author wrote it. {@code date} may be null. */
    public record ChangelogEntry(String version, LocalDate date, List<String> changes) {
        public ChangelogEntry {
            changes = List.copyOf(changes);
        }
    }

    /** "1.3 by Ms Smith", "1.3", "by Ms Smith" or "", for lists and messages. */
    public String byline() {
        String by = author == null ? "" : "by " + author;
        if (version == null) {
            return by;
        }
        return by.isEmpty() ? version : version + " " + by;
    }

    /** "Version 1.3 · by Ana Silva · updated 2026-03-02", as far as the deck says; "" when it says nothing. */
    public String edition() {
        List<String> parts = new ArrayList<>();
        if (version != null) {
            parts.add("Version " + version);
        }
        if (author != null) {
            parts.add("by " + author);
        }
        if (updated != null) {
            parts.add("updated " + updated);
        }
        return String.join(" · ", parts);
    }

    /**
     * The entries of this (newer) changelog that a learner holding {@code installed} has not seen: those of a
     * version after the installed one when it has a version, else those its changelog lacks. Newest first, as
     * changelogs are written.
     */
    public List<ChangelogEntry> newerThan(DeckMetadata installed) {
        Set<String> seen = new HashSet<>();
        for (ChangelogEntry entry : installed.changelog()) {
            seen.add(entry.version());
        }
        List<ChangelogEntry> newer = new ArrayList<>();
        for (ChangelogEntry entry : changelog) {
            boolean isNew = installed.version() != null ? compareVersions(entry.version(), installed.version()) > 0
                    : !seen.contains(entry.version());
            if (isNew) {
                newer.add(entry);
            }
        }
        newer.sort((a, b) -> compareVersions(b.version(), a.version()));
        return newer;
    }

    /**
     * Versions in the order people mean them: numbers as numbers ("1.10" after "1.9"), words in alphabetical order,
     * a leading "v" ignored, and a version that is a prefix of another before it ("2" before "2.1").
     */
    public static int compareVersions(String a, String b) {
        List<String> left = parts(a);
        List<String> right = parts(b);
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            String x = left.get(i);
            String y = right.get(i);
            boolean xNumber = Character.isDigit(x.charAt(0));
            boolean yNumber = Character.isDigit(y.charAt(0));
            int order;
            if (xNumber && yNumber) {
                order = new BigInteger(x).compareTo(new BigInteger(y));
            } else if (xNumber != yNumber) {
                order = xNumber ? 1 : -1;
            } else {
                order = x.compareTo(y);
            }
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.size(), right.size());
    }

    private static List<String> parts(String version) {
        String v = version.strip().toLowerCase(Locale.ROOT);
        if (v.startsWith("v") && v.length() > 1 && Character.isDigit(v.charAt(1))) {
            v = v.substring(1);
        }
        List<String> parts = new ArrayList<>();
        Matcher m = PART.matcher(v);
        while (m.find()) {
            parts.add(m.group());
        }
        return parts;
    }
}
