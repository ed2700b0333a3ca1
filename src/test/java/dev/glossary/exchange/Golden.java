package dev.glossary.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** Golden files under src/test/resources/exchange, and import shortcuts for the tests. */
final class Golden {
    private Golden() {
    }

    static Reader reader(String name) {
        InputStream in = Objects.requireNonNull(Golden.class.getResourceAsStream("/exchange/" + name), name);
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    static String text(String name) throws IOException {
        try (Reader in = reader(name)) {
            StringBuilder sb = new StringBuilder();
            char[] buffer = new char[4096];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                sb.append(buffer, 0, n);
            }
            return sb.toString();
        }
    }

    static ImportResult read(DeckImporter importer, String name) throws IOException {
        try (Reader in = reader(name)) {
            return importer.read(in, ImportOptions.defaults());
        }
    }

    static ImportResult parse(DeckImporter importer, String text) throws IOException {
        return importer.read(new StringReader(text), ImportOptions.defaults());
    }
}
