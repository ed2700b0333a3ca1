package dev.glossary.console;

import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard input is a terminal, told from standard input alone: {@code System.console()} is null
 * as soon as standard output is redirected ({@code quiz --json > results.json}), though the learner still
 * types at a terminal. Asked only by the commands that read answers.
 */
public final class StandardInput {
    private static final Path FD0 = Path.of("/proc/self/fd/0");

    private StandardInput() {
    }

    public static boolean isTerminal() {
        if (System.console() != null) {
            return true;
        }
        try {
            // Linux names what descriptor 0 is: a terminal device, or a pipe, a file, /dev/null.
            return isTerminalDevice(Files.readSymbolicLink(FD0).toString());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return nativeIsatty();
        }
    }

    /**
     * Whether standard input was closed when the process started ({@code glossary <&-}). The JVM then opens its
     * own files at descriptor 0, and a quiz read the JDK's module image as answers; so descriptor 0 naming a
     * file of the JDK, of the class path or a class-data sharing archive is a closed input.
     */
    public static boolean wasClosed() {
        try {
            return isRuntimeFile(Files.readSymbolicLink(FD0).toString(), System.getProperty("java.home"),
                    System.getProperty("java.class.path"));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    static boolean isRuntimeFile(String target, String javaHome, String classPath) {
        if (!target.startsWith("/")) {
            return false;
        }
        if (target.endsWith(".jsa") || javaHome != null && target.startsWith(javaHome + "/")) {
            return true;
        }
        for (String entry : classPath == null ? new String[0] : classPath.split(java.io.File.pathSeparator)) {
            if (!entry.isEmpty() && Path.of(entry).toAbsolutePath().normalize().toString().equals(target)) {
                return true;
            }
        }
        return false;
    }

    static boolean isTerminalDevice(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    }

    /** Elsewhere, isatty(0) through JLine's native library; loading it is slow, so it comes last. */
    private static boolean nativeIsatty() {
        try {
            return TerminalProvider.load("jni").isSystemStream(SystemStream.Input);
        } catch (Exception | LinkageError e) {
            return false;
        }
    }
}
