package dev.glossary.quiz;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static dev.glossary.quiz.DiffPart.Kind.EXTRA;
import static dev.glossary.quiz.DiffPart.Kind.MISSING;
import static dev.glossary.quiz.DiffPart.Kind.SAME;
import static dev.glossary.quiz.TestDeck.term;
import static org.assertj.core.api.Assertions.assertThat;

class TypedAnswerGraderTest {
    private final TypedAnswerGrader grader = new TypedAnswerGrader(TestDeck.DECK);

    @ParameterizedTest(name = "\"{1}\" is accepted as exactly {0}")
    @CsvSource(delimiter = '|', textBlock = """
            sse                 | Server-Sent Events
            sse                 | server sent events
            sse                 | SERVER-SENT-EVENTS
            nodejs              | nodejs
            nodejs              | Node.js
            nodejs              | node js
            nodejs              | node
            jwt                 | JWT
            jwt                 | json web token
            jwt                 | jwt (json web token)
            jwt                 | JSON Web Token (JWT)
            circuit-breaker     | circuit breaker
            circuit-breaker     | Circuit Breaker Pattern
            circuit-breaker     | the circuit breaker
            saga                | saga
            saga                | saga pattern
            saga                | Saga Pattern (backend)
            sse-acronym         | sse
            entity-ddd          | entity ddd
            entity-ddd          | Entity (DDD)
            http2               | http 2
            http2               | HTTP/2
            http2               | http2
            http2               | HTTP/2.0
            http-404            | 404
            http-404            | 404 not found
            oauth2              | oauth 2
            oauth2              | OAuth2
            oauth2              | oauth 2.0
            kubernetes          | k8s
            websocket           | websockets
            idempotency         | IDEMPOTENCY
            rate-limiting       | rate-limiting
            cursor-based-pagination | cursor based pagination
            api-gateway         | api gateways
            circuit-breaker     | circuit breakers
            entity-ddd          | entities
            """)
    void acceptsNamesAliasesAndPartsWhateverTheirSpelling(String termId, String answer) {
        Grade grade = grader.grade(term(termId), answer);

        assertThat(grade.correct()).as("correct").isTrue();
        assertThat(grade.exact()).as("exact").isTrue();
        assertThat(grade.diff()).isEmpty();
    }

    @ParameterizedTest(name = "\"{1}\", the name of its twin, is accepted as {0}")
    @CsvSource(delimiter = '|', textBlock = """
            sse                      | SSE
            sse                      | SSE (Server-Sent Events)
            sse-acronym              | Server-Sent Events
            sse-acronym              | server sent event
            cursor-pagination        | Cursor-Based Pagination
            cursor-pagination        | cursor based pagination
            cursor-based-pagination  | cursor pagination
            graphql-subscription     | GraphQL Subscriptions
            graphql-subscriptions    | graphql subscription
            bun                      | bun runtime
            bun-runtime              | bun
            entity-ddd               | entity
            entity                   | Entity (DDD)
            """)
    void acceptsTheNameOfAnOverlappingTwin(String termId, String answer) {
        Grade grade = grader.grade(term(termId), answer);

        assertThat(grade.correct()).as("correct").isTrue();
        assertThat(grade.exact()).as("exact").isTrue();
    }

    /** The hostile review's F6: typed mode threw IndexOutOfBoundsException on such a term. */
    @Test
    void aNameOfSymbolsOnlyIsRightExactlyAndAnythingElseIsWrong() {
        Term and = Term.of("and", "&&", Level.BEGINNER, "Logical and.");
        Term or = Term.of("or", "||", Level.BEGINNER, "Logical or.");
        TypedAnswerGrader symbols = new TypedAnswerGrader(Deck.of("ops", "Ops", "", List.of(and, or)));
        assertThat(symbols.grade(and, " && ").correct()).isTrue();
        assertThat(symbols.grade(and, "||").correct()).isFalse();
        assertThat(symbols.grade(and, "wrong").correct()).isFalse();
        assertThat(symbols.grade(and, "and").correct()).isFalse();
        assertThat(symbols.grade(and, "").correct()).isFalse();
    }

    @Test
    void aTypoInATwinsNameIsATypoNotAnotherTerm() {
        Grade grade = grader.grade(term("graphql-subscription"), "graphql subscriptoins");

        assertThat(grade.correct()).isTrue();
        assertThat(grade.exact()).isFalse();
    }

    @ParameterizedTest(name = "\"{1}\" is accepted as {0} with a typo")
    @CsvSource(delimiter = '|', textBlock = """
            sse                  | server sent evnts
            jwt                  | JSON web tokn
            circuit-breaker      | circiut breaker
            idempotency          | idempotancy
            idempotency          | idempotnecy
            rate-limiting        | rate limitng
            rate-limiter         | rate limitr
            exponential-backoff  | exponental backof
            kubernetes           | kubernets
            http-404             | 404 Not Fund
            cursor-pagination    | cursor pagnation
            oauth2               | oath 2
            """)
    void toleratesSmallTyposInLongWords(String termId, String answer) {
        Grade grade = grader.grade(term(termId), answer);

        assertThat(grade.correct()).as("correct").isTrue();
        assertThat(grade.exact()).as("exact").isFalse();
        assertThat(grade.diff()).isNotEmpty();
    }

