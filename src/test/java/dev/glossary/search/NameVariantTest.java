package dev.glossary.search;

import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class NameVariantTest {
    @Test
    void aTermIsKnownByItsNameAliasesAndTheHalvesOfAParenthesisedName() {
        List<NameVariant> variants = variants(term("JWT (JSON Web Token)", "Bearer Token"));

        assertThat(variants).extracting(NameVariant::kind, NameVariant::key).containsExactly(
                tuple(NameVariant.Kind.NAME, "jwtjsonwebtoken"),
                tuple(NameVariant.Kind.ALIAS, "bearertoken"),
                tuple(NameVariant.Kind.PART, "jwt"),
                tuple(NameVariant.Kind.PART, "jsonwebtoken"));
    }

    @Test
    void onlyAParenthesisThatClosesTheNameSplitsIt() {
        assertThat(variants(term("SAGA (Sequence And Gated Actions)  "))).extracting(NameVariant::kind, NameVariant::key)
                .contains(tuple(NameVariant.Kind.PART, "saga"), tuple(NameVariant.Kind.PART, "sequenceandgatedactions"));
        assertThat(variants(term("AB (Alpha (Beta))"))).extracting(NameVariant::key).contains("ab", "alphabeta");
        assertThat(variants(term("Saga (pattern) in practice"))).extracting(NameVariant::kind)
                .doesNotContain(NameVariant.Kind.PART);
        assertThat(variants(term("(Not) a part"))).extracting(NameVariant::kind).doesNotContain(NameVariant.Kind.PART);
        assertThat(variants(term("Empty ()"))).extracting(NameVariant::kind).doesNotContain(NameVariant.Kind.PART);
    }

    @Test
    void aParenthesisedQualifierIsNoNameOfTheTermButItsNameBeforeIsOne() {
        assertThat(variants(term("Guard (backend)"))).extracting(NameVariant::kind, NameVariant::key)
                .containsExactly(tuple(NameVariant.Kind.NAME, "guardbackend"), tuple(NameVariant.Kind.PART, "guard"));
        assertThat(variants(term("Entity (DDD)"))).extracting(NameVariant::key).containsExactly("entityddd", "entity");
        assertThat(variants(term("Command Pattern (backend)"))).extracting(NameVariant::key)
                .doesNotContain("backend");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "XML (eXtensible Markup Language)     | extensiblemarkuplanguage",
            "PHP (PHP: Hypertext Preprocessor)    | phphypertextpreprocessor",
            "OpenTelemetry (OTel)                 | otel",
            "REST (Representational State Transfer) | representationalstatetransfer",
            "MVP (Model and View Presenter)       | modelandviewpresenter",
            "HATEOAS (Hypermedia As The Engine Of Application State) | hypermediaastheengineofapplicationstate"})
    void anAcronymAndItsExpansionAreBothNames(String name, String part) {
        assertThat(variants(term(name))).extracting(NameVariant::kind, NameVariant::key)
                .contains(tuple(NameVariant.Kind.PART, part));
    }

    @Test
    void aLongNameIsAlsoKnownByItsInitials() {
        assertThat(variants(term("Time to Live"))).extracting(NameVariant::key).containsExactly("timetolive", "ttl");
    }

    @Test
    void theExpansionOfAnAcronymGivesItsInitialsWhenTheDeckDoesNot() {
        assertThat(variants(term("DLQ (Dead Letter Queue)"))).extracting(NameVariant::key)
                .containsExactly("dlqdeadletterqueue", "dlq", "deadletterqueue");
        assertThat(variants(term("Content Delivery Network (Edge Cache)"))).extracting(NameVariant::kind, NameVariant::key)
                .contains(tuple(NameVariant.Kind.INITIALS, "cdn"))
                .doesNotContain(tuple(NameVariant.Kind.INITIALS, "cdnec"));
    }

    @Test
    void namesWithFewWordsOrLeadingDigitsGetNoInitials() {
        assertThat(variants(term("Rate Limiter"))).extracting(NameVariant::key).containsExactly("ratelimiter");
        assertThat(variants(term("HTTP 404 Not Found"))).extracting(NameVariant::key).containsExactly("http404notfound");
    }

    @Test
    void eachKeyIsListedOncePerTermUnderItsBestKind() {
        List<NameVariant> variants = variants(term("JWT (JSON Web Token)", "JWT", "json-web-token"));

        assertThat(variants).extracting(NameVariant::key).doesNotHaveDuplicates();
        assertThat(variants).filteredOn(variant -> variant.key().equals("jwt"))
                .extracting(NameVariant::kind).containsExactly(NameVariant.Kind.ALIAS);
    }

    @Test
    void aNameWithoutLettersOrDigitsHasNoVariant() {
        assertThat(variants(term("!!!", "…"))).isEmpty();
    }

    @Test
    void variantsRememberTheirTermAndWords() {
        List<NameVariant> variants = new ArrayList<>();
        NameVariant.addAll(0, term("Caching"), new Tokenizer.Scanner(false), variants);
        NameVariant.addAll(1, term("Server-Sent Events"), new Tokenizer.Scanner(false), variants);

        assertThat(variants.get(1).term()).isEqualTo(1);
        assertThat(variants.get(1).words()).containsExactly("server", "sent", "events");
    }

    private static List<NameVariant> variants(Term term) {
        List<NameVariant> variants = new ArrayList<>();
        NameVariant.addAll(7, term, new Tokenizer.Scanner(false), variants);
        assertThat(variants).allMatch(variant -> variant.term() == 7);
        return variants;
    }

    private static Term term(String name, String... aliases) {
        return new Term("t", name, Level.BEGINNER, "", "", List.of(aliases), List.of(), "", List.of());
    }
}
