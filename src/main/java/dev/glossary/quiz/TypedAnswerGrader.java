package dev.glossary.quiz;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Term;
import dev.glossary.quiz.Forms.Form;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 * "Rate Limiting" tolerates one typo, in "limiting".
 *
 * <p>Never accepted: a blank answer; an answer with other numbers than the form ("403" for "404",
 * "HTTP 3" for "HTTP/2"); an answer that is, in any of these ways, another term of the deck that is not a
 * twin ("Rate Limiter" for "Rate Limiting", "Idempotency Key" for "Idempotency", and a general term for a
 * kind of it, "middleware" for "Server Middleware"); and a typo that is at least as close to another term
 * as to this one.
 *
 * <p>A wrong answer gets a diff only when it is a near miss, a few edits from the closest accepted form
 * (at most two in five of its letters, at least one): a far miss is another answer, not a misspelling.
 */
public final class TypedAnswerGrader {
    /** Longer answers are graded but not diffed: no one types an essay for a term name. */
    private static final int MAX_DIFF_LENGTH = 200;
    /** A plural is read as its singular only from this length on, so that "bus" is not "bu". */
    private static final int MIN_SINGULAR_LENGTH = 3;

    private final Map<String, Term> terms = new LinkedHashMap<>();
    /** Each term's place in the deck, made when a term has two twins or more: twins are tried in deck order. */
    private Map<String, Integer> positions;
    private final Map<String, List<Form>> formsById = new HashMap<>();
    /** The terms whose {@code same} names each id, made at the first answer graded. */
    private Map<String, List<Term>> namedSameBy;
    /** The ids of the terms that may have a form of each compact spelling, made at the first answer graded. */
    private Map<String, List<String>> ownersBySpelling;
    private Map<Integer, List<String>> spellingsByLength;

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
        for (Term other : twinsOf(term)) {
            if (formsOf(other).stream().anyMatch(f -> f.display().equals(expected))) {
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
        for (String variant : Forms.variants(typed)) {
            String compact = Text.compact(variant);
            if (!compact.isEmpty()) {
                readings.add(compact);
            }
        }
        List<Form> mine = new ArrayList<>(formsOf(term));
        Set<String> twins = new HashSet<>();
        for (Term other : twinsOf(term)) {
            mine.addAll(formsOf(other));
            twins.add(other.id());
        }
        List<Form> theirs = othersSpelt(readings, term, twins);

        // Another term's own name, typed in full, is wrong even when a part of it would fit this term.
        if (!matches(mine, Set.of(whole), true) && matches(theirs, Set.of(whole), true)) {
            return wrong(typed, readings, mine);
        }
        for (boolean explicit : new boolean[] {true, false}) {
            for (Form form : mine) {
                if (form.explicit() == explicit && readings.stream().anyMatch(r -> spells(r, form))) {
                    return new Grade(true, true, form.display(), List.of());
                }
            }
            if (matches(theirs, readings, explicit)) {
                return wrong(typed, readings, mine);
            }
        }
        return near(typed, readings, mine, term, twins);
    }

    /** The deck's twins of a term ({@link Likeness#twins}: its {@code same} read either way round), in deck order. */
    private List<Term> twinsOf(Term term) {
        if (namedSameBy == null) {
            namedSameBy = new HashMap<>();
            for (Term other : terms.values()) {
                other.same().forEach(id -> namedSameBy.computeIfAbsent(id, i -> new ArrayList<>()).add(other));
            }
        }
        Set<Term> twins = new LinkedHashSet<>();
        for (String id : term.same()) {
            if (terms.containsKey(id)) {
                twins.add(terms.get(id));
            }
        }
        twins.addAll(namedSameBy.getOrDefault(term.id(), List.of()));
        twins.removeIf(t -> t.id().equals(term.id()));
        if (twins.size() < 2) {
            return List.copyOf(twins);
        }
        if (positions == null) {
            positions = new HashMap<>();
            terms.keySet().forEach(id -> positions.put(id, positions.size()));
        }
        return twins.stream().sorted(Comparator.comparingInt(t -> positions.get(t.id()))).toList();
    }

    /**
     * The forms of the other terms (twins aside) that a reading could spell: those of the terms with a form
     * spelt as the reading, its singular or its plural.
     */
    private List<Form> othersSpelt(Set<String> readings, Term term, Set<String> twins) {
        Set<String> spellings = new LinkedHashSet<>();
        for (String r : readings) {
            spellings.add(r);
            spellings.add(r + "s");
            spellings.add(r + "es");
            if (r.endsWith("y")) {
                spellings.add(r.substring(0, r.length() - 1) + "ies");
            }
            if (r.endsWith("s")) {
                spellings.add(r.substring(0, r.length() - 1));
            }
            if (r.endsWith("es")) {
                spellings.add(r.substring(0, r.length() - 2));
            }
            if (r.endsWith("ies")) {
                spellings.add(r.substring(0, r.length() - 3) + "y");
            }
        }
        return formsOfOthers(spellings, term, twins);
    }

    /**
     * The forms of the other terms (twins aside) with a form a reading is a typo of, at most {@code edits} away:
     * only spellings whose length is within that many letters of a reading's are compared.
     */
    private List<Form> othersWithin(Set<String> readings, int edits, Term term, Set<String> twins) {
        Set<String> near = new LinkedHashSet<>();
        for (String reading : readings) {
            long letters = letters(reading);
            for (int length = Math.max(1, reading.length() - edits); length <= reading.length() + edits; length++) {
                for (String spelling : spellingsOfLength(length)) {
                    if (mayBeWithin(letters, letters(spelling), edits)
                            && Edits.distance(reading, spelling, edits) <= edits) {
                        near.add(spelling);
                    }
                }
            }
        }
        return formsOfOthers(near, term, twins);
    }

    private List<Form> formsOfOthers(Set<String> spellings, Term term, Set<String> twins) {
        Set<String> owners = new LinkedHashSet<>();
        for (String spelling : spellings) {
            for (String id : ownersBySpelling().getOrDefault(spelling, List.of())) {
                if (!id.equals(term.id()) && !twins.contains(id)) {
                    owners.add(id);
                }
            }
        }
        List<Form> forms = new ArrayList<>();
        owners.forEach(id -> forms.addAll(formsOf(terms.get(id))));
        return forms;
    }

    /**
     * The deck's terms by the spellings their forms may have ({@link Forms#spellingsOf}, made without making
     * most terms' forms): the forms are made only for the few terms an answer spells or nearly spells.
     */
    private Map<String, List<String>> ownersBySpelling() {
        if (ownersBySpelling == null) {
            ownersBySpelling = new HashMap<>(terms.size() * 8);
            for (Term term : terms.values()) {
                for (String name : term.names()) {
                    Forms.spellingsOf(name).forEach(spelling -> list(spelling, term.id()));
                }
            }
        }
        return ownersBySpelling;
    }

    /** Made when a typo is first weighed against the other terms: most answers are not typos. */
    private List<String> spellingsOfLength(int length) {
        if (spellingsByLength == null) {
            spellingsByLength = new HashMap<>();
            for (String spelling : ownersBySpelling().keySet()) {
                spellingsByLength.computeIfAbsent(spelling.length(), n -> new ArrayList<>()).add(spelling);
            }
        }
        return spellingsByLength.getOrDefault(length, List.of());
    }

    private void list(String spelling, String termId) {
        if (spelling.isEmpty()) {
            return;
        }
        List<String> owners = ownersBySpelling.computeIfAbsent(spelling, s -> new ArrayList<>(1));
        // A term's spellings are listed one after the other, so one it already has is the last one listed.
        if (owners.isEmpty() || !owners.get(owners.size() - 1).equals(termId)) {
            owners.add(termId);
        }
    }

    /** Which characters a text has, one bit for each (modulo 64). */
    private static long letters(String text) {
        long bits = 0;
        for (int i = 0; i < text.length(); i++) {
            bits |= 1L << text.charAt(i);
        }
        return bits;
    }

    /** Each edit adds or takes away at most one character: texts that differ in more are farther apart. */
    private static boolean mayBeWithin(long a, long b, int edits) {
        return Long.bitCount(a & ~b) <= edits && Long.bitCount(b & ~a) <= edits;
    }

    /** How many of the deck's terms have had their forms made so far: what grading has cost. */
    int formed() {
        return formsById.size();
    }

    /** A term's forms, made when first needed: a session that types no answer makes none. */
    private List<Form> formsOf(Term term) {
        if (terms.get(term.id()) != term) {
            return Forms.of(term);
        }
        return formsById.computeIfAbsent(term.id(), id -> Forms.of(term));
    }

    private static boolean matches(List<Form> forms, Set<String> readings, boolean explicit) {
        return forms.stream().anyMatch(f -> f.explicit() == explicit && readings.stream().anyMatch(r -> spells(r, f)));
    }

    /** A reading spells a form: the same compact text, or one of the two is the other's plural. */
    private static boolean spells(String reading, Form form) {
        String compact = form.compact();
        return reading.equals(compact) || Math.min(reading.length(), compact.length()) >= MIN_SINGULAR_LENGTH
                && Text.sameOrPlural(reading, compact);
    }

    /** The typo rule: right if close enough to a form of this term and farther from every other term. */
    private Grade near(String typed, Set<String> readings, List<Form> mine, Term term, Set<String> twins) {
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
            return wrong(typed, readings, mine);
        }
        Set<String> shared = new LinkedHashSet<>();
        mine.forEach(f -> shared.add(f.compact()));
        for (Form other : othersWithin(readings, bestDistance, term, twins)) {
            // A twin's derived form that is also one of ours is no evidence either way; its name still is.
            if (!other.explicit() && shared.contains(other.compact())) {
                continue;
            }
            for (String reading : readings) {
                if (Edits.distance(reading, other.compact(), bestDistance) <= bestDistance) {
                    return wrong(typed, readings, mine);
                }
            }
        }
        return new Grade(true, false, best.display(), diff(typed, best.display()));
    }

    private static Grade wrong(String typed, Set<String> readings, List<Form> mine) {
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
        return new Grade(false, false, closest.display(), nearMiss ? diff(typed, closest.display()) : List.of());
    }

    private static List<DiffPart> diff(String typed, String expected) {
        return typed.length() > MAX_DIFF_LENGTH ? List.of() : Edits.diff(typed, expected);
    }
}
