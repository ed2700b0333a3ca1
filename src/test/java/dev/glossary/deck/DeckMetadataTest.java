package dev.glossary.deck;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeckMetadataTest {
    private static DeckMetadata.ChangelogEntry entry(String version, String... changes) {
        return new DeckMetadata.ChangelogEntry(version, null, List.of(changes));
    }

    @Test
    void versionsCompareAsPeopleMeanThem() {
        assertThat(DeckMetadata.compareVersions("1.10", "1.9")).isPositive();
        assertThat(DeckMetadata.compareVersions("v2", "1.5")).isPositive();
        assertThat(DeckMetadata.compareVersions("V1.2", "1.2")).isZero();
        assertThat(DeckMetadata.compareVersions("2", "2.1")).isNegative();
        assertThat(DeckMetadata.compareVersions("2025-autumn", "2025-spring")).isNegative();
        assertThat(DeckMetadata.compareVersions("2026-01-15", "2025-12-31")).isPositive();
        assertThat(DeckMetadata.compareVersions("1.0.0", "1.0")).isPositive();
    }

    @Test
    void anUpdateShowsTheEntriesNewerThanTheInstalledVersionNewestFirst() {
        DeckMetadata installed = new DeckMetadata("1.2", null, null, List.of(entry("1.2", "b"), entry("1.1", "a")));
        DeckMetadata next = new DeckMetadata("1.10", null, null,
                List.of(entry("1.3", "c"), entry("1.10", "e"), entry("1.9", "d"), entry("1.2", "b")));

        assertThat(next.newerThan(installed)).extracting(DeckMetadata.ChangelogEntry::version)
                .containsExactly("1.10", "1.9", "1.3");
    }

    @Test
    void withoutAnInstalledVersionTheEntriesItsChangelogLacksAreNew() {
        DeckMetadata installed = new DeckMetadata(null, null, null, List.of(entry("1.1", "a")));
        DeckMetadata next = new DeckMetadata(null, null, null, List.of(entry("1.2", "b"), entry("1.1", "a")));

        assertThat(next.newerThan(installed)).extracting(DeckMetadata.ChangelogEntry::version).containsExactly("1.2");
        assertThat(next.newerThan(DeckMetadata.NONE)).hasSize(2);
    }

    @Test
    void theBylineSaysWhatTheDeckTells() {
        assertThat(new DeckMetadata("1.3", "Ana Silva", LocalDate.of(2026, 3, 2), List.of()).byline())
                .isEqualTo("1.3 by Ana Silva");
        assertThat(new DeckMetadata("1.3", null, null, List.of()).byline()).isEqualTo("1.3");
        assertThat(new DeckMetadata(null, "Ana Silva", null, List.of()).byline()).isEqualTo("by Ana Silva");
        assertThat(DeckMetadata.NONE.byline()).isEmpty();
    }
}
