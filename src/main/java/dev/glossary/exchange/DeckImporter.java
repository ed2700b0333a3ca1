package dev.glossary.exchange;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads terms written in another program's format: {@code CsvImporter.csv().read(reader, ImportOptions.defaults())}.
 * Importers never print and never exit; everything wrong with the text comes back as an {@link ImportProblem}.
 */
public interface DeckImporter {

    /**
     * Reads every record of {@code in}. The reader is read to its end but not closed.
     *
     * @throws IOException only when {@code in} itself fails; malformed text is reported as problems
     */
    ImportResult read(Reader in, ImportOptions options) throws IOException;
}
