package dev.glossary.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps two writers of the learner's files apart: an OS file lock between processes (a REPL and a
 * one-shot), and an in-process lock between threads, since the JVM refuses to take one file lock twice.
 */
final class LearnerLock implements AutoCloseable {
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock threadLock;
    private final FileChannel channel;
    private final FileLock fileLock;

    private LearnerLock(ReentrantLock threadLock, FileChannel channel, FileLock fileLock) {
        this.threadLock = threadLock;
        this.channel = channel;
        this.fileLock = fileLock;
    }

    static LearnerLock acquire(Path lockFile) throws IOException {
        ReentrantLock threadLock = IN_PROCESS.computeIfAbsent(lockFile.toAbsolutePath(), p -> new ReentrantLock());
        threadLock.lock();
        FileChannel channel = null;
        try {
            AtomicFiles.createPrivateDirectory(lockFile.toAbsolutePath().getParent());
            channel = open(lockFile);
            return new LearnerLock(threadLock, channel, channel.lock());
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            threadLock.unlock();
            throw e;
        }
    }

    /** Owner-only, like every file in the learner directory. */
    private static FileChannel open(Path lockFile) throws IOException {
        Set<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            return FileChannel.open(lockFile, options,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            return FileChannel.open(lockFile, options);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            fileLock.release();
            channel.close();
        } finally {
            threadLock.unlock();
        }
    }
}
