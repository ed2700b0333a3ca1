package dev.glossary.quiz;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Sentences;
import dev.glossary.deck.Term;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Which terms of a deck build on which, and the orders that follow: {@code new Ladder(deck).order(newTerms)}
 * puts each term after its prerequisites; {@code chain(term)} is everything a term builds on.
 *
 * <p>A term's prerequisites are the other terms its definition names where it says what the term is (its
 * first sentence), as a choice question finds them ({@link Masker#mentions}: such terms are never its
 * distractors), and its {@code related} terms of a lower level: "Aggregate Root" ("the one entity that serves
 * as the entry point to a cluster…") builds on "Entity" and "Entity (DDD)". The later sentences give reasons
 * and examples, and an example is no foundation: "ORM" ends "In Django, filtering User objects…", and
 * following every name of every sentence made "Aggregate Root" build on Flask and Django, through Entity
 * and ORM (on the bundled deck a median term built on 9 others, the largest on 47; from first sentences, 3
 * and 28). For the same reason a term never builds on one of a higher level: a beginner definition that
 * names an advanced term names an example or a pointer onwards. A twin (one concept under two names) is
 * never a prerequisite of the other.
 *
 * <p>Where terms build on each other in a cycle, the cycle is broken by level, then deck order: its beginner
 * terms come first, and among one level the one earlier in the deck. Every order is the same for the same
 * input: a learner's next terms depend on their progress, never on chance or on how the deck was loaded.
 * What a term builds on is worked out when first asked, so a session that looks at twenty terms does not pay
 * for the whole deck.
 */
public final class Ladder {
    private final Deck deck;
    private final Map<String, Integer> position = new HashMap<>();
    private final Map<String, List<Term>> prerequisites = new HashMap<>();
    /** Deck positions by the words their names are made of, made when first needed. */
    private Map<String, List<Integer>> byNameWord;
    private final Map<Integer, Masker.Mentions> mentions = new HashMap<>();
    private final Comparator<Term> rank;

    public Ladder(Deck deck) {
        this.deck = deck;
        List<Term> terms = deck.terms();
        for (int i = 0; i < terms.size(); i++) {
            position.putIfAbsent(terms.get(i).id(), i);
        }
        this.rank = Comparator.comparing(Term::level).thenComparing(t -> position.get(t.id()));
    }

    /** What {@code term} builds on directly, lowest level first, then in deck order. */
    public List<Term> prerequisites(Term term) {
        List<Term> known = prerequisites.get(term.id());
        if (known == null) {
            known = find(term);
            prerequisites.put(term.id(), known);
        }
        return known;
    }

    private List<Term> find(Term term) {
        List<String> sentences = Sentences.split(term.definition());
        String definition = Masker.mask(term, sentences.isEmpty() ? "" : sentences.get(0));
        Set<Term> found = new LinkedHashSet<>();
        List<Term> terms = deck.terms();
        for (int i : candidates(definition)) {
            Term other = terms.get(i);
            if (other.level().compareTo(term.level()) <= 0 && !other.id().equals(term.id())
                    && mentions.computeIfAbsent(i, at -> Masker.Mentions.of(terms.get(at))).in(definition)) {
                found.add(other);
            }
        }
        for (String id : term.related()) {
            deck.byId(id).filter(r -> r.level().compareTo(term.level()) < 0).ifPresent(found::add);
        }
        found.removeIf(other -> other.id().equals(term.id()) || Likeness.twins(term, other));
        List<Term> sorted = new ArrayList<>(found);
        sorted.sort(rank);
        return List.copyOf(sorted);
    }

    /**
     * The deck positions of the terms a text may name: those with a name word that begins a word of the text
     * ({@link Masker#nameWords}), so that only they are matched in full. On a 100 000-term deck, matching
     * every term's phrases against each definition made a quiz's first question wait seconds.
     */
    private Set<Integer> candidates(String text) {
        if (byNameWord == null) {
            byNameWord = new HashMap<>();
            List<Term> terms = deck.terms();
            for (int i = 0; i < terms.size(); i++) {
                for (String word : Masker.nameWords(terms.get(i))) {
                    byNameWord.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
                }
            }
        }
        Set<Integer> found = new TreeSet<>();
        for (String word : Masker.textWords(text)) {
            for (int end = 1; end <= word.length(); end++) {
                List<Integer> named = byNameWord.get(word.substring(0, end));
                if (named != null) {
                    found.addAll(named);
                }
            }
        }
        return found;
    }

    /**
     * {@code terms} in their own order as far as it goes, each moved after those of its prerequisites that
     * are among them (pulled forward to just before it): the order new terms are introduced in. Prerequisites
     * not among {@code terms} (already introduced, or outside the chosen levels) are left out of account.
     */
    public List<Term> order(List<Term> terms) {
        List<Term> out = new ArrayList<>();
        ordered(terms).forEachRemaining(out::add);
        return out;
    }

    /**
     * {@link #order} worked out as it is read: a session that takes its first eight new terms looks only at
     * what those build on.
     */
    public Iterator<Term> ordered(List<Term> terms) {
        Set<String> among = new HashSet<>();
        terms.forEach(t -> among.add(t.id()));
        return new FoundationsFirst(terms.iterator(), t -> among.contains(t.id()));
    }

    /**
     * Everything {@code term} builds on, directly or not, foundations first, ending with the term itself.
     */
    public List<Term> chain(Term term) {
        List<Term> chain = new ArrayList<>();
        new FoundationsFirst(List.of(term).iterator(), t -> true).forEachRemaining(chain::add);
        // A term in a cycle with its own prerequisites still ends its chain.
        chain.removeIf(t -> t.id().equals(term.id()));
        chain.add(term);
        return chain;
    }

    /**
     * What is left to learn on the way to {@code term}: the terms of its {@link #chain} not yet {@code settled}
     * for this learner (see {@link CardInfo#solid}), foundations first, ending with the term itself whatever
     * its state.
     */
    public List<Term> path(Term term, Predicate<Term> settled) {
        List<Term> path = new ArrayList<>(chain(term));
        path.removeIf(t -> !t.id().equals(term.id()) && settled.test(t));
        return path;
    }

    /**
     * Tarjan's strongly connected components, from each start in turn, over the prerequisites {@code within}
     * lets in: each component comes out after every component it builds on, so foundations come first, and a
     * component of more than one term (a cycle) comes out in rank order. Iterative, so that a long chain in a
     * large deck cannot overflow the stack; and lazy, one component at a time.
     */
    private final class FoundationsFirst implements Iterator<Term> {
        private final Iterator<Term> starts;
        private final Predicate<Term> within;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final Set<String> onStack = new HashSet<>();
        private final Deque<Term> stack = new ArrayDeque<>();
        private final Deque<Frame> calls = new ArrayDeque<>();
        private final Deque<Term> ready = new ArrayDeque<>();

        FoundationsFirst(Iterator<Term> starts, Predicate<Term> within) {
            this.starts = starts;
            this.within = within;
        }

        @Override
        public boolean hasNext() {
            while (ready.isEmpty() && (!calls.isEmpty() || starts.hasNext())) {
                step();
            }
            return !ready.isEmpty();
        }

        @Override
        public Term next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return ready.poll();
        }

        private void step() {
            if (calls.isEmpty()) {
                Term start = starts.next();
                if (!index.containsKey(start.id())) {
                    enter(start);
                }
                return;
            }
            Frame frame = calls.peek();
            if (frame.next < frame.edges.size()) {
                Term p = frame.edges.get(frame.next++);
                if (!index.containsKey(p.id())) {
                    enter(p);
                } else if (onStack.contains(p.id())) {
                    low.merge(frame.term.id(), index.get(p.id()), Math::min);
                }
                return;
            }
            calls.pop();
            String id = frame.term.id();
            if (!calls.isEmpty()) {
                low.merge(calls.peek().term.id(), low.get(id), Math::min);
            }
            if (low.get(id).equals(index.get(id))) {
                List<Term> component = new ArrayList<>();
                Term member;
                do {
                    member = stack.pop();
                    onStack.remove(member.id());
                    component.add(member);
                } while (!member.id().equals(id));
                component.sort(rank);
                ready.addAll(component);
            }
        }

        private void enter(Term term) {
            index.put(term.id(), index.size());
            low.put(term.id(), index.get(term.id()));
            stack.push(term);
            onStack.add(term.id());
            calls.push(new Frame(term, prerequisites(term).stream().filter(within).toList()));
        }
    }

    /** One term being visited: its prerequisites, and how many of them have been looked at. */
    private static final class Frame {
        final Term term;
        final List<Term> edges;
        int next;

        Frame(Term term, List<Term> edges) {
            this.term = term;
            this.edges = edges;
        }
    }
}
