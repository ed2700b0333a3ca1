package dev.glossary.search;

import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NameTableTest {
    private final NameTable table = NameTable.of(List.of(
            new Term("sse", "Server-Sent Events", Level.BEGINNER, "", "", List.of("Push Stream"), List.of(), "", List.of()),
            Term.of("sent", "Sent Items", Level.BEGINNER, "")));

    @Test
    void listsEveryVariantWithItsTermKindAndKey() {
        assertThat(table.size()).isEqualTo(4);
        assertThat(table.terms()).containsExactly(0, 0, 0, 1);
        assertThat(table.kinds()).containsExactly(NameVariant.Kind.NAME, NameVariant.Kind.ALIAS,
                NameVariant.Kind.INITIALS, NameVariant.Kind.NAME);
        assertThat(table.keys()).containsExactly("serversentevents", "pushstream", "sse", "sentitems");
    }

    @Test
    void keepsEachWordOnceAndRefersToItByNumber() {
        assertThat(table.words()).containsExactly("server", "sent", "events", "push", "stream", "items");
        assertThat(wordsOf(0)).containsExactly("server", "sent", "events");
        assertThat(wordsOf(3)).containsExactly("sent", "items");
    }

    @Test
    void givesInitialsNoWords() {
        assertThat(wordsOf(2)).isEmpty();
    }

    private List<String> wordsOf(int variant) {
        return Arrays.stream(table.variantWords(), table.variantStart()[variant], table.variantStart()[variant + 1])
                .mapToObj(table.words()::get)
                .toList();
    }
}
