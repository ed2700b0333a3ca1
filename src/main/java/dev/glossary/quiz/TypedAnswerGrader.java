package dev.glossary.quiz;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Term;
import dev.glossary.quiz.Forms.Form;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Grades a typed answer the way a fair teacher would: {@code new TypedAnswerGrader(deck).grade(term, "jwt")}.
 *
 * <p>Accepted: the name or any alias, ignoring case, spacing, hyphens and punctuation ("nodejs" is
 * "Node.js"), in the singular or plural ("circuit breakers"); either part of a name such as "JWT (JSON Web
 * Token)"; the name without a qualifier in parentheses ("guard" for "Guard (backend)", even beside a term
 * named "Guard"), a leading "the"/"a", or a generic last word such as "pattern", "service" or "runtime"
 * ("circuit breaker" for "Circuit Breaker Pattern"); any of these for a twin, the same concept under another
 * name as the deck's {@code same} says ({@link Likeness#twins}: "scheduled task" for "Cron Job", "sse" for
 * "Server-Sent Events", and back); and small typos, counted over the whole answer as optimal-string-alignment
 * edits (a swap of two letters is one edit): none for forms of up to 4 letters, 1 up to 8 and 2 beyond,
 * and never more than the words of the form allow one by one (none in a word of up to 4 letters), so
 * "Rate Limiting" tolerates one typo, in "limiting". Also accepted, as exact: other forms of the words of a
 * name or alias, word for word ("retries with backoff" for "Retry with Backoff", "monolithic" for
 * "Monolith"), unless another term is written that way too; and a status code with its reason phrase ("404
 * not found").
 *
 * <p>Never accepted: a blank answer; an answer with other numbers than the form ("403" for "404",
 * "HTTP 3" for "HTTP/2"); an answer that is, in any of these ways, another term of the deck that is not a
 * twin ("Rate Limiter" for "Rate Limiting", "Idempotency Key" for "Idempotency", and a general term for a
 * kind of it, "middleware" for "Server Middleware"); and a typo that is at least as close to another term
 * as to this one.
 *
 * <p>A wrong answer that is another term of the deck, written in any of the ways that term's own answer
 * would be accepted, names it ({@link Grade#confusedWith()}): the quiz shows it beside the right one.
 *
 * <p>A wrong answer gets a diff only when it is a near miss, a few edits from the closest accepted form
 * (at most two in five of its letters, at least one): a far miss is another answer, not a misspelling.
 */
public final class TypedAnswerGrader {
    /** Longer answers are graded but not diffed: no one types an essay for a term name. */
    private static final int MAX_DIFF_LENGTH = 200;
    /** A plural is read as its singular only from this length on, so that "bus" is not "bu". */
    private static final int MIN_SINGULAR_LENGTH = 3;
    /** How far in length another term's form may be from a reading and still be spelt or mistyped by it. */
    private static final int LENGTH_WINDOW = 3;

    private final Map<String, Term> terms = new LinkedHashMap<>();
    private final Map<String, List<Form>> formsById = new HashMap<>();
    private Map<Integer, List<OwnedForm>> formsByLength;

    private record OwnedForm(String termId, Form form) {
    }

    public TypedAnswerGrader(Deck deck) {
        for (Term term : deck.terms()) {
            terms.put(term.id(), term);
        }
    }

    public Grade grade(Term term, String answer) {
        Grade grade = held(term, answer);
        if (!grade.correct()) {
            return grade;
        }
        String twin = twinWritten(term, grade.expected());
        return twin == null ? grade : grade.asTwin(twin);
    }

    /**
     * The twin of {@code term} one of whose ways of writing is {@code expected}, by name; null when it is a way
     * of writing the term itself (a twin may share one: "Entity" for "Entity (DDD)").
     */
    private String twinWritten(Term term, String expected) {
        if (formsOf(term).stream().anyMatch(f -> f.display().equals(expected))) {
            return null;
        }
        for (Term other : terms.values()) {
            if (Likeness.twins(term, other) && formsOf(other).stream().anyMatch(f -> f.display().equals(expected))) {
                return other.name();
            }
        }
        return null;
    }

    private Grade held(Term term, String answer) {
        String typed = answer == null ? "" : answer.strip();
        String whole = Text.compact(typed);
        if (whole.isEmpty()) {
            return new Grade(false, false, term.name(), List.of());
        }
        Set<String> readings = new LinkedHashSet<>();
        readings.add(whole);
        List<List<String>> wordings = new ArrayList<>();
        wordings.add(Text.words(typed));
        for (String variant : Forms.variants(typed)) {
            String compact = Text.compact(variant);
            if (!compact.isEmpty()) {
                readings.add(compact);
                wordings.add(Text.words(variant));
            }
        }
        List<Form> mine = new ArrayList<>(formsOf(term));
        Set<String> twins = new HashSet<>();
        for (Term other : terms.values()) {
            if (!other.id().equals(term.id()) && Likeness.twins(term, other)) {
                mine.addAll(formsOf(other));
                twins.add(other.id());
            }
        }
        Map<Form, Term> owners = new IdentityHashMap<>();
        List<Form> theirs = othersNear(readings, term, twins, owners);

        // Another term's own name, typed in full, is wrong even when a part of it would fit this term.
        if (matching(mine, Set.of(whole), true).isEmpty()) {
            Optional<Form> other = matching(theirs, Set.of(whole), true);
            if (other.isPresent()) {
                return wrong(typed, readings, mine, owners.get(other.get()));
            }
        }
        for (boolean explicit : new boolean[] {true, false}) {
            Optional<Form> right = matching(mine, readings, explicit);
            if (right.isPresent()) {
                return new Grade(true, true, right.get().display(), List.of());
            }
            Optional<Form> other = matching(theirs, readings, explicit);
            if (other.isPresent()) {
                return wrong(typed, readings, mine, owners.get(other.get()));
            }
        }
        // Word forms only when no other term is written that way too: "rate limits" is Rate Limiting's and
        // Rate Limiter's alike, so it is neither.
        Optional<Form> byWords = wordForms(mine, wordings);
        Optional<Form> otherByWords = wordForms(theirs, wordings);
        if (byWords.isPresent() && otherByWords.isEmpty()) {
            return new Grade(true, true, byWords.get().display(), List.of());
        }
        if (otherByWords.isPresent()) {
            return wrong(typed, readings, mine, byWords.isEmpty() ? owners.get(otherByWords.get()) : null);
        }
        return near(typed, readings, mine, theirs);
    }

    /**
     * The other terms' forms that a reading could spell or be a typo of: those whose length is within
     * {@value #LENGTH_WINDOW} of a reading's, since a plural adds at most two letters and a typo allowance is
     * at most two edits. Looking them up by length keeps a typed answer fast on a deck of any size. Each form's
     * term goes into {@code owners}, so that a wrong answer can name the term it gave.
     */
    private List<Form> othersNear(Set<String> readings, Term term, Set<String> twins, Map<Form, Term> owners) {
        int shortest = readings.stream().mapToInt(String::length).min().orElse(0);
        int longest = readings.stream().mapToInt(String::length).max().orElse(0);
        List<Form> near = new ArrayList<>();
        for (int length = Math.max(1, shortest - LENGTH_WINDOW); length <= longest + LENGTH_WINDOW; length++) {
            for (OwnedForm owned : formsByLength().getOrDefault(length, List.of())) {
                if (!owned.termId().equals(term.id()) && !twins.contains(owned.termId())) {
                    near.add(owned.form());
                    owners.put(owned.form(), terms.get(owned.termId()));
                }
            }
        }
        return near;
    }

    private Map<Integer, List<OwnedForm>> formsByLength() {
        if (formsByLength == null) {
            formsByLength = new HashMap<>();
            for (Term term : terms.values()) {
                for (Form form : formsOf(term)) {
                    formsByLength.computeIfAbsent(form.compact().length(), n -> new ArrayList<>())
                            .add(new OwnedForm(term.id(), form));
                }
            }
        }
        return formsByLength;
    }

    /** A term's forms, made when first needed: a session that types no answer makes none. */
    private List<Form> formsOf(Term term) {
        if (terms.get(term.id()) != term) {
            return Forms.of(term);
        }
        return formsById.computeIfAbsent(term.id(), id -> Forms.of(term));
    }

    private static Optional<Form> matching(List<Form> forms, Set<String> readings, boolean explicit) {
        return forms.stream().filter(f -> f.explicit() == explicit && readings.stream().anyMatch(r -> spells(r, f)))
                .findFirst();
    }

    private static Optional<Form> wordForms(List<Form> forms, List<List<String>> wordings) {
        return forms.stream().filter(f -> wordings.stream().anyMatch(f::wordForms)).findFirst();
    }

    /** A reading spells a form: the same compact text, or one of the two is the other's plural. */
    private static boolean spells(String reading, Form form) {
        String compact = form.compact();
        return reading.equals(compact) || Math.min(reading.length(), compact.length()) >= MIN_SINGULAR_LENGTH
                && Text.sameOrPlural(reading, compact);
    }

    /** The typo rule: right if close enough to a form of this term and farther from every other term. */
    private static Grade near(String typed, Set<String> readings, List<Form> mine, List<Form> theirs) {
        Form best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Form form : mine) {
            for (String reading : readings) {
                if (!Text.numbers(reading).equals(form.numbers())) {
                    continue;
                }
                int d = Edits.distance(reading, form.compact(), form.allowance());
                if (d <= form.allowance() && d < bestDistance) {
                    best = form;
                    bestDistance = d;
                }
            }
        }
        if (best == null) {
            return wrong(typed, readings, mine, null);
        }
        Set<String> shared = new LinkedHashSet<>();
        mine.forEach(f -> shared.add(f.compact()));
        for (Form other : theirs) {
            // A twin's derived form that is also one of ours is no evidence either way; its name still is.
            if (!other.explicit() && shared.contains(other.compact())) {
                continue;
            }
            for (String reading : readings) {
                if (Edits.distance(reading, other.compact(), bestDistance) <= bestDistance) {
                    return wrong(typed, readings, mine, null);
                }
            }
        }
        return new Grade(true, false, best.display(), diff(typed, best.display()));
    }

    private static Grade wrong(String typed, Set<String> readings, List<Form> mine, Term confusedWith) {
        Form closest = mine.get(0);
        int closestDistance = Integer.MAX_VALUE;
        for (Form form : mine) {
            for (String reading : readings) {
                int d = Edits.distance(reading, form.compact(), closestDistance);
                if (d < closestDistance) {
                    closest = form;
                    closestDistance = d;
                }
            }
        }
        boolean nearMiss = closestDistance <= Math.max(1, closest.compact().length() * 2 / 5);
        return new Grade(false, false, closest.display(), nearMiss ? diff(typed, closest.display()) : List.of(),
                confusedWith, null);
    }

    private static List<DiffPart> diff(String typed, String expected) {
        return typed.length() > MAX_DIFF_LENGTH ? List.of() : Edits.diff(typed, expected);
    }
}
