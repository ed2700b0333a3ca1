package dev.glossary.quiz;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Term;
import dev.glossary.store.DeckSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The quiz rules hold on every term of the bundled deck, not only on a test fixture. */
class BundledDeckQuizTest {
    static Deck deck;

    @BeforeAll
    static void load() {
        deck = DeckSource.bundled();
    }

    private static boolean mentions(String text, String name) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name.toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\p{N}])")
                .matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    @Test
    void maskingHidesTheTermAndItsAliasesInEveryBundledDefinition() {
        int masked = 0;
        for (Term t : deck.terms()) {
            String question = Masker.maskDefinition(t);
            for (String name : t.names()) {
                assertThat(mentions(question, name)).as(t.id() + " still shows \"" + name + "\": " + question).isFalse();
            }
            if (!question.equals(t.definition())) {
                masked++;
            }
        }
        assertThat(masked).as("definitions that mention their own term or alias").isPositive();
    }

    @Test
    void distractorsAreNeverTheAnswerItsAliasOrAnOverlappingTwin() {
        DistractorPicker picker = new DistractorPicker(deck);
        for (Term t : deck.terms()) {
            for (long seed = 0; seed < 5; seed++) {
                List<Term> options = picker.distractors(t, new SplittableRandom(seed));
                assertThat(options).hasSize(3).doesNotContain(t).doesNotHaveDuplicates();
                for (Term d : options) {
                    for (String name : t.names()) {
                        assertThat(d.names()).as(t.id() + " vs " + d.id()).noneMatch(n -> n.equalsIgnoreCase(name));
                    }
                    boolean twin = t.related().contains(d.id()) && (norm(d.name()).contains(norm(t.name()))
                            || norm(t.name()).contains(norm(d.name())));
                    assertThat(twin).as(t.id() + " offered its twin " + d.id()).isFalse();
                }
            }
        }
    }

    @Test
    void seededTwinsAreNeverOfferedForEachOther() {
        DistractorPicker picker = new DistractorPicker(deck);
        String[][] twins = {{"cursor-pagination", "cursor-based-pagination"}, {"bun", "bun-runtime"},
                {"entity", "entity-ddd"}, {"sse", "server-sent-events"}, {"cron-job", "scheduled-task"},
                {"sliding-window", "sliding-window-rate-limit"}, {"graphql-subscription", "graphql-subscriptions"}};
        for (String[] pair : twins) {
            Term a = deck.byId(pair[0]).orElseThrow();
            for (long seed = 0; seed < 20; seed++) {
                assertThat(picker.distractors(a, new SplittableRandom(seed))).extracting(Term::id).doesNotContain(pair[1]);
            }
        }
    }

    @Test
    void everyTermIsAcceptedByItsOwnNameAndEveryAlias() {
        TypedAnswerGrader grader = new TypedAnswerGrader(deck);
        for (Term t : deck.terms()) {
            assertThat(grader.grade(t, t.name()).correct()).as(t.name()).isTrue();
            assertThat(grader.grade(t, t.name().toUpperCase(Locale.ROOT)).correct()).as(t.name()).isTrue();
        }
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
