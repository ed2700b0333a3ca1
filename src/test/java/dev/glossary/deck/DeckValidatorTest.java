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

    /** The hostile review's W3: such a tag exported to Anki came back as a second id, and the import refused it. */
    @Test
    void aTagInGlossarysOwnAnkiNamespaceIsRefused() {
        DeckDraft draft = new DeckDraft(1, "course", "Course", "", List.of(
                term("a", "Alpha", List.of(), List.of("ok", "Glossary::id::other"))));
        assertThat(DeckValidator.validate(draft).problems()).extracting(p -> p.format("f")).containsExactly(
                "f: terms[0] \"a\": tags[1]: \"Glossary::id::other\" starts with \"glossary::\", which glossary keeps for"
                        + " the level, id and links of an Anki export; rename the tag");
    }

    /** The longest deck id fits a file name, with room for the temporary and cached copies beside it (W2). */
    @Test
    void aDeckIdOverAHundredCharactersIsRefused() {
        DeckDraft draft = new DeckDraft(1, "a".repeat(101), "Course", "", List.of(term("a", "Alpha", List.of(), List.of())));
        assertThat(DeckValidator.validate(draft).problems()).extracting(p -> p.format("f")).containsExactly(
                "f: id: is 101 characters long; a deck id may have at most 100, such as \"" + "a".repeat(40) + "\"");
        DeckDraft longest = new DeckDraft(1, "a".repeat(100), "Course", "", List.of(term("a", "Alpha", List.of(), List.of())));
        assertThat(DeckValidator.validate(longest).ok()).isTrue();
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

    /** A deck of over 20 000 terms, related in a chain, one alias each. */
    private static List<TermDraft> big() {
        List<TermDraft> terms = new ArrayList<>();
        for (int i = 0; i < 20_010; i++) {
            terms.add(new TermDraft("t" + i, "Term " + i, "advanced", null, "Number " + i + ".", List.of("T-" + i),
                    i == 0 ? null : List.of("t" + (i - 1)), null, null, null, i + 5, 3));
        }
        return terms;
    }

    private static List<String> problems(List<TermDraft> terms) {
        return DeckValidator.validate(new DeckDraft(1, "big", "Big", "", terms)).problems().stream()
                .map(p -> p.format("f")).toList();
    }

    @Test
    void aLargeValidDeckIsTheDeckWithItsLinks() {
        DeckValidator.Result result = DeckValidator.validate(new DeckDraft(1, "big", "Big", "", big()));
        assertThat(result.problems()).isEmpty();
        assertThat(result.deck().terms()).hasSize(20_010);
        assertThat(result.deck().find("t-20009").orElseThrow().id()).isEqualTo("t20009");
        assertThat(result.deck().related(result.deck().terms().get(7))).extracting(Term::id).containsExactly("t6");
    }

    @Test
    void aLargeDecksProblemsAreEachReportedInOrder() {
        List<TermDraft> terms = new ArrayList<>(big());
        TermDraft last = terms.get(terms.size() - 1);
        terms.set(3, new TermDraft("t3", "Term 3", "expert", null, "Number 3.", null, null, null, null, null, 8, 3));
        terms.set(100, new TermDraft("t100", "TERM 99", "advanced", null, "Hundred.", null, null, null, null, null, 105, 3));
        terms.set(200, new TermDraft("t200", "Term 200", "advanced", null, "Two hundred.", List.of("term 7"),
                List.of("nowhere"), null, null, null, 205, 3));
        terms.set(terms.size() - 1, new TermDraft("t5", last.term(), last.level(), null, last.definition(), null,
                null, null, null, null, last.line(), 3));
        assertThat(problems(terms)).containsExactly(
                "f:8:3: terms[3] \"t3\": level: level \"expert\" is not one of beginner, intermediate, advanced",
                "f:105:3: terms[100] \"t100\": term: duplicate name \"TERM 99\", also used by terms[99]; rename one of them",
                "f:" + last.line() + ":3: terms[" + (terms.size() - 1) + "] \"t5\": id: duplicate id \"t5\", also used by"
                        + " terms[5]; give each term its own id",
                "f:205:3: terms[200] \"t200\": aliases: \"term 7\" is the name of terms[7] \"t7\"; an alias must lead to"
                        + " one term, so remove it from one of them",
                "f:205:3: terms[200] \"t200\": related: \"nowhere\" is not the id of a term in this deck; fix the id or"
                        + " remove it");
    }

    @Test
    void aLargeDeckWithOnlyOneLateAliasClashIsRefused() {
        List<TermDraft> terms = new ArrayList<>(big());
        terms.set(20_005, new TermDraft("t20005", "Term 20005", "advanced", null, "Late.", List.of("t-3"),
                List.of("t20004"), null, null, null, 9, 3));
        assertThat(problems(terms)).containsExactly("f:9:3: terms[20005] \"t20005\": aliases: \"t-3\" is also an alias"
                + " of terms[3] \"t3\"; an alias must lead to one term, so remove it from one of them");
    }

    @Test
    void aLargeDecksTwinsAreChecked() {
        List<TermDraft> terms = new ArrayList<>(big());
        terms.set(10, withSame(terms.get(10), List.of("t11")));
        terms.set(11, withSame(terms.get(11), List.of("t10")));
        DeckValidator.Result twins = DeckValidator.validate(new DeckDraft(1, "big", "Big", "", terms));
        assertThat(twins.problems()).isEmpty();
        assertThat(twins.deck().same(twins.deck().terms().get(11))).extracting(Term::id).containsExactly("t10");

        terms.set(20_003, withSame(terms.get(20_003), List.of("t12")));
        assertThat(problems(terms)).containsExactly("f:20008:3: terms[20003] \"t20003\": same: \"t12\" does not list"
                + " \"t20003\" as the same in turn; twins list each other, so add \"t20003\" to terms[12] \"t12\"'s"
                + " \"same\" or remove \"t12\" here");
    }

    private static TermDraft withSame(TermDraft t, List<String> same) {
        return new TermDraft(t.id(), t.term(), t.level(), t.category(), t.definition(), t.aliases(), t.related(), same,
                t.example(), t.tags(), t.line(), t.column());
    }

    private static TermDraft term(String id, String name, List<String> aliases, List<String> tags) {
        return new TermDraft(id, name, "beginner", null, "Something about " + name + ".", aliases, null, null, null,
                tags, 0, 0);
    }
}
