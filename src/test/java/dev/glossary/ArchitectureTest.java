package dev.glossary;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packages and the directions in which they may use each other, stated once. The functional core (deck,
 * srs, progress, quiz, search) uses only the JDK and the core packages below it, and reads no clock, file,
 * terminal or chance of its own; the shell calls inward, and one shell package never calls back into one that
 * calls it (no package cycle). The root package holds {@code Main}, the composition root that may use every
 * package, and {@code GlossaryException}, which every shell package may throw.
 *
 * <p>A new package must be added to {@link #USES} and {@link #LIBRARIES}, or this test fails.
 */
class ArchitectureTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/glossary");
    private static final Set<String> CORE = Set.of("deck", "srs", "progress", "quiz", "search", "report");

    /** For each package, the project's packages it may use. */
    private static final Map<String, Set<String>> USES = Map.ofEntries(
            entry("deck", Set.of()),
            entry("srs", Set.of()),
            entry("progress", Set.of("deck", "srs")),
            entry("quiz", Set.of("deck", "srs", "progress")),
            entry("search", Set.of("deck")),
            entry("report", Set.of("deck", "srs", "progress")),
            entry("term", Set.of("deck", "srs", "progress", "quiz", "search", "report")),
            entry("console", Set.of("term")),
            entry("store", Set.of("deck", "srs", "progress", "quiz", "search", "report")),
            entry("exchange", Set.of("deck", "quiz", "report")),
            entry("net", Set.of()),
            entry("cli", Set.of("deck", "srs", "progress", "quiz", "search", "report", "term", "console", "store",
                    "exchange", "net")),
            entry("repl", Set.of("deck", "srs", "progress", "quiz", "search", "term", "console", "store", "cli")));

    /** For each package, the libraries (beyond the JDK) it may import. */
    private static final Map<String, List<String>> LIBRARIES = Map.ofEntries(
            entry("deck", List.of()),
            entry("srs", List.of()),
            entry("progress", List.of()),
            entry("quiz", List.of()),
            entry("search", List.of()),
            entry("report", List.of()),
            entry("term", List.of("org.jline.utils.")),
            entry("console", List.of("org.jline.")),
            entry("store", List.of("com.fasterxml.jackson.")),
            entry("exchange", List.of("org.apache.commons.csv.", "org.jsoup.", "org.sqlite.", "com.github.luben.zstd.",
                    "com.fasterxml.jackson.databind.")),
            entry("net", List.of("javax.net.ssl.")),
            entry("cli", List.of("picocli.", "com.fasterxml.jackson.", "org.jline.terminal.")),
            entry("repl", List.of("org.jline.", "picocli.")));

    /** What the core never does: files, terminals, its own clock or chance, printing. */
    private static final List<String> CORE_NEVER = List.of("java.io.File", "java.nio.file", ".now(",
            "currentTimeMillis", "nanoTime", "new Random(", "Math.random", "ThreadLocalRandom", "System.out",
            "System.err", "System.getenv", "System.exit");

    private static final Pattern PROJECT_REFERENCE = Pattern.compile("\\bdev\\.glossary\\.(\\w+)");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?([\\w.]+)");

    @Test
    void everyPackageIsInTheTable() throws IOException {
        assertThat(packages()).containsExactlyInAnyOrderElementsOf(USES.keySet());
        assertThat(LIBRARIES.keySet()).isEqualTo(USES.keySet());
    }

    @Test
    void theTableHasNoCycle() {
        for (String start : USES.keySet()) {
            assertThat(reachableFrom(start)).as("packages " + start + " reaches").doesNotContain(start);
        }
    }

    @Test
    void everyPackageUsesOnlyWhatTheTableAllows() throws IOException {
        List<String> violations = new ArrayList<>();
        for (String pkg : packages()) {
            for (Path file : sources(pkg)) {
                String code = withoutComments(Files.readString(file));
                Matcher reference = PROJECT_REFERENCE.matcher(code);
                while (reference.find()) {
                    String used = reference.group(1);
                    boolean allowed = used.equals(pkg) || USES.getOrDefault(pkg, Set.of()).contains(used)
                            || used.equals("GlossaryException") && !CORE.contains(pkg);
                    if (!allowed) {
                        violations.add(file.getFileName() + " (" + pkg + ") uses dev.glossary." + used);
                    }
                }
                Matcher imported = IMPORT.matcher(code);
                while (imported.find()) {
                    String name = imported.group(1);
                    boolean allowed = name.startsWith("java.") || name.startsWith("dev.glossary.")
                            || LIBRARIES.getOrDefault(pkg, List.of()).stream().anyMatch(name::startsWith);
                    if (!allowed) {
                        violations.add(file.getFileName() + " (" + pkg + ") imports " + name);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theCoreReadsNoClockFileOrChanceOfItsOwn() throws IOException {
        List<String> violations = new ArrayList<>();
        for (String pkg : CORE) {
            for (Path file : sources(pkg)) {
                String code = withoutComments(Files.readString(file));
                for (String never : CORE_NEVER) {
                    if (code.contains(never)) {
                        violations.add(file.getFileName() + " (" + pkg + ") uses " + never);
                    }
                }
            }
        }
        assertThat(sources("quiz")).isNotEmpty();
        assertThat(violations).isEmpty();
    }

    private static Set<String> reachableFrom(String start) {
        Set<String> seen = new HashSet<>();
        List<String> next = new ArrayList<>(USES.get(start));
        while (!next.isEmpty()) {
            String pkg = next.remove(next.size() - 1);
            if (seen.add(pkg)) {
                next.addAll(USES.getOrDefault(pkg, Set.of()));
            }
        }
        return seen;
    }

    private static Set<String> packages() throws IOException {
        try (Stream<Path> entries = Files.list(SOURCES)) {
            Set<String> names = new TreeSet<>();
            entries.filter(Files::isDirectory).forEach(dir -> names.add(dir.getFileName().toString()));
            return names;
        }
    }

    private static List<Path> sources(String pkg) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES.resolve(pkg))) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    /** Javadoc may name any class ("see Main"); only code counts. */
    private static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
    }
}
