package dev.glossary.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.glossary.GlossaryException;
import dev.glossary.progress.LearnerConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;

/**
 * The learner's {@code config.json}: desired retention, new terms per day, fuzz and short-term steps.
 * A missing file means the defaults; a file that cannot be read is an error, never silently replaced.
 */
public final class JsonConfigStore {
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final Set<String> FIELDS = Set.of("version", "desiredRetention", "newPerDay", "fuzz", "shortTerm");

    private final Path file;

    public JsonConfigStore(LearnerFiles files) {
        this.file = files.config();
    }

    public Path file() {
        return file;
    }

    public LearnerConfig load() {
        if (!Files.exists(file)) {
            return LearnerConfig.defaults();
        }
        try {
            JsonNode tree = JSON.readTree(Files.readAllBytes(file));
            if (tree == null || !tree.isObject()) {
                throw bad("expected a JSON object such as {\"desiredRetention\": 0.9}");
            }
            for (Iterator<String> names = tree.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!FIELDS.contains(name)) {
                    throw bad("unknown setting \"" + name + "\"; known settings are " + String.join(", ", FIELDS));
                }
            }
            LearnerConfig d = LearnerConfig.defaults();
            return new LearnerConfig(
                    number(tree, "desiredRetention", d.desiredRetention()),
                    (int) number(tree, "newPerDay", d.newPerDay()),
                    bool(tree, "fuzz", d.fuzz()),
                    bool(tree, "shortTerm", d.shortTerm()));
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw bad("not valid JSON" + (at == null ? "" : " at line " + at.getLineNr() + ", column "
                    + at.getColumnNr()));
        } catch (IllegalArgumentException e) {
            throw bad(e.getMessage());
        } catch (IOException e) {
            throw new GlossaryException(GlossaryException.IO, file + ": cannot read: " + e.getMessage());
        }
    }

    public void save(LearnerConfig config) {
        ObjectNode node = JSON.createObjectNode();
        node.put("version", 1);
        node.put("desiredRetention", config.desiredRetention());
        node.put("newPerDay", config.newPerDay());
        node.put("fuzz", config.fuzz());
        node.put("shortTerm", config.shortTerm());
        try {
            AtomicFiles.write(file, JSON.writeValueAsBytes(node));
        } catch (IOException e) {
            throw new GlossaryException(GlossaryException.IO, file + ": cannot write: " + e.getMessage());
        }
    }

    private static double number(JsonNode tree, String field, double fallback) {
        JsonNode n = tree.get(field);
        if (n == null) {
            return fallback;
        }
        if (!n.isNumber()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a number");
        }
        return n.asDouble();
    }

    private static boolean bool(JsonNode tree, String field, boolean fallback) {
        JsonNode n = tree.get(field);
        if (n == null) {
            return fallback;
        }
        if (!n.isBoolean()) {
            throw new IllegalArgumentException("\"" + field + "\" must be true or false");
        }
        return n.asBoolean();
    }

    private GlossaryException bad(String problem) {
        return GlossaryException.badData(file + ": " + problem + "; fix it, or delete the file to use the defaults");
    }
}
