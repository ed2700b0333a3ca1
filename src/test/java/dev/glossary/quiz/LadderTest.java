package dev.glossary.quiz;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static dev.glossary.deck.Level.ADVANCED;
import static dev.glossary.deck.Level.BEGINNER;
import static dev.glossary.deck.Level.INTERMEDIATE;
import static org.assertj.core.api.Assertions.assertThat;

class LadderTest {
    /**
     * A small messaging deck. Consumer, Producer and Broker name each other: a cycle (Consumer names Broker
     * only in its example, which does not count). Message names an
     * advanced term, which is an example, not a foundation. Circuit Breaker names Retry Budget, later in the
     * deck, and has a lower-level related term it never names.
     */
    private static final Deck DECK = Deck.of("messaging", "Messaging", "", List.of(
            term("message", "Message", BEGINNER, "A unit of data one program sends another; one nobody can handle"
                    + " ends up in a dead letter queue."),
            term("circuit-breaker", "Circuit Breaker", ADVANCED, "A guard that stops calling a failing dependency"
                    + " and spends its retry budget carefully.", "timeout"),
            term("consumer", "Consumer", INTERMEDIATE, "A program that reads each message a producer wrote. Most"
                    + " poll a broker, which is an example of how, not what it is."),
            term("producer", "Producer", INTERMEDIATE, "A program that writes a message to a broker for a consumer"
                    + " to read."),
            term("broker", "Broker", INTERMEDIATE, "A server that keeps a message until a consumer takes it."),
            term("timeout", "Timeout", BEGINNER, "Giving up on a call after a set time."),
            term("dead-letter-queue", "Dead Letter Queue", ADVANCED, "Where a broker puts a message no consumer"
                    + " could handle."),
            term("retry-budget", "Retry Budget", ADVANCED, "A cap on how many calls may be tried again, so that"
                    + " retries cannot swamp a service."),
            twin("sse", "SSE (Server-Sent Events)", INTERMEDIATE, "A one-way stream of events over HTTP.",
                    "server-sent-events"),
            twin("server-sent-events", "Server-Sent Events", BEGINNER, "Events a server pushes down one HTTP"
                    + " response.", "sse")));

    private final Ladder ladder = new Ladder(DECK);

    private static Term term(String id, String name, Level level, String definition, String... related) {
        return new Term(id, name, level, "", definition, List.of(), List.of(related), "", List.of());
    }

    /** A term the deck says is the same as {@code twin} (its {@code same}), and related to it. */
    private static Term twin(String id, String name, Level level, String definition, String twin) {
        return new Term(id, name, level, "", definition, List.of(), List.of(twin), List.of(twin), "", List.of());
    }

    private static Term t(String id) {
        return DECK.byId(id).orElseThrow();
    }

    private static List<String> ids(List<Term> terms) {
        return terms.stream().map(Term::id).toList();
    }

    private static List<Term> beginnerFirst() {
        List<Term> terms = new ArrayList<>(DECK.terms());
        terms.sort(Comparator.comparing(Term::level));
        return terms;
    }

    @Test
    void aTermBuildsOnTheTermsItsDefinitionNamesAndOnItsLowerLevelRelatedTerms() {
        assertThat(ids(ladder.prerequisites(t("dead-letter-queue")))).containsExactly("message", "consumer", "broker");
        // Timeout is never named, but related and of a lower level; Retry Budget is named.
        assertThat(ids(ladder.prerequisites(t("circuit-breaker")))).containsExactly("timeout", "retry-budget");
        assertThat(ids(ladder.prerequisites(t("producer")))).containsExactly("message", "consumer", "broker");
        assertThat(ids(ladder.prerequisites(t("consumer")))).containsExactly("message", "producer");
    }

    @Test
    void aTermNeverBuildsOnAHigherLevelOneNorOnItsTwin() {
        assertThat(ladder.prerequisites(t("message"))).isEmpty();
        // Related and of a lower level, but the same concept under another name.
        assertThat(ladder.prerequisites(t("sse"))).isEmpty();
    }

    @Test
    void newTermsComeAfterTheirPrerequisitesAndACycleIsBrokenByDeckOrder() {
        assertThat(ids(ladder.order(beginnerFirst()))).containsExactly(
                "message", "timeout", "server-sent-events",
                // The cycle, in deck order; then SSE, as the level order had it.
                "consumer", "producer", "broker", "sse",
                // Retry Budget is pulled forward to just before the term that builds on it.
                "retry-budget", "circuit-breaker", "dead-letter-queue");
    }

    @Test
    void theOrderIsTheSameWhicheverTermOfACycleComesFirst() {
        List<Term> reversed = new ArrayList<>(List.of(t("broker"), t("producer"), t("consumer")));
        assertThat(ids(new Ladder(DECK).order(reversed))).containsExactly("consumer", "producer", "broker");
    }

    @Test
    void prerequisitesOutsideTheTermsToOrderAreLeftOutOfAccount() {
        // The learner knows Broker already, or left intermediate terms out: Dead Letter Queue need not wait.
        assertThat(ids(ladder.order(List.of(t("dead-letter-queue"), t("message")))))
                .containsExactly("message", "dead-letter-queue");
    }

    @Test
    void aChainIsEverythingATermBuildsOnFoundationsFirstEndingWithTheTerm() {
        assertThat(ids(ladder.chain(t("dead-letter-queue"))))
                .containsExactly("message", "consumer", "producer", "broker", "dead-letter-queue");
        assertThat(ids(ladder.chain(t("broker")))).containsExactly("message", "consumer", "producer", "broker");
        assertThat(ids(ladder.chain(t("timeout")))).containsExactly("timeout");
    }

    @Test
    void onTheBundledDeckATermBuildsOnEveryLowerOrEqualTermItsFirstSentenceNames() {
        Deck deck = dev.glossary.store.DeckSource.bundled();
        Ladder bundled = new Ladder(deck);
        int links = 0;
        for (Term term : deck.terms()) {
            List<String> sentences = dev.glossary.deck.Sentences.split(term.definition());
            String first = Masker.mask(term, sentences.isEmpty() ? "" : sentences.get(0));
            List<Term> found = bundled.prerequisites(term);
            for (Term other : deck.terms()) {
                boolean named = !other.id().equals(term.id()) && other.level().compareTo(term.level()) <= 0
                        && !Likeness.twins(term, other) && Masker.mentions(other, first);
                if (named) {
                    links++;
                    assertThat(found).as(term.id() + " names " + other.id()).contains(other);
                }
            }
        }
        assertThat(links).isGreaterThan(100);
    }
}
