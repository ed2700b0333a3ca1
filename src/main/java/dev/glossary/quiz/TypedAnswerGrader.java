package dev.glossary.quiz;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Term;
import dev.glossary.quiz.Forms.Form;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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
    /** Each term's place in the deck, made when first needed: other terms' forms are weighed in deck order. */
    private Map<String, Integer> positions;
    private final Map<String, List<Form>> formsById = new HashMap<>();
    /** The terms whose {@code same} names each id, made at the first answer graded. */
    private Map<String, List<Term>> namedSameBy;
    /**
     * The terms (by their place in {@code listed}, the deck's order) that may have a form of each compact
     * spelling, made at the first answer graded.
     */
    private Map<String, List<Integer>> ownersBySpelling;
    private List<Term> listed;
    private Map<String, List<String>> spellingsByBeginning;
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
        for (Term other : twinsOf(term)) {
            mine.addAll(formsOf(other));
            twins.add(other.id());
        }
        Map<Form, Term> owners = new IdentityHashMap<>();
        List<Form> theirs = othersSpelt(readings, term, twins, owners);

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
        Optional<Form> otherByWords = wordForms(othersInWords(readings, wordings, term, twins, owners), wordings);
        if (byWords.isPresent() && otherByWords.isEmpty()) {
            return new Grade(true, true, byWords.get().display(), List.of());
        }
        if (otherByWords.isPresent()) {
            return wrong(typed, readings, mine, byWords.isEmpty() ? owners.get(otherByWords.get()) : null);
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
        return twins.stream().sorted(Comparator.comparingInt(t -> position(t.id()))).toList();
    }

    private int position(String termId) {
        if (positions == null) {
            positions = new HashMap<>();
            terms.keySet().forEach(id -> positions.put(id, positions.size()));
        }
        return positions.get(termId);
    }

    /**
     * The forms of the other terms (twins aside) that a reading could spell: those of the terms with a form
     * spelt as the reading, its singular or its plural.
     */
    private List<Form> othersSpelt(Set<String> readings, Term term, Set<String> twins, Map<Form, Term> owners) {
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
        return formsOfOthers(spellings, term, twins, owners);
    }

    /**
     * The forms of the other terms (twins aside) within {@value #LENGTH_WINDOW} letters of a reading's length that
     * the answer's words could be word forms of ({@link Form#wordForms}): each of their words is the answer's or
     * shares its first four letters or more, so their spelling begins as one of the answer's wordings does, and
     * splits into forms of its words.
     */
    private List<Form> othersInWords(Set<String> readings, List<List<String>> wordings, Term term, Set<String> twins,
            Map<Form, Term> owners) {
        int shortest = readings.stream().mapToInt(String::length).min().orElse(0) - LENGTH_WINDOW;
        int longest = readings.stream().mapToInt(String::length).max().orElse(0) + LENGTH_WINDOW;
        Set<String> spellings = new LinkedHashSet<>();
        for (List<String> words : wordings) {
            String compact = String.join("", words);
            if (compact.length() < Text.MIN_BASE) {
                spellings.add(compact);
            } else {
                for (String spelling : spellingsBeginning(compact.substring(0, Text.MIN_BASE))) {
                    if (spelling.length() >= shortest && spelling.length() <= longest
                            && Text.mayBeWordForms(words, spelling)) {
                        spellings.add(spelling);
                    }
                }
            }
        }
        List<Form> forms = formsOfOthers(spellings, term, twins, owners);
        forms.removeIf(f -> f.compact().length() < shortest || f.compact().length() > longest);
        return forms;
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
        return formsOfOthers(near, term, twins, new IdentityHashMap<>());
    }

    /**
     * The forms of the other terms (twins aside) that may have one of these spellings, shortest first and in deck
     * order, each with its term in {@code owners}, so that a wrong answer can name the term it gave.
     */
    private List<Form> formsOfOthers(Set<String> spellings, Term term, Set<String> twins, Map<Form, Term> owners) {
        Set<Integer> places = new TreeSet<>();
        for (String spelling : spellings) {
            for (int place : ownersBySpelling().getOrDefault(spelling, List.of())) {
                String id = listed.get(place).id();
                if (!id.equals(term.id()) && !twins.contains(id)) {
                    places.add(place);
                }
            }
        }
        List<Form> forms = new ArrayList<>();
        for (int place : places) {
            for (Form form : formsOf(listed.get(place))) {
                forms.add(form);
                owners.put(form, listed.get(place));
            }
        }
        forms.sort(Comparator.comparingInt(f -> f.compact().length()));
        return forms;
    }

    /**
     * The deck's terms by the spellings their forms may have ({@link Forms#spellingsOf}, made without making
     * most terms' forms): the forms are made only for the few terms an answer spells or nearly spells.
     */
    private Map<String, List<Integer>> ownersBySpelling() {
        if (ownersBySpelling == null) {
            ownersBySpelling = new HashMap<>(terms.size() * 8);
            listed = List.copyOf(terms.values());
            for (int place = 0; place < listed.size(); place++) {
                for (String spelling : Forms.spellingsOf(listed.get(place))) {
                    list(spelling, place);
                }
            }
        }
        return ownersBySpelling;
    }

    private List<String> spellingsBeginning(String beginning) {
        if (spellingsByBeginning == null) {
            spellingsByBeginning = new HashMap<>();
            for (String spelling : ownersBySpelling().keySet()) {
                if (spelling.length() >= Text.MIN_BASE) {
                    spellingsByBeginning.computeIfAbsent(spelling.substring(0, Text.MIN_BASE), b -> new ArrayList<>())
                            .add(spelling);
                }
            }
        }
        return spellingsByBeginning.getOrDefault(beginning, List.of());
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

    private void list(String spelling, int place) {
        if (spelling.isEmpty()) {
            return;
        }
        List<Integer> owners = ownersBySpelling.computeIfAbsent(spelling, k -> new ArrayList<>(1));
        // A term's spellings are listed one after the other, so one it already has is the last one listed.
        if (owners.isEmpty() || owners.get(owners.size() - 1) != place) {
            owners.add(place);
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
            return wrong(typed, readings, mine, null);
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
