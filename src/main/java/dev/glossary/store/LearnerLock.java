package dev.glossary.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Keeps two writers of the learner's files apart: an OS file lock between processes (a REPL and a
 * one-shot), and an in-process lock between threads, since the JVM refuses to take one file lock twice.
 *
 * <p>A writer holds it for the few milliseconds of a save, so a wait is normally unnoticeable. One that goes
 * on is announced once, naming the holder's process id (each holder writes its own into the lock file), and
 * given up after a while: a process stopped with the lock held (Ctrl-Z, a debugger, a hung disk) must not
 * freeze every other session for ever.
 */
final class LearnerLock implements AutoCloseable {
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    private static final long POLL_MILLIS = 50;

    /** How long to wait quietly, and in all, before giving up with {@link Held}. */
    record Patience(Duration quiet, Duration total) {
        static final Patience DEFAULT = new Patience(Duration.ofSeconds(2), Duration.ofSeconds(30));
    }

    /** The lock stayed held for the whole of {@link Patience#total()}. */
    static final class Held extends IOException {
        Held(String message) {
            super(message);
        }
    }

    private final ReentrantLock threadLock;
    private final FileChannel channel;
    private final FileLock fileLock;

    private LearnerLock(ReentrantLock threadLock, FileChannel channel, FileLock fileLock) {
        this.threadLock = threadLock;
        this.channel = channel;
        this.fileLock = fileLock;
    }

    /**
     * Takes the lock, waiting as long as {@code patience} allows; {@code waiting} hears once, after the quiet
     * part, who holds it.
     */
    static LearnerLock acquire(Path lockFile, Patience patience, Consumer<String> waiting) throws IOException {
        ReentrantLock threadLock = IN_PROCESS.computeIfAbsent(lockFile.toAbsolutePath(), p -> new ReentrantLock());
        Wait wait = new Wait(lockFile, patience, waiting);
        try {
            while (!threadLock.tryLock(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                wait.check();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Held("interrupted while waiting for " + lockFile);
        }
        FileChannel channel = null;
        try {
            AtomicFiles.createPrivateDirectory(lockFile.toAbsolutePath().getParent());
            channel = open(lockFile);
            FileLock fileLock;
            while ((fileLock = channel.tryLock()) == null) {
                wait.check();
                sleep();
            }
            sign(channel);
            return new LearnerLock(threadLock, channel, fileLock);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            threadLock.unlock();
            throw e;
        }
    }

    private static void sleep() throws Held {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Held("interrupted while waiting for the lock");
        }
    }

    /** Leaves this process's id in the lock file, for a writer that has to wait to name. */
    private static void sign(FileChannel channel) throws IOException {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
    }

    /** One writer's wait: the notice once, then the end. */
    private static final class Wait {
        private final Path lockFile;
        private final Patience patience;
        private final Consumer<String> waiting;
        private final long start = System.nanoTime();
        private boolean announced;

        Wait(Path lockFile, Patience patience, Consumer<String> waiting) {
            this.lockFile = lockFile;
            this.patience = patience;
            this.waiting = waiting;
        }

        void check() throws Held {
            long waited = System.nanoTime() - start;
            if (waited >= patience.total().toNanos()) {
                throw new Held(holder() + " has held " + lockFile + " for " + seconds(patience.total())
                        + "; try again once it has finished (or end it, if it is stuck)");
            }
            if (!announced && waited >= patience.quiet().toNanos()) {
                announced = true;
                waiting.accept(holder() + " is saving progress; waiting for it (up to "
                        + seconds(patience.total()) + ")");
            }
        }

        /** The process that holds the lock, by the id it left in the file when it is one of ours. */
        private String holder() {
            try {
                String pid = Files.readString(lockFile, StandardCharsets.US_ASCII).strip();
                if (pid.matches("\\d{1,10}")) {
                    return "another glossary process (pid " + pid + ")";
                }
            } catch (IOException | RuntimeException e) {
                // Unreadable: the holder is simply not named.
            }
            return "another glossary process";
        }

        private static String seconds(Duration d) {
            return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
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
