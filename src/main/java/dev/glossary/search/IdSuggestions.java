package dev.glossary.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The ids to suggest for one that names nothing, as when {@code --deck biology-101} should have been
 * {@code biology-101-cells}: {@code IdSuggestions.closest("biology-101", installedIds, 3)}. An id that the
 * query starts, ends or is part of comes first (the learner typed part of it), then ids within a few typos.
 */
public final class IdSuggestions {
    private static final int MIN_PART = 3;

    private IdSuggestions() {
    }

    private record Candidate(String id, int rank, int distance) {
    }

    public static List<String> closest(String query, Collection<String> ids, int limit) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        List<Candidate> found = new ArrayList<>();
        for (String id : ids) {
            String key = id.toLowerCase(Locale.ROOT);
            if (key.equals(q)) {
                continue;
            }
            int allowed = Math.max(1, EditDistance.allowedEdits(Math.max(q.length(), key.length())));
            int distance = EditDistance.within(q, key, allowed + 1);
            if (q.length() >= MIN_PART && (key.startsWith(q) || key.endsWith(q) || q.startsWith(key))) {
                found.add(new Candidate(id, 0, Math.abs(key.length() - q.length())));
            } else if (q.length() >= MIN_PART && key.contains(q)) {
                found.add(new Candidate(id, 1, key.length() - q.length()));
            } else if (distance <= allowed) {
                found.add(new Candidate(id, 2, distance));
            }
        }
        found.sort(Comparator.comparingInt(Candidate::rank).thenComparingInt(Candidate::distance)
                .thenComparing(Candidate::id));
        return found.stream().limit(limit).map(Candidate::id).toList();
    }
}
