package dev.glossary.srs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TsFsrsFuzzTest {

    /** Each double by its bits, beside what Node 20's {@code String(x)} printed for it. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            0000000000000000 | 0
            3ff0000000000000 | 1
            bff0000000000000 | -1
            3fb999999999999a | 0.1
            3fd3333333333334 | 0.30000000000000004
            3fd5555555555555 | 0.3333333333333333
            3fe5555555555555 | 0.6666666666666666
            405edd2f1a9fbe77 | 123.456
            4059000000000000 | 100
            4340000000000000 | 9007199254740992
            4340000000000001 | 9007199254740994
            4008000000000001 | 3.0000000000000004
            4055099999999999 | 84.14999999999999
            402d95a54244482f | 14.792276450000001
            405e40b14bff9ada | 121.01082134210029
            4048603b040cffee | 48.75180102
            4415af1d78b58c40 | 100000000000000000000
            441ac53a7e04bcda | 123456789012345680000
            444b1ae4d6e2ef50 | 1e+21
            4450bb448ec2f608 | 1.2345678901234568e+21
            7fefffffffffffff | 1.7976931348623157e+308
            3eb0c6f7a0b5ed8d | 0.000001
            3eb92a737110e454 | 0.0000015
            3eb4b3fd5942cd96 | 0.000001234
            3e7ad7f29abcaf48 | 1e-7
            0000000000000001 | 5e-324
            """)
    void numbersAreWrittenAsJavascriptWritesThem(String bits, String javaScript) {
        double x = Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16));

        assertThat(TsFsrsFuzz.javaScriptNumber(x)).isEqualTo(javaScript);
    }

    /** Alea's first number for a seed, as ts-fsrs 5.4.2's own copy of it gives. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1714550400000_2_14.792276450000001 | 0.18771717138588428
            1709283600000_5_121.01082134210029 | 0.4863998906221241
            hello                              | 0.8750656815245748
            """)
    void theFirstDrawOfASeedIsAleas(String seed, double first) {
        assertThat(TsFsrsFuzz.first(seed)).isEqualTo(first);
    }
}
