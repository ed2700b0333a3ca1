package dev.glossary.quiz;

import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.regex.Pattern;

import static dev.glossary.quiz.TestDeck.term;
import static org.assertj.core.api.Assertions.assertThat;

class MaskerTest {

    @ParameterizedTest(name = "for {0}: \"{1}\" becomes \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            idempotency      | Idempotency makes retries safe.               | _____ makes retries safe.
            idempotency      | IDEMPOTENCY matters                           | _____ matters
            idempotency      | idempotent endpoints, idempotently retried    | _____ endpoints, _____ retried
            jwt              | JWTs are signed JSON Web Tokens               | _____ are signed _____
            jwt              | a JWT (JSON Web Token) in a header            | a _____ (_____) in a header
            jwt              | the token carries claims as JSON              | the _____ carries claims as _____
            sse-acronym      | SSE streams server-sent events                | _____ streams _____
            sse              | Server Sent Events and serversentevents       | _____ and _____
            circuit-breaker  | A circuit breaker opens after errors          | A _____ opens after errors
            circuit-breaker  | the breaker trips; the circuit-breaker pattern | the _____ trips; the _____
            entity-ddd       | In DDD, entities are compared by id           | In DDD, _____ are compared by id
            rate-limiting    | a rate limiter enforces rate limits           | a _____ enforces _____
            nodejs           | built for Node.js, NodeJS or node             | built for _____, _____ or _____
            http2            | HTTP/2 replaced HTTP 1.1                      | _____ replaced _____ 1.1
            http-404         | A 404 is what you get                         | A _____ is what you get
            saga             | a saga pattern of local transactions          | a _____ of local transactions
            kubernetes       | K8s, or Kubernetes, schedules pods            | _____, or _____, schedules pods
            """)
    void masksNamesAliasesPartsAndTheirInflections(String termId, String text, String masked) {
        assertThat(Masker.mask(term(termId), text)).isEqualTo(masked);
    }

    /** The hostile review's F6: a name with no letters or digits is masked as written, not everywhere. */
    @ParameterizedTest(name = "{0} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            &&  | true when a && b are both true    | true when a _____ b are both true
            &&  | a &&& b is no operator            | a &&& b is no operator
            ->  | x -> x + 1 maps; --> is a comment | x _____ x + 1 maps; --> is a comment
            ?   | cond ? a : b, or is it??          | cond _____ a : b, or is it??
            """)
    void aNameOfSymbolsOnlyIsMaskedWhereItStandsAlone(String name, String text, String masked) {
        Term term = Term.of("symbol", name, Level.BEGINNER, text);
        assertThat(Masker.mask(term, text)).isEqualTo(masked);
        assertThat(Masker.mentions(term, text)).isEqualTo(!masked.equals(text));
    }

    @Test
    void leavesWordsInsideOtherWordsAlone() {
        assertThat(Masker.mask(term("bun"), "A runtime and bundler; Bun is fast, bunny."))
                .isEqualTo("A runtime and bundler; _____ is fast, bunny.");
    }

    @Test
    void leavesCommonAndShortWordsOfTheNameAlone() {
        // "key" is short and "server", "events" are common: hiding them would hide the definition.
        assertThat(Masker.mask(term("idempotency-key"), "a key the server stores with the idempotency key"))
                .isEqualTo("a key the server stores with the _____");
        assertThat(Masker.mask(term("sse"), "the server pushes events"))
                .isEqualTo("the server pushes events");
    }

    @Test
    void keepsAQualifierInParentheses() {
        assertThat(Masker.mask(term("entity-ddd"), "Entity (DDD) is a DDD idea"))
                .isEqualTo("_____ (DDD) is a DDD idea");
    }

    @Test
    void masksEveryDefinitionOfTheDeckSoItNoLongerNamesItsTerm() {
        for (Term term : TestDeck.DECK.terms()) {
            String masked = Masker.maskDefinition(term);
            for (String name : term.names()) {
                Pattern whole = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE);
                assertThat(whole.matcher(masked).find()).as(term.id() + ": " + masked).isFalse();
            }
        }
        assertThat(Masker.maskDefinition(term("idempotency-key")))
                .startsWith("A unique value a client sends").endsWith("_____ are usually UUIDs.");
    }

    @Test
    void givesTextWithoutTheTermBackUnchanged() {
        String text = "Paging with LIMIT and OFFSET: simple, but slow.";
        assertThat(Masker.mask(term("jwt"), text)).isEqualTo(text);
        assertThat(Masker.mask(term("jwt"), "")).isEmpty();
    }

    @Test
    void takesAnEsPluralOnlyWhereEnglishWritesOne() {
        Term go = Term.of("go", "Go", Level.INTERMEDIATE, "A compiled language from Google.");
        Term cache = Term.of("cache", "Cache", Level.BEGINNER, "A fast copy kept close.");
        Term box = Term.of("box", "Box", Level.BEGINNER, "A container.");

        assertThat(Masker.mentions(go, "Every change goes through the root.")).isFalse();
        assertThat(Masker.mentions(go, "Services written in Go start fast.")).isTrue();
        assertThat(Masker.mentions(cache, "Two caches in front of the database.")).isTrue();
        assertThat(Masker.mentions(box, "Boxes of every size.")).isTrue();
    }

    @Test
    void treatsRegexCharactersInNamesLiterally() {
        Term cpp = Term.of("cpp", "C++", Level.BEGINNER, "A language; C++ code compiles to native code. C is older.");

        assertThat(Masker.maskDefinition(cpp)).isEqualTo("A language; _____ code compiles to native code. C is older.");
    }

    @Test
    void aQuestionHidesItsTwinsNamesTooAsEachIsARightAnswer() {
        Term task = new Term("scheduled-task", "Scheduled Task", Level.BEGINNER, "",
                "Work run on a timetable, by cron, a Cron Job or a job library; a scheduled task runs unattended.",
                List.of(), List.of(), List.of("cron-job"), "", List.of());
        Term cron = new Term("cron-job", "Cron Job", Level.INTERMEDIATE, "", "A line in a crontab.",
                List.of("cron"), List.of(), List.of("scheduled-task"), "",
                List.of());

        assertThat(Masker.maskDefinition(task, List.of(cron)))
                .isEqualTo("Work run on a timetable, by _____, a _____ or a job library; a _____ runs unattended.");
        assertThat(Masker.maskDefinition(task, List.of())).isEqualTo(Masker.maskDefinition(task))
                .contains("cron, a Cron Job");
    }
}
