package dev.glossary.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why a file could not be read or written, in words: {@code file + ": cannot write: " + IoReason.of(e)}. Java's
 * file exceptions carry the path as their message and the reason apart (or only in their type), so printing
 * the message alone gave "cannot save progress: /home/x/progress.json" with no reason.
 */
public final class IoReason {
    private IoReason() {
    }

    public static String of(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "it already exists";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileSystemException f) {
            return f.getReason() != null ? lowerFirst(f.getReason()) : f.getClass().getSimpleName();
        }
        return e.getMessage() != null ? lowerFirst(e.getMessage()) : e.getClass().getSimpleName();
    }

    /** "No space left on device" reads as a clause after a colon: "cannot write: no space left on device". */
    private static String lowerFirst(String reason) {
        if (reason.length() > 1 && Character.isUpperCase(reason.charAt(0)) && Character.isLowerCase(reason.charAt(1))) {
            return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
        }
        return reason;
    }
}
