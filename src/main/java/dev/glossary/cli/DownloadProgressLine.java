package dev.glossary.cli;

import dev.glossary.net.Download;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * The one line a download of more than a megabyte shows on a terminal, rewritten in place as bytes arrive
 * ({@code downloading https://…: 3.2 of 12.0 MB}); nothing for smaller files or when output is not a terminal.
 */
final class DownloadProgressLine implements Download.Progress {
    private static final long SHOWN_FROM = 1L << 20;

    private final PrintWriter err;
    private final String what;
    private String last = "";

    DownloadProgressLine(PrintWriter err, String what) {
        this.err = err;
        this.what = what;
    }

    @Override
    public synchronized void received(long received, long total) {
        if (received <= SHOWN_FROM && total <= SHOWN_FROM) {
            return;
        }
        String line = "downloading " + what + ": " + megabytes(received)
                + (total > 0 ? " of " + megabytes(total) : "") + " MB";
        if (!line.equals(last)) {
            err.print("\r" + line);
            err.flush();
            last = line;
        }
    }

    /** Ends the line, if one was shown, so that what follows starts on a line of its own. */
    synchronized void finish() {
        if (!last.isEmpty()) {
            err.println();
            err.flush();
            last = "";
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
