package dev.glossary.deck;

import dev.glossary.deck.DeckDraft.TermDraft;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class DeckValidatorTest {
    /** The rule as the deck format documents it. */
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:[-_.][a-z0-9]+)*");

    @Test
    void aSlugIsWhatTheDocumentedPatternAccepts() {
        List<String> samples = List.of("", "a", "z9", "my-course", "a_b.c-d", "rate-limiter-2", "-a", "a-", "a--b",
                "a-.b", ".", "A", "my course", "café", "a/b", "a\n", "0", "9-9_9.9", "x__", "ü-a");
        for (String s : samples) {
            assertThat(DeckValidator.isSlug(s)).as("\"%s\"", s).isEqualTo(SLUG.matcher(s).matches());
        }
    }

    @Test
    void everyTwoLetterStringOverSlugCharactersAgreesWithThePattern() {
        String alphabet = "az09-_.A ";
        for (char a : alphabet.toCharArray()) {
            for (char b : alphabet.toCharArray()) {
                for (char c : alphabet.toCharArray()) {
                    String s = "" + a + b + c;
                    assertThat(DeckValidator.isSlug(s)).as("\"%s\"", s).isEqualTo(SLUG.matcher(s).matches());
                }
            }
        }
    }

    @Test
    void aRepeatedListItemIsReportedInShortAndLongLists() {
        List<String> longTags = new ArrayList<>(IntStream.range(0, 50).mapToObj(i -> "tag" + i).toList());
        longTags.add("tag7");
        DeckDraft draft = new DeckDraft(1, "course", "Course", "", List.of(
                term("a", "Alpha", List.of("x", "y", "x"), List.of()),
                term("b", "Beta", List.of(), longTags),
                term("c", "Gamma", List.of("p", "q"), IntStream.range(0, 50).mapToObj(i -> "t" + i).toList())));
        assertThat(DeckValidator.validate(draft).problems()).extracting(p -> p.format("f")).containsExactly(
                "f: terms[0] \"a\": aliases: lists the same value twice; remove the repeat",
                "f: terms[1] \"b\": tags: lists the same value twice; remove the repeat");
    }

    @Test
    void twoMissingItemsCountAsARepeatToo() {
        DeckDraft draft = new DeckDraft(1, "course", "Course", "", List.of(
                term("a", "Alpha", Arrays.asList(null, null), List.of())));
        assertThat(DeckValidator.validate(draft).problems()).extracting(p -> p.format("f")).containsExactly(
                "f: terms[0] \"a\": aliases[0]: empty; remove it or fill it in",
                "f: terms[0] \"a\": aliases[1]: empty; remove it or fill it in",
                "f: terms[0] \"a\": aliases: lists the same value twice; remove the repeat");
    }

    private static TermDraft term(String id, String name, List<String> aliases, List<String> tags) {
        return new TermDraft(id, name, "beginner", null, "Something about " + name + ".", aliases, null, null, tags,
                0, 0);
    }
}
