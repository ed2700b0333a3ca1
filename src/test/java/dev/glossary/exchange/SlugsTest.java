package dev.glossary.exchange;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTest {

    @Test
    void aSlugIsLowerCaseAsciiWithRunsOfOtherCharactersAsOneHyphen() {
        assertThat(Slugs.of("  Two-Phase Commit (2PC)! ")).isEqualTo("two-phase-commit-2pc");
    }

    @Test
    void accentsAreStrippedAndLettersWithoutAnAsciiBaseSpelledOut() {
        assertThat(Slugs.of("Café Crème")).isEqualTo("cafe-creme");
        assertThat(Slugs.of("Straße Ærø Łódź")).isEqualTo("strasse-aero-lodz");
    }

    @Test
    void aNameWithNoAsciiLettersGivesTerm() {
        assertThat(Slugs.of("日本語")).isEqualTo("term");
        assertThat(Slugs.of("++")).isEqualTo("term");
    }

    @Test
    void aLongNameIsCutAtAWordBoundary() {
        String slug = Slugs.of("the quick brown fox jumps over the lazy dog and keeps on running far away");
        assertThat(slug).isEqualTo("the-quick-brown-fox-jumps-over-the-lazy-dog-and-keeps-on");
        assertThat(slug.length()).isLessThanOrEqualTo(60);
    }

    @Test
    void aTakenSlugGetsTheFirstFreeNumber() {
        assertThat(Slugs.unique("API", Set.of())).isEqualTo("api");
        assertThat(Slugs.unique("API", Set.of("api", "api-2"))).isEqualTo("api-3");
    }

    @Test
    void everySlugIsAValidTermId() {
        for (String name : new String[] {"C++", "Ünïcödé", "a--b", "_x_", "1.0"}) {
            assertThat(Slugs.isSlug(Slugs.of(name))).as(name).isTrue();
        }
    }
}