    @ParameterizedTest(name = "\"{1}\" is not {0}")
    @CsvSource(delimiter = '|', textBlock = """
            rate-limiting            | Rate Limiter
            rate-limiter             | rate limiting
            rate-limiting            | a rate limiter
            idempotency              | idempotency key
            idempotency-key          | idempotency
            exponential-backoff      | retry with backoff
            http-403                 | 404
            http-404                 | 403
            http-404                 | 405
            http-404                 | 404 forbidden
            http2                    | http 3
            http3                    | HTTP/2
            http2                    | http 2.1
            oauth2                   | oauth 1
            oauth2                   | oauth 3
            oauth2                   | oauth 20
            jwt                      | jwk
            jwt                      | token
            circuit-breaker          | pattern
            circuit-breaker          | breaker
            nodejs                   | deno
            nodejs                   | nod
            saga                     | sago
            """)
    void rejectsOtherTermsOtherNumbersAndWrongAnswers(String termId, String answer) {
        assertThat(grader.grade(term(termId), answer).correct()).isFalse();
    }

    @ParameterizedTest(name = "blank answer \"{0}\" is wrong")
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n", "?!", "---"})
    void rejectsBlankAnswersWithNothingToDiff(String answer) {
        Grade grade = grader.grade(term("idempotency"), answer);

        assertThat(grade.correct()).isFalse();
        assertThat(grade.exact()).isFalse();
        assertThat(grade.expected()).isEqualTo("Idempotency");
        assertThat(grade.diff()).isEmpty();
    }

    @Test
    void exactAnswerNamesTheFormItMatched() {
        assertThat(grader.grade(term("jwt"), "json web token").expected()).isEqualTo("JSON Web Token");
        assertThat(grader.grade(term("circuit-breaker"), "circuit breaker").expected()).isEqualTo("Circuit Breaker");
    }

    @Test
    void nearMissShowsACharacterDiffAgainstTheClosestForm() {
        Grade grade = grader.grade(term("sse"), "server sent evnts");

        assertThat(grade.expected()).isEqualTo("Server-Sent Events");
        assertThat(grade.diff()).containsExactly(
                new DiffPart(SAME, "Server-Sent Ev"), new DiffPart(MISSING, "e"), new DiffPart(SAME, "nts"));
    }

    @Test
    void diffOfAWrongAnswerShowsWhatWasExtraAndWhatWasMissing() {
        Grade grade = grader.grade(term("rate-limiting"), "rate limiter");

        assertThat(grade.correct()).isFalse();
        assertThat(grade.expected()).isEqualTo("Rate Limiting");
        assertThat(grade.diff()).containsExactly(
                new DiffPart(SAME, "Rate Limit"), new DiffPart(EXTRA, "er"), new DiffPart(MISSING, "ing"));
    }

    @Test
    void sameAndMissingPartsSpellTheExpectedForm() {
        for (String answer : List.of("idempotancy", "idempotency key", "idempotenc")) {
            Grade grade = grader.grade(term("idempotency"), answer);
            String spelt = grade.diff().stream().filter(p -> p.kind() != EXTRA).map(DiffPart::text)
                    .reduce("", String::concat);
            assertThat(spelt).as(answer).isEqualTo(grade.expected());
        }
    }

    @ParameterizedTest(name = "\"{1}\" for {0} is a far miss: no diff")
    @CsvSource(delimiter = '|', textBlock = """
            idempotency      | x
            idempotency      | circiut breaker pattern
            kubernetes       | docker swarm
            http-404         | 500
            jwt              | token
            """)
    void aFarMissGetsNoDiff(String termId, String answer) {
        Grade grade = grader.grade(term(termId), answer);

        assertThat(grade.correct()).isFalse();
        assertThat(grade.diff()).isEmpty();
    }

    @Test
    void aNearMissGetsADiffAgainstTheClosestAcceptedName() {
        Grade grade = grader.grade(term("http-404"), "403");

        assertThat(grade.correct()).isFalse();
        assertThat(grade.expected()).isEqualTo("404");
        assertThat(grade.diff()).containsExactly(new DiffPart(SAME, "40"), new DiffPart(EXTRA, "3"),
                new DiffPart(MISSING, "4"));
    }

    @Test
    void rejectsADifferentNumberEvenWhereATypoWouldBeTolerated() {
        // "oauth1" is one edit from "oauth2", and "OAuth 2.0" tolerates one edit.
        assertThat(grader.grade(term("oauth2"), "oath 2").correct()).isTrue();
        assertThat(grader.grade(term("oauth2"), "oauth 1").correct()).isFalse();
    }

    @Test
    void aNameToleratesNoMoreTyposThanItsWordsDoOneByOne() {
        // Twelve letters would allow two typos, but "rate" allows none and "limiting" one.
        assertThat(grader.grade(term("rate-limiting"), "rate limitin").correct()).isTrue();
        assertThat(grader.grade(term("rate-limiting"), "rte limitin").correct()).isFalse();
    }

