package dev.glossary;

/**
 * A problem the user can fix: a bad file, an unknown term, a locked progress file. Commands throw it
 * with a one-line message; the command line prints the message and exits with {@link #exitCode()}.
 */
public class GlossaryException extends RuntimeException {
    /** Something went wrong that is not a usage or data error. */
    public static final int FAILURE = 1;
    /** The command line itself is wrong: picocli's usage code. */
    public static final int USAGE = 2;
    /** A data file (deck, progress, review history) is malformed: sysexits' EX_DATAERR. */
    public static final int BAD_DATA = 65;
    /** A file could not be read or written: sysexits' EX_IOERR. */
    public static final int IO = 74;
    /** The learner pressed Ctrl-C: 128 + SIGINT, as shells report it. */
    public static final int INTERRUPTED = 130;
    /**
     * The reader of standard output went away ({@code glossary browse | head -1}): 128 + SIGPIPE, what a shell
     * reports for any program that signal ends; nothing is printed.
     */
    public static final int BROKEN_PIPE = 141;

    private final int exitCode;

    public GlossaryException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public GlossaryException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public static GlossaryException failure(String message) {
        return new GlossaryException(FAILURE, message);
    }

    public static GlossaryException usage(String message) {
        return new GlossaryException(USAGE, message);
    }

    public static GlossaryException badData(String message) {
        return new GlossaryException(BAD_DATA, message);
    }

    public int exitCode() {
        return exitCode;
    }
}
