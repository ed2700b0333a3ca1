package dev.glossary.quiz;

import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import dev.glossary.store.DeckSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class FormsTest {
    /** The compact spellings of the forms of a term with this one name, as a grader holds answers against them. */
    private static List<String> formSpellings(String name) {
        return Forms.of(Term.of("t", name, Level.BEGINNER, "A definition.")).stream().map(Forms.Form::compact).toList();
    }

    @Test
    void aNameWithNoOtherFormIsSpeltOnlyAsItself() {
        assertThat(Forms.spellingsOf("Rate Limiting")).containsExactly("ratelimiting");
        assertThat(Forms.spellingsOf("  Long-Polling  Budget ")).containsExactly("longpollingbudget");
    }

    @Test
    void aNameOfPlainWordsIsSpeltAsTheRunsItsFormsCanKeepNotAsEveryRun() {
        assertThat(Forms.spellingsOf("HTL (Horizontal Tamluxnim Lock)"))
                .containsAll(formSpellings("HTL (Horizontal Tamluxnim Lock)"))
                .doesNotContain("tamluxnim", "horizontaltamluxnim");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"The Saga Pattern (backend)", "JWT (JSON Web Token)", "Server-Sent Events (SSE)",
        "A Foo Service Pattern", "The A Foo (x)", "- (Foo)", "The -", "The - (x)", "&& (foo)", "Foo (&&)",
        "Café Service", "C++ Runtime", "HTTP 2.0 Service", "Node.js", "Guard (backend)", "the the the",
        "Web Service", "Circuit Breaker Pattern", "An API Gateway Service (AGS)", "The (x)", "Foo ()",
        "Foo (Bar) (Baz)", "Foo-Service", "--service", "Foo - Service Runtime", "THE FOO PATTERN"})
    void everyFormOfANameIsAmongItsSpellings(String name) {
        assertThat(Forms.spellingsOf(name)).containsAll(formSpellings(name));
    }

    @Test
    void everyFormOfEveryBundledTermIsAmongItsSpellings() {
        for (Term term : DeckSource.bundled().terms()) {
            assertThat(Forms.spellingsOf(term)).as(term.id())
                    .containsAll(Forms.of(term).stream().map(Forms.Form::compact).toList());
        }
    }

    @Test
    void everyFormOfManyMadeUpNamesIsAmongItsSpellings() {
        String[] words = {"the", "a", "an", "The", "saga", "Foo", "service", "Pattern", "runtime", "JWT", "json", "web",
            "token", "-", "(", ")", "(x)", "(JT)", "&&", "café", "2.0", "c++", "C#", "v1", "bus", "entities"};
        String[] glue = {" ", " ", " ", "-", "  ", " - ", ""};
        SplittableRandom random = new SplittableRandom(14);
        for (int i = 0; i < 5000; i++) {
            StringBuilder name = new StringBuilder(words[random.nextInt(words.length)]);
            for (int n = random.nextInt(5); n > 0; n--) {
                name.append(glue[random.nextInt(glue.length)]).append(words[random.nextInt(words.length)]);
            }
            if (random.nextInt(3) == 0) {
                name.append(" (").append(words[random.nextInt(words.length)]).append(' ')
                        .append(words[random.nextInt(words.length)]).append(')');
            }
            assertThat(Forms.spellingsOf(name.toString())).as(name.toString())
                    .containsAll(formSpellings(name.toString()));
        }
    }
}
