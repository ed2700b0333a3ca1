package dev.glossary.search;

import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import org.junit.jupiter.api.Test;

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
        assertThat(variants(term("Saga (pattern)  "))).extracting(NameVariant::kind, NameVariant::key)
                .contains(tuple(NameVariant.Kind.PART, "saga"), tuple(NameVariant.Kind.PART, "pattern"));
        assertThat(variants(term("A (B (C))"))).extracting(NameVariant::key).contains("a", "bc");
        assertThat(variants(term("Saga (pattern) in practice"))).extracting(NameVariant::kind)
                .doesNotContain(NameVariant.Kind.PART);
        assertThat(variants(term("(Not) a part"))).extracting(NameVariant::kind).doesNotContain(NameVariant.Kind.PART);
        assertThat(variants(term("Empty ()"))).extracting(NameVariant::kind).doesNotContain(NameVariant.Kind.PART);
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