    @Test
    void gradesATermThatIsNotInTheDeckAgainstTheWholeDeck() {
        Term stranger = Term.of("rate-limit", "Rate Limit", Level.BEGINNER, "A cap on requests.");

        assertThat(grader.grade(stranger, "rate limit").correct()).isTrue();
        assertThat(grader.grade(stranger, "rate limiter").correct()).isFalse();
    }

    @Test
    void aDeckOfOneTermStillGrades() {
        Term only = term("idempotency");
        TypedAnswerGrader alone = new TypedAnswerGrader(Deck.of("one", "One", "", List.of(only)));

        assertThat(alone.grade(only, "idempotency key").correct()).isFalse();
        assertThat(alone.grade(only, "Idempotancy").correct()).isTrue();
    }

    private static Term named(String id, String name, List<String> related, List<String> same) {
        return new Term(id, name, Level.INTERMEDIATE, "", "Something about " + name + ".", List.of(), related, same,
                "", List.of());
    }

    @Test
    void namesThatLookAlikeAreTwinsOnlyWhenTheDeckSaysSo() {
        Term bun = named("bun", "Bun", List.of("bun-runtime"), List.of());
        Term runtime = named("bun-runtime", "Bun Runtime", List.of("bun"), List.of());
        TypedAnswerGrader unmarked = new TypedAnswerGrader(Deck.of("d", "D", "", List.of(bun, runtime)));
        assertThat(unmarked.grade(runtime, "bun").correct()).isFalse();
        assertThat(unmarked.grade(bun, "bun runtime").correct()).isFalse();

        Term cron = named("cron-job", "Cron Job", List.of(), List.of("scheduled-task"));
        Term task = named("scheduled-task", "Scheduled Task", List.of(), List.of("cron-job"));
        TypedAnswerGrader marked = new TypedAnswerGrader(Deck.of("d", "D", "", List.of(cron, task)));
        assertThat(marked.grade(cron, "scheduled tasks").correct()).isTrue();
        assertThat(marked.grade(task, "Cron Job").exact()).isTrue();
        assertThat(marked.grade(cron, "schedlued task").correct()).as("a typo in a twin's name").isTrue();
    }

    @Test
    void aGeneralTermIsNotAcceptedForAKindOfItEvenWhenTheyAreLinked() {
        Term middleware = named("middleware", "Middleware", List.of("server-middleware"), List.of());
        Term server = named("server-middleware", "Server Middleware", List.of("middleware"), List.of());
        TypedAnswerGrader grader = new TypedAnswerGrader(Deck.of("d", "D", "", List.of(middleware, server)));
        assertThat(grader.grade(server, "middleware").correct()).isFalse();
        assertThat(grader.grade(middleware, "server middleware").correct()).isFalse();
        assertThat(grader.grade(server, "server middleware").correct()).isTrue();
    }

    @Test
    void aNameWithoutTheQualifierThatSaysWhichSenseIsRightEvenWhenAnotherTermHasThatName() {
        Term nest = named("guard", "Guard", List.of("guard-backend"), List.of());
        Term any = named("guard-backend", "Guard (backend)", List.of("guard"), List.of());
        TypedAnswerGrader grader = new TypedAnswerGrader(Deck.of("d", "D", "", List.of(nest, any)));
        assertThat(grader.grade(any, "guard").exact()).isTrue();
        assertThat(grader.grade(any, "guards").correct()).isTrue();
        assertThat(grader.grade(nest, "guard").exact()).isTrue();
        assertThat(grader.grade(nest, "guard (backend)").correct()).as("the general term for the specific one").isFalse();
    }

    /** A deck of many terms, of names with no other form, with a generic last word and with an expansion. */
    private static Deck largeDeck() {
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            String name = switch (i % 3) {
                case 0 -> "Widget Number " + i;
                case 1 -> "Gadget " + i + " Service";
                default -> "WG" + i + " (Widget Gadget " + i + ")";
            };
            terms.add(Term.of("t" + i, name, Level.values()[i % 3], "A made-up thing number " + i + "."));
        }
        return Deck.of("large", "Large", "", terms);
    }

    @Test
    void gradingOnALargeDeckMakesTheFormsOfOnlyTheTermsTheAnswerSpellsOrNearlySpells() {
        Deck deck = largeDeck();
        TypedAnswerGrader large = new TypedAnswerGrader(deck);
        Term term = deck.byId("t6").orElseThrow();

        assertThat(large.grade(term, "not the answer at all").correct()).isFalse();
        assertThat(large.formed()).as("terms whose forms were made").isEqualTo(1);

        assertThat(large.grade(term, "Gadget 7").correct()).as("another term's name, without its generic word").isFalse();
        assertThat(large.grade(term, "widget gadget 8").correct()).as("another term's expansion").isFalse();
        assertThat(large.grade(term, "Widget Numbr 6").correct()).as("a typo").isTrue();
        assertThat(large.grade(term, "Widget Number 6").exact()).isTrue();
        assertThat(large.formed()).as("terms whose forms were made").isLessThan(10);
    }
}
