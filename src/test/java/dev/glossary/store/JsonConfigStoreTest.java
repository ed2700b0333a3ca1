package dev.glossary.store;

import dev.glossary.GlossaryException;
import dev.glossary.deck.Level;
import dev.glossary.progress.Exam;
import dev.glossary.progress.LearnerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;

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
    void examsAreKeptPerDeckAndReadBack() throws IOException {
        LearnerConfig c = LearnerConfig.defaults()
                .withExam("backend", new Exam(LocalDate.of(2026, 7, 14), EnumSet.of(Level.BEGINNER, Level.ADVANCED)))
                .withExam("course", new Exam(LocalDate.of(2026, 9, 1), EnumSet.allOf(Level.class)));
        store().save(c);
        assertThat(store().load()).isEqualTo(c);
        assertThat(Files.readString(home.resolve("config.json"))).contains("  \"exams\" : {\n    \"backend\" : {\n"
                + "      \"date\" : \"2026-07-14\",\n      \"levels\" : [ \"beginner\", \"advanced\" ]\n    },");
        store().save(c.withExam("backend", null).withExam("course", null));
        assertThat(Files.readString(home.resolve("config.json"))).doesNotContain("exams");
    }

    @Test
    void aBadExamIsNamedWithItsDeckAndField() throws IOException {
        Files.writeString(home.resolve("config.json"), "{\"exams\": {\"backend\": {\"date\": \"14 July\", \"levels\": [\"beginner\"]}}}");
        assertThatThrownBy(() -> store().load()).isInstanceOf(GlossaryException.class)
                .hasMessage(home.resolve("config.json") + ": \"exams\": \"backend\": \"date\" must be a date such as"
                        + " \"2026-07-14\"; fix it, or delete the file to use the defaults");
        Files.writeString(home.resolve("config.json"), "{\"exams\": {\"backend\": {\"date\": \"2026-07-14\", \"levels\": [\"expert\"]}}}");
        assertThatThrownBy(() -> store().load()).hasMessageContaining("\"exams\": \"backend\": \"expert\" is not a level");
        Files.writeString(home.resolve("config.json"), "{\"exams\": {\"backend\": {\"date\": \"2026-07-14\"}}}");
        assertThatThrownBy(() -> store().load()).hasMessageContaining("\"exams\": \"backend\" needs a date and at least one level");
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
