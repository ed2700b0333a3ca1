package dev.glossary.store;

import dev.glossary.GlossaryException;
import dev.glossary.progress.LearnerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonConfigStoreTest {
    @TempDir
    Path home;

    private JsonConfigStore store() {
        return new JsonConfigStore(new LearnerFiles(home));
    }

    @Test
    void noFileMeansTheDefaults() {
        assertThat(store().load()).isEqualTo(LearnerConfig.defaults());
    }

    @Test
    void savedSettingsAreReadBack() {
        LearnerConfig c = LearnerConfig.defaults().withDesiredRetention(0.85).withNewPerDay(5).withFuzz(false);
        store().save(c);
        assertThat(store().load()).isEqualTo(c);
    }

    @Test
    void aRetentionOutOfRangeIsRefusedWithTheFix() throws IOException {
        Files.writeString(home.resolve("config.json"), "{\"desiredRetention\": 0.99}");
        assertThatThrownBy(() -> store().load()).isInstanceOf(GlossaryException.class)
                .hasMessageContaining("between 0.70 and 0.97").hasMessageContaining("delete the file");
    }

    @Test
    void anUnknownSettingIsNamed() throws IOException {
        Files.writeString(home.resolve("config.json"), "{\"newPerDya\": 5}");
        assertThatThrownBy(() -> store().load()).hasMessageContaining("unknown setting \"newPerDya\"");
    }

    @Test
    void badJsonSaysWhere() throws IOException {
        Files.writeString(home.resolve("config.json"), "{\n\"fuzz\": tru\n}");
        assertThatThrownBy(() -> store().load()).hasMessageStartingWith(home.resolve("config.json") + ":2:")
                .hasMessageContaining("'tru' is not a JSON value").hasMessageNotContaining("Source");
    }
}
