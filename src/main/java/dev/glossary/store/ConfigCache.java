package dev.glossary.store;

import dev.glossary.progress.LearnerConfig;

import java.nio.ByteBuffer;
import java.nio.file.Path;

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
    static final int FORMAT = 1;

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
            LearnerConfig config = new LearnerConfig(in.getDouble(), in.getInt(), in.get() != 0, in.get() != 0);
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
        });
    }
}
