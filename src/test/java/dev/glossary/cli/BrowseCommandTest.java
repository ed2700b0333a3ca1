package dev.glossary.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.glossary.term.Screen;
import dev.glossary.term.Wrap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Browse on the bundled deck through the real command line. */
class BrowseCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @Test
    void termsAreGroupedByLevelWithCountsThenSortedByName() throws IOException {
        Cli.Result r = new Cli(home).run("browse");
        assertThat(r.exitCode()).isZero();
        Map<String, String> levels = levelsByName();
        Map<String, List<String>> groups = groups(r.out());

        assertThat(groups.keySet()).containsExactly("Beginner", "Intermediate", "Advanced");
        List<String> all = new ArrayList<>();
        for (Map.Entry<String, List<String>> group : groups.entrySet()) {
            List<String> names = group.getValue();
            assertThat(r.out()).contains(group.getKey() + " (" + names.size() + ")");
            assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
            all.addAll(names);
            String level = group.getKey().toLowerCase(Locale.ROOT);
            assertThat(names).allSatisfy(name ->
                    assertThat(levels.get(fullName(name, levels.keySet()))).isEqualTo(level));
        }
        assertThat(all).hasSize(levels.size());
    }

    @Test
    void sortByNameListsTheWholeDeckAlphabeticallyWithoutGroups() throws IOException {
        Cli.Result r = new Cli(home).screen(Screen.plain(200)).run("browse", "--sort", "name");
        assertThat(r.exitCode()).isZero();
        List<String> names = names(r.out());

        assertThat(r.out()).doesNotContain("Beginner (", "Intermediate (", "Advanced (");
        assertThat(names).hasSize(levelsByName().size()).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(r.out().lines().findFirst().orElseThrow()).startsWith("   1 ");
    }

    @Test
    void letterKeepsTheNamesStartingWithIt() {
        List<String> names = names(new Cli(home).screen(Screen.plain(200)).run("browse", "--letter", "r").out());

        assertThat(names).isNotEmpty().allSatisfy(name -> assertThat(name).startsWithIgnoringCase("r"));
        assertThat(names(new Cli(home).run("browse", "--letter", "4").out())).contains("404");
    }

    @ParameterizedTest(name = "--letter \"{0}\"")
    @ValueSource(strings = {"xyz", "", "-", "ab"})
    void letterMustBeOneLetterOrDigit(String letter) {
        Cli.Result r = new Cli(home).run("browse", "--letter", letter);

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1).first().asString()
                .startsWith("glossary: --letter takes one letter or digit");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void tagKeepsTheTermsWithThatTag() throws IOException {
        Cli.Result r = new Cli(home).screen(Screen.plain(200)).run("browse", "--tag", "MESSAGING");
        JsonNode tagged = JSON.readTree(new Cli(home).run("browse", "--tag", "messaging", "--json").out());
        List<String> expected = new ArrayList<>();
        for (JsonNode term : tagged) {
            assertThat(term.get("tags").toString()).contains("\"messaging\"");
            expected.add(term.get("term").asText());
        }

        assertThat(expected).isNotEmpty().contains("Apache Kafka");
        assertThat(names(r.out()).stream().map(name -> fullName(name, expected)).toList())
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(new Cli(home).run("browse", "--tag", "no-such-tag").exitCode()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {40, 50, 80})
    void everyLineFitsTheWidthAndStillShowsSomeDefinition(int width) throws IOException {
        Cli.Result r = new Cli(home).screen(Screen.plain(width)).run("browse");

        assertThat(r.out().lines()).allSatisfy(line -> assertThat(Wrap.cells(line)).as(line).isLessThan(width));
        List<String> termLines = r.out().lines().filter(line -> line.matches(" *\\d+ .*")).toList();
        assertThat(termLines).hasSize(levelsByName().size())
                .allSatisfy(line -> assertThat(line).as(line).matches(".*  new +\\S.*"));
    }

    @Test
    void longNamesAreCutToTheirColumnWithAnEllipsis() {
        Cli.Result r = new Cli(home).screen(Screen.plain(50)).run("browse", "--letter", "h");

        assertThat(r.out()).contains("HATEOAS (").doesNotContain("Application State)");
        assertThat(r.out().lines().filter(line -> line.contains("HATEOAS"))).singleElement().asString().contains("…");
    }

    @Test
    void pipedOutputIsPlainAndAColourScreenIsStyled() {
        Cli.Result piped = new Cli(home).run("browse", "--letter", "r");
        assertThat(piped.out()).doesNotContain("\u001b").contains("Redis");
        Cli.Result colour = new Cli(home).screen(new Screen(80, true, false)).run("browse", "--letter", "r");
        assertThat(colour.out()).contains("\u001b[1m");
        assertThat(colour.out().replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(piped.out());
    }

    @Test
    void masteryIsNewLearningOrKnownInTheListAndInJson() throws IOException {
        new Cli(home).stdin("\n4\n").run("quiz", "--term", "Redis", "--mode", "flip");
        new Cli(home).stdin("\n3\n").run("quiz", "--term", "Rails", "--mode", "flip");

        Cli.Result list = new Cli(home).run("browse", "--letter", "r");
        assertThat(list.out()).containsPattern("Redis +known ").containsPattern("Rails +learning ")
                .containsPattern("Rate Limiter +new ");
        Map<String, String> mastery = new LinkedHashMap<>();
        for (JsonNode term : JSON.readTree(new Cli(home).run("browse", "--letter", "r", "--json").out())) {
            mastery.put(term.get("term").asText(), term.get("mastery").asText());
        }
        assertThat(mastery).containsEntry("Redis", "known").containsEntry("Rails", "learning")
                .containsEntry("Rate Limiter", "new");
        assertThat(mastery.values()).allSatisfy(m -> assertThat(m).isIn("new", "learning", "known"));
        assertThat(JSON.readTree(new Cli(home).run("show", "redis", "--json").out()).get("mastery").asText())
                .isEqualTo("known");
    }

    /** The one of {@code names} that a listed name, cut with "…" when too long, stands for. */
    private static String fullName(String listed, java.util.Collection<String> names) {
        String start = listed.endsWith("…") ? listed.substring(0, listed.length() - 1) : null;
        return names.stream().filter(name -> start == null ? name.equals(listed) : name.startsWith(start))
                .reduce((one, other) -> {
                    throw new AssertionError(listed + " stands for both " + one + " and " + other);
                }).orElseThrow(() -> new AssertionError(listed + " is no term"));
    }

    private Map<String, String> levelsByName() throws IOException {
        Map<String, String> levels = new LinkedHashMap<>();
        for (JsonNode term : JSON.readTree(new Cli(home).run("browse", "--json").out())) {
            levels.put(term.get("term").asText(), term.get("level").asText());
        }
        return levels;
    }

    /** The names of a plain listing wide enough that none is cut: between the number and the mark. */
    private static List<String> names(String listing) {
        List<String> names = new ArrayList<>();
        listing.lines().filter(line -> line.matches(" *\\d+ .*")).forEach(line -> names.add(
                line.replaceFirst("^ *\\d+ ", "").replaceFirst("  +(new|learning|known)( .*)?$", "").strip()));
        return names;
    }

    private static Map<String, List<String>> groups(String listing) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : listing.lines().toList()) {
            if (line.matches("[A-Z][a-z]+ \\(\\d+\\)")) {
                current = new ArrayList<>();
                groups.put(line.substring(0, line.indexOf(' ')), current);
            } else if (line.matches(" *\\d+ .*")) {
                current.add(names(line).get(0));
            }
        }
        return groups;
    }
}
