package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.store.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The rule every command that writes a file the user names follows: never replace one without --force. */
final class OutputFile {
    private OutputFile() {
    }

    static void refuseToOverwrite(Path file, boolean force) {
        if (!force && Files.exists(file)) {
            throw GlossaryException.failure(file + " exists; choose another name or add --force to overwrite it");
        }
    }

    /** Writes the whole file at once (a reader never sees half of it), refusing to replace one without --force. */
    static void write(Path file, boolean force, byte[] bytes) {
        refuseToOverwrite(file, force);
        try {
            AtomicFiles.write(file, bytes);
        } catch (IOException e) {
            throw new GlossaryException(GlossaryException.IO, file + ": cannot write: " + e.getMessage());
        }
    }
}
