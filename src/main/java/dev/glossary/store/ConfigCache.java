package dev.glossary.store;

import dev.glossary.deck.Level;
import dev.glossary.progress.Exam;
import dev.glossary.progress.LearnerConfig;
import dev.glossary.progress.NewOrder;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The settings {@code config.json} decodes to, in the learner's {@code cache/}: a learner who changed a
 * setting has the file read at every start, and Jackson's set-up in a cold JVM cost each command that
 * reads progress about 10 ms. As for {@link ProgressCache}, the copy stands for exactly the bytes it was
 * made from (length and two checksums), so any change to the file is decoded and checked afresh, and the
 * copy can be deleted at any time.
 */
final class ConfigCache {
    private static final int MAGIC = 0x474c4346;
    /** Bump when the layout below changes, so that an older copy is simply not used. */
    static final int FORMAT = 4;

    private final Path file;

    ConfigCache(Path file) {
        this.file = file;
    }

    /** The settings {@code json} decodes to, when the copy was made from these very bytes; else null. */
    LearnerConfig read(byte[] json) {
        ByteBuffer in = CacheFiles.readMadeFrom(file, MAGIC, FORMAT, json);
        try {
            if (in == null) {
                return null;
            }
            LearnerConfig config = new LearnerConfig(in.getDouble(), in.getInt(), in.get() != 0, in.get() != 0,
                    steps(in), steps(in), in.getInt(), weights(in), NewOrder.values()[in.get()], in.getInt(),
                    in.get() != 0 ? text(in) : null, exams(in));
            return in.hasRemaining() ? null : config;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Keeps {@code config} as what {@code json} decodes to; a copy that cannot be written is no loss. */
    void write(byte[] json, LearnerConfig config) {
        CacheFiles.writeMadeFrom(file, MAGIC, FORMAT, json, out -> {
            out.writeDouble(config.desiredRetention());
            out.writeInt(config.newPerDay());
            out.writeBoolean(config.fuzz());
            out.writeBoolean(config.shortTerm());
            writeSteps(out, config.learningSteps());
            writeSteps(out, config.relearningSteps());
            out.writeInt(config.maximumInterval());
            out.writeInt(config.weights().size());
            for (double w : config.weights()) {
                out.writeDouble(w);
            }
            out.writeByte(config.newOrder().ordinal());
            out.writeInt(config.leechLapses());
            out.writeBoolean(config.deck() != null);
            if (config.deck() != null) {
                byte[] deck = config.deck().getBytes(StandardCharsets.UTF_8);
                out.writeInt(deck.length);
                out.write(deck);
            }
            out.writeInt(config.exams().size());
            for (Map.Entry<String, Exam> exam : config.exams().entrySet()) {
                byte[] deck = exam.getKey().getBytes(StandardCharsets.UTF_8);
                out.writeInt(deck.length);
                out.write(deck);
                out.writeLong(exam.getValue().date().toEpochDay());
                int levels = 0;
                for (Level level : exam.getValue().levels()) {
                    levels |= 1 << level.ordinal();
                }
                out.writeByte(levels);
            }
        });
    }

    private static void writeSteps(java.io.DataOutputStream out, List<Duration> steps) throws java.io.IOException {
        out.writeInt(steps.size());
        for (Duration step : steps) {
            out.writeLong(step.toMinutes());
        }
    }

    private static List<Duration> steps(ByteBuffer in) {
        List<Duration> steps = new ArrayList<>();
        for (int i = in.getInt(); i > 0; i--) {
            steps.add(Duration.ofMinutes(in.getLong()));
        }
        return steps;
    }

    private static Map<String, Exam> exams(ByteBuffer in) {
        Map<String, Exam> exams = new HashMap<>();
        for (int i = in.getInt(); i > 0; i--) {
            String deck = text(in);
            LocalDate date = LocalDate.ofEpochDay(in.getLong());
            int bits = in.get();
            Set<Level> levels = EnumSet.noneOf(Level.class);
            for (Level level : Level.values()) {
                if ((bits & 1 << level.ordinal()) != 0) {
                    levels.add(level);
                }
            }
            exams.put(deck, new Exam(date, levels));
        }
        return exams;
    }

    private static String text(ByteBuffer in) {
        byte[] bytes = new byte[in.getInt()];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static List<Double> weights(ByteBuffer in) {
        List<Double> weights = new ArrayList<>();
        for (int i = in.getInt(); i > 0; i--) {
            weights.add(in.getDouble());
        }
        return weights;
    }
}
