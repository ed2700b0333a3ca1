package dev.glossary.deck;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
        assertThat(Slugs.of("Ünïcödé Cöurse")).isEqualTo("unicode-course");
    }

    @Test
    void cyrillicAndGreekAreTransliterated() {
        assertThat(Slugs.of("Курс физики")).isEqualTo("kurs-fiziki");
        assertThat(Slugs.of("Курс химии")).isEqualTo("kurs-khimii");
        assertThat(Slugs.of("Буфер")).isEqualTo("bufer");
        assertThat(Slugs.of("Кэш")).isEqualTo("kesh");
        assertThat(Slugs.of("Йогурт, щи")).isEqualTo("yogurt-shchi");
        assertThat(Slugs.of("Άλγεβρα")).isEqualTo("algevra");
    }

    @Test
    void plusAndSharpAreSpelledSoProgrammingLanguagesStayApart() {
        assertThat(Slugs.of("C")).isEqualTo("c");
        assertThat(Slugs.of("C++")).isEqualTo("c-plus-plus");
        assertThat(Slugs.of("C#")).isEqualTo("c-sharp");
        assertThat(Slugs.of("F# (language)")).isEqualTo("f-sharp-language");
        assertThat(Slugs.of("#hashtag")).isEqualTo("hashtag");
    }

    @Test
    void aNameLeftWithoutLettersGetsAStableHashOfItself() {
        assertThat(Slugs.of("日本語")).matches("term-[0-9a-f]{8}").isEqualTo(Slugs.of(" 日本語 "));
        assertThat(Slugs.of("日本語")).isNotEqualTo(Slugs.of("中文"));
        assertThat(Slugs.of("中文 2")).matches("term-[0-9a-f]{8}");
        assertThat(Slugs.of("!!!")).matches("term-[0-9a-f]{8}");
        assertThat(Slugs.of("404")).isEqualTo("404");
    }

    @Test
    void aLongNameIsCutAtAWordBoundary() {
        String slug = Slugs.of("the quick brown fox jumps over the lazy dog and keeps on running far away");
        assertThat(slug).isEqualTo("the-quick-brown-fox-jumps-over-the-lazy-dog-and-keeps-on");
        assertThat(slug.length()).isLessThanOrEqualTo(60);
    }

    @Test
    void namesWithTheSameSlugGetSuffixesFromTheirOwnNameNotACounter() {
        List<String> ids = Slugs.assign(List.of("Rate limit", "Rate-limit", "rate limit!"), Set.of());
        assertThat(ids.get(0)).isEqualTo("rate-limit");
        assertThat(ids.get(1)).isEqualTo("rate-limit-" + Slugs.hash("Rate-limit", 6));
        assertThat(ids.get(2)).isEqualTo("rate-limit-" + Slugs.hash("rate limit!", 6));
        assertThat(Slugs.assign(List.of("API"), Set.of("api"))).containsExactly("api-" + Slugs.hash("API", 6));
    }

    @Test
    void everyNameKeepsItsIdWhateverTheOrderOfTheRows() {
        List<String> names = new ArrayList<>(List.of("Rate limit", "Rate-limit", "rate limit!", "C", "C.", "Буфер",
                "Кэш", "日本語", "中文", "Cache", "cache!", "Cache?"));
        Map<String, String> first = idsByName(names);
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            Collections.shuffle(names, random);
            assertThat(idsByName(names)).isEqualTo(first);
        }
        assertThat(Set.copyOf(first.values())).hasSize(names.size());
    }

    private static Map<String, String> idsByName(List<String> names) {
        List<String> ids = Slugs.assign(names, Set.of());
        Map<String, String> byName = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            byName.put(names.get(i), ids.get(i));
        }
        return byName;
    }

    @Test
    void everySlugIsAValidTermId() {
        for (String name : new String[] {"C++", "Ünïcödé", "a--b", "_x_", "1.0", "日本語", "++", "Ω", "ǅemal"}) {
            assertThat(DeckValidator.isSlug(Slugs.of(name))).as(name).isTrue();
        }
    }
}
