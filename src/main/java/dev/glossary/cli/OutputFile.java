package dev.glossary.cli;

import dev.glossary.GlossaryException;

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
}
