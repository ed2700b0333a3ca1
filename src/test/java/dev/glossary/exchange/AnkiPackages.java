package dev.glossary.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;

/** Two versions of one shared Anki deck, for tests outside this package: the same notes by guid, edited. */
public final class AnkiPackages {
    private AnkiPackages() {
    }

    /** Biology, with a Basic, a reversed and a two-deletion cloze note, in a current (anki21b) package. */
    public static void biologyV1(Path file) throws IOException, SQLException {
        AnkiPackageFixture fixture = new AnkiPackageFixture();
        AnkiPackageFixture.Deck biology = fixture.deck(1_650_000_000_001L, "Biology");
        AnkiPackageFixture.Deck cells = fixture.deck(1_650_000_000_002L, "Biology::Cells");
        fixture.note("mito-guid", AnkiPackageFixture.BASIC, cells, "bio", "Mitochondrion", "Makes ATP.")
                .note("ribo-guid", AnkiPackageFixture.REVERSED, cells, "bio", "Ribosome", "Builds proteins.")
                .note("cloze-guid", AnkiPackageFixture.CLOZE, biology, "",
                        "{{c1::Mitosis}} splits one nucleus; {{c2::meiosis}} makes gametes.", "");
        fixture.write(file, AnkiPackageFixture.Layout.ANKI21B);
    }

    /** The next version: Mitochondrion renamed and its definition edited, Ribosome gone, Nucleus new. */
    public static void biologyV2(Path file) throws IOException, SQLException {
        AnkiPackageFixture fixture = new AnkiPackageFixture();
        AnkiPackageFixture.Deck biology = fixture.deck(1_650_000_000_001L, "Biology");
        AnkiPackageFixture.Deck cells = fixture.deck(1_650_000_000_002L, "Biology::Cells");
        fixture.note("mito-guid", AnkiPackageFixture.BASIC, cells, "bio", "Mitochondria",
                        "Makes ATP, the cell's energy.")
                .note("cloze-guid", AnkiPackageFixture.CLOZE, biology, "",
                        "{{c1::Mitosis}} splits one nucleus; {{c2::meiosis}} makes gametes.", "")
                .note("nucleus-guid", AnkiPackageFixture.BASIC, cells, "bio", "Nucleus", "Holds the DNA.");
        fixture.write(file, AnkiPackageFixture.Layout.ANKI21B);
    }
}
