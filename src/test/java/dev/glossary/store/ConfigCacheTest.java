package dev.glossary.store;

import dev.glossary.deck.Level;
import dev.glossary.progress.Exam;
import dev.glossary.progress.LearnerConfig;
import dev.glossary.srs.FsrsParameters;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigCacheTest {
    private static final LearnerConfig CHANGED = LearnerConfig.defaults().withDesiredRetention(0.83).withNewPerDay(236).withFuzz(false)
            .withLearningSteps(List.of(Duration.ofMinutes(5), Duration.ofHours(1))).withMaximumInterval(365)
            .withWeights(FsrsParameters.DEFAULT_WEIGHTS)
            .withExam("backend", new Exam(LocalDate.of(2026, 7, 14), EnumSet.of(Level.INTERMEDIATE)))
            .withExam("cours-été", new Exam(LocalDate.of(2027, 1, 2), EnumSet.allOf(Level.class)));

    @TempDir
    Path home;

    private Path copy() {
        return home.resolve("cache").resolve("config.bin");
    }

    private JsonConfigStore store() {
        return new JsonConfigStore(new LearnerFiles(home));
    }

    @Test
    void aCopyReadsBackAsTheSettingsItWasMadeOf() {
        byte[] json = "{\"newPerDay\": 236}".getBytes(StandardCharsets.UTF_8);
        ConfigCache cache = new ConfigCache(copy());
        cache.write(json, CHANGED);

        assertThat(cache.read(json)).isEqualTo(CHANGED);
        assertThat(cache.read("{\"newPerDay\": 237}".getBytes(StandardCharsets.UTF_8))).isNull();
    }

    @Test
    void savingKeepsACopyThatTheNextLoadUses() throws IOException {
        store().save(CHANGED);
        assertThat(copy()).exists();
        // A copy that says something else proves the load took it, not the JSON.
        LearnerConfig marker = CHANGED.withNewPerDay(7);
        new ConfigCache(copy()).write(Files.readAllBytes(home.resolve("config.json")), marker);

        assertThat(store().load()).isEqualTo(marker);
    }

    @Test
    void anEditedFileIsReadAndCheckedAfresh() throws IOException {
        store().save(CHANGED);
        Path file = home.resolve("config.json");

        Files.writeString(file, Files.readString(file).replace("236", "12"));
        assertThat(store().load().newPerDay()).isEqualTo(12);

        Files.writeString(file, "{\"newPerDay\": -1}");
        assertThatThrownBy(() -> store().load()).hasMessageContaining("new terms per day");
    }

    @Test
    void aFileReadTheLongWayLeavesACopyBehind() throws IOException {
        Files.writeString(home.resolve("config.json"), "{\"fuzz\": false}");
        assertThat(store().load().fuzz()).isFalse();

        assertThat(new ConfigCache(copy()).read(Files.readAllBytes(home.resolve("config.json"))))
                .isEqualTo(LearnerConfig.defaults().withFuzz(false));
    }

    @Test
    void aDamagedCopyIsNotUsed() throws IOException {
        store().save(CHANGED);
        byte[] whole = Files.readAllBytes(copy());
        byte[] flipped = whole.clone();
        flipped[whole.length / 2] ^= 0x10;
        Files.write(copy(), flipped);
        assertThat(store().load()).isEqualTo(CHANGED);

        Files.write(copy(), Arrays.copyOf(whole, whole.length - 3));
        assertThat(new ConfigCache(copy()).read(Files.readAllBytes(home.resolve("config.json")))).isNull();
        assertThat(store().load()).isEqualTo(CHANGED);
    }
}
