package dev.glossary.console;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The process's standard output, remembering why a write failed: a {@code PrintWriter} (or {@code System.out})
 * swallows the error, and a command whose output went to a full disk or a closed descriptor then exited 0
 * with its output cut short. {@code Main} writes through it and asks {@link #failure()} at the end.
 */
public final class StandardOutput extends OutputStream {
    private final OutputStream out;
    private volatile IOException failure;

    public StandardOutput() {
        this(new FileOutputStream(FileDescriptor.out));
    }

    public StandardOutput(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        try {
            out.write(bytes, offset, length);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw remember(e);
        }
    }

    private IOException remember(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }

    /** The first write that failed, or null when every byte was written. */
    public IOException failure() {
        return failure;
    }

    /**
     * Whether the failure was the reader of a pipe going away ({@code glossary browse | head -1}): the JVM
     * ignores SIGPIPE, so what kills a C program quietly arrives here as an error.
     */
    public static boolean isBrokenPipe(IOException e) {
        return e.getMessage() != null && e.getMessage().contains("Broken pipe");
    }
}
