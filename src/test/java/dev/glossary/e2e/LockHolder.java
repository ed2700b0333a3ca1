package dev.glossary.e2e;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Holds a file lock from a process of its own, as a stuck writer would (the review held it from Python):
 * {@code java -cp target/test-classes dev.glossary.e2e.LockHolder FILE MILLIS}. Prints "held" once it has it.
 */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.lock()) {
            System.out.println(lock.isValid() ? "held" : "not held");
            System.out.flush();
            Thread.sleep(Long.parseLong(args[1]));
        }
    }
}
