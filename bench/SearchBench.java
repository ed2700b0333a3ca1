import dev.glossary.deck.Deck;
import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import dev.glossary.search.SearchHit;
import dev.glossary.search.SearchIndex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Times SearchIndex on a generated 100 000-term deck: index build, then per-query latency by kind of query.
 * Run after {@code mvn -q -DskipTests package}:
 *
 * <pre>java -cp target/glossary.jar bench/SearchBench.java [terms] [seed]
 * java -cp target/glossary.jar bench/SearchBench.java --write FILE [terms] [seed]</pre>
 *
 * The deck and the queries come from a seeded generator, so two runs search the same things. With
 * {@code --write} it only writes the deck file, for timing a whole {@code glossary --deck FILE search} run.
 */
public class SearchBench {
    static final String[] MODIFIERS = words("""
            adaptive async atomic backpressure batch blue-green bounded canary causal centralized client-side
            cold columnar composite concurrent consistent content-addressed cross-region decentralized
            deterministic distributed durable dynamic elastic embedded encrypted ephemeral event-driven eventual
            exactly-once exponential external federated fine-grained fixed-window global graceful hierarchical
            horizontal hot idempotent immutable incremental in-memory inverted isolated layered lazy leaderless
            least-recently-used lightweight linearizable local lock-free logical long-polling managed multi-tenant
            mutual mutable nested non-blocking optimistic ordered partitioned peer-to-peer persistent pessimistic
            pluggable preemptive primary private probabilistic progressive public quorum reactive read-through
            real-time recursive redundant regional reliable remote replicated resilient reverse rolling scalable
            schema-less secondary secure semantic sequential server-side serverless sharded sliding-window
            snapshot soft sparse stateful stateless sticky streaming strong structured synchronous tiered
            time-based token-based transactional transient two-phase vertical versioned weighted write-behind
            write-through zero-copy zero-downtime""");
    static final String[] CONCEPTS = words("""
            acknowledgement adapter aggregate alerting allocation api archive audit authentication authorization
            backoff backup balancer barrier batching bloom-filter broker buffer bulkhead bus cache caching
            certificate changelog channel checkpoint checksum circuit-breaker claim client cluster coalescing
            commit compaction compression concurrency config connection consensus consumer container contract
            controller cookie coordinator counter cursor daemon dashboard database deadlock debounce deduplication
            delivery deployment digest discovery dispatcher election encoding endpoint entity envelope eviction
            failover fan-out feature-flag fence filter firewall gateway gossip handshake hash heartbeat hook index
            ingress invalidation isolation job journal key lease ledger limiter listener lock log mailbox manifest
            mapping marshalling mesh message middleware migration mirror monitor multiplexing mutex namespace
            node notification offset orchestration outbox pagination partition payload pipeline policy pool
            probe producer projection protocol proxy publisher queue quota read-model rebalancing reconciliation
            record redirect registry replica replication request resolver response retry rollback router saga
            sampling scheduler schema secret semaphore sequencer serialization session shard sidecar signature
            snapshot socket span splitter store stream subscriber supervisor table tenant throttle ticket timeout
            token topic trace transaction transport trigger tunnel upstream validation vault version watermark
            webhook window worker""");
    static final String[] SUFFIXES = words("""
            pattern strategy protocol algorithm policy layer model service manager store pool cache queue table
            index log key token window mode check limit budget protocol format scheme loop group set map tree""");
    static final String[] NOUNS = words("""
            request response client server service node replica leader follower partition shard message event
            record row column table index key value cache entry queue topic consumer producer broker stream
            batch transaction lock lease token session cookie header payload schema version snapshot checkpoint
            log journal write read query connection socket thread process worker job task timeout deadline retry
            failure error outage latency throughput bandwidth load traffic region zone datacenter cluster
            container pod deployment rollout release feature flag metric trace span alert dashboard budget quota
            limit window bucket counter clock timestamp offset cursor page result user tenant account permission
            role secret certificate signature hash digest checksum file object blob chunk block segment
            network packet route gateway proxy endpoint api contract document field attribute operation""");
    static final String[] VERBS = words("""
            stores routes caches retries batches replicates partitions shards validates signs encrypts
            decrypts compresses serializes forwards buffers throttles limits schedules orders deduplicates
            acknowledges commits rolls-back reconciles merges splits indexes evicts expires refreshes renews
            monitors traces samples aggregates publishes consumes polls streams locks releases elects
            coordinates balances spreads isolates protects recovers restarts drains migrates""");
    static final String[] ADJECTIVES = words("""
            slow fast stale fresh consistent durable transient expensive cheap large small remote local hot
            cold concurrent duplicate missing partial ordered unordered idempotent safe unsafe critical optional
            expired valid invalid unique shared private public temporary permanent frequent rare healthy
            unhealthy overloaded idle""");
    static final String[] LINKS = words("before after across between within without during under against per");
    static final String[] SYLLABLES = words("ka zo ri vex tam lo qua nim dor sel fen ap tor mi lux dra gen os pel wen");

    public static void main(String[] args) {
        String write = args.length > 1 && args[0].equals("--write") ? args[1] : null;
        if (write != null) {
            args = Arrays.copyOfRange(args, 2, args.length);
        }
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        Deck deck = generate(size, new SplittableRandom(seed));
        if (write != null) {
            dev.glossary.store.DeckWriter.write(deck, java.nio.file.Path.of(write));
            System.out.printf(Locale.ROOT, "wrote %,d terms to %s%n", deck.size(), write);
            return;
        }
        System.out.printf(Locale.ROOT, "deck: %,d terms, %d cores, %s%n%n", deck.size(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"));

        // Loading: the deck written as a deck file, then read back and validated as --deck FILE does.
        double[] loads = new double[6];
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("searchbench-", ".json");
            dev.glossary.store.DeckWriter.write(deck, file);
            long bytes = java.nio.file.Files.size(file);
            for (int i = 0; i < loads.length; i++) {
                long start = System.nanoTime();
                Deck loaded = dev.glossary.store.DeckReader.load(file);
                loads[i] = (System.nanoTime() - start) / 1e6;
                if (loaded.size() != deck.size()) {
                    throw new IllegalStateException("loaded " + loaded.size() + " terms");
                }
            }
            java.nio.file.Files.delete(file);
            double coldLoad = loads[0];
            Arrays.sort(loads, 1, loads.length);
            System.out.printf(Locale.ROOT, "deck load (%.1f MB file, parse + validate): median %.0f ms (min %.0f, max %.0f);"
                    + " first, cold: %.0f ms%n", bytes / 1e6, loads[3], loads[1], loads[5], coldLoad);
            loads[0] = coldLoad;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        // The first build runs cold, as in a fresh app; the median of the next five is the steady figure.
        long coldStart = System.nanoTime();
        SearchIndex index = SearchIndex.build(deck);
        double cold = (System.nanoTime() - coldStart) / 1e6;
        double[] builds = new double[5];
        for (int i = 0; i < builds.length; i++) {
            long start = System.nanoTime();
            index = SearchIndex.build(deck);
            builds[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(builds);
        System.out.printf(Locale.ROOT, "index build: median %.0f ms (min %.0f, max %.0f) over %d builds; first, cold: %.0f ms%n",
                builds[2], builds[0], builds[4], builds.length, cold);
        System.out.printf(Locale.ROOT, "load + index, both cold (a fresh process's work): %.0f ms (target: under 1500)%n%n",
                loads[0] + cold);

        SplittableRandom random = new SplittableRandom(seed + 1);
        Map<String, List<Query>> queries = new LinkedHashMap<>();
        queries.put("exact name", queries(500, () -> {
            Term term = pick(deck, random);
            return new Query(term.name(), term);
        }));
        queries.put("prefix", queries(500, () -> {
            Term term = pick(deck, random);
            return new Query(prefix(term.name(), random), term);
        }));
        queries.put("typo, one word", queries(500, () -> new Query(typo(longWord(pick(deck, random), random), random), null)));
        queries.put("typo, whole name", queries(500, () -> {
            Term term = pick(deck, random);
            return new Query(typo(term.name(), random), term);
        }));
        queries.put("full text, 1-2 words", queries(500, () -> new Query(textWords(random), null)));
        queries.put("no hit (nonsense)", queries(500, () -> new Query(nonsense(random), null)));

        SearchIndex searched = index;
        System.out.printf(Locale.ROOT, "%-22s %10s %10s %10s %9s %14s%n",
                "query (limit 10)", "median", "p95", "max", "avg hits", "target in top");
        for (Map.Entry<String, List<Query>> entry : queries.entrySet()) {
            report(entry.getKey(), entry.getValue(), query -> searched.search(query, 10).stream().map(SearchHit::term).toList());
        }
        report("suggest (nonsense)", queries.get("no hit (nonsense)"), query -> searched.suggest(query, 5));
        System.out.println();
        System.out.printf(Locale.ROOT, "index size: about %.0f MB of heap%n", retainedMegabytes(deck));
        System.out.println();
        System.out.println("examples:");
        for (Map.Entry<String, List<Query>> entry : queries.entrySet()) {
            String query = entry.getValue().get(0).text();
            List<SearchHit> hits = searched.search(query, 3);
            System.out.printf(Locale.ROOT, "  %-22s %-32s -> %s%n", entry.getKey(), '"' + query + '"',
                    hits.isEmpty() ? "(none) did you mean " + searched.suggest(query, 2).stream().map(Term::name).toList()
                            : hits.get(0).kind() + " " + hits.get(0).term().name());
        }
    }

    /** Heap in use with one more index than without it, each measured after a full collection. */
    static double retainedMegabytes(Deck deck) {
        double before = usedAfterCollection();
        SearchIndex index = SearchIndex.build(deck);
        double after = usedAfterCollection();
        // Keep the index reachable until it has been measured.
        return index.search("x", 1).size() >= 0 ? (after - before) / (1 << 20) : 0;
    }

    static double usedAfterCollection() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** A query, and the term it was made from when it has one, to see whether search finds it. */
    record Query(String text, Term target) {}

    /**
     * Warms up on every query, then times each query several times; median and p95 are over all timings.
     * "Target in top" is the share of queries made from a term that list that term among their hits.
     */
    static void report(String label, List<Query> queries, Function<String, List<Term>> run) {
        int warmUps = 5;
        int rounds = 5;
        for (int round = 0; round < warmUps; round++) {
            for (Query query : queries) {
                run.apply(query.text());
            }
        }
        double[] millis = new double[queries.size() * rounds];
        long hits = 0;
        int targeted = 0;
        int found = 0;
        int n = 0;
        for (int round = 0; round < rounds; round++) {
            for (Query query : queries) {
                long start = System.nanoTime();
                List<Term> terms = run.apply(query.text());
                millis[n++] = (System.nanoTime() - start) / 1e6;
                hits += terms.size();
                if (query.target() != null) {
                    targeted++;
                    found += terms.contains(query.target()) ? 1 : 0;
                }
            }
        }
        Arrays.sort(millis);
        String share = targeted == 0 ? "-" : String.format(Locale.ROOT, "%.1f %%", 100.0 * found / targeted);
        System.out.printf(Locale.ROOT, "%-22s %7.2f ms %7.2f ms %7.2f ms %9.1f %14s%n", label, millis[n / 2],
                millis[(int) (n * 0.95)], millis[n - 1], (double) hits / n, share);
    }

    static Deck generate(int size, SplittableRandom random) {
        List<Term> terms = new ArrayList<>(size);
        Set<String> names = new HashSet<>();
        Level[] levels = Level.values();
        while (terms.size() < size) {
            String name = name(random);
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<String> aliases = new ArrayList<>();
            String[] nameWords = name.split(" ");
            if (nameWords.length >= 3 && random.nextInt(3) == 0) {
                StringBuilder acronym = new StringBuilder();
                for (String word : nameWords) {
                    acronym.append(Character.toUpperCase(word.charAt(0)));
                }
                name = acronym + " (" + name + ")";
            } else if (random.nextInt(5) == 0) {
                // An alias must lead to one term: one that is another term's name or alias is dropped.
                String alias = pickOf(MODIFIERS, random) + " " + nameWords[nameWords.length - 1];
                if (names.add(alias.toLowerCase(Locale.ROOT))) {
                    aliases.add(alias);
                }
            }
            String id = "t" + terms.size();
            String definition = definition(nameWords, random);
            String example = random.nextBoolean() ? sentence(random) : "";
            terms.add(new Term(id, name, levels[random.nextInt(levels.length)], pickOf(SUFFIXES, random),
                    definition, aliases, List.of(), example, List.of(pickOf(CONCEPTS, random))));
        }
        return Deck.of("bench", "Generated benchmark deck", "", terms);
    }

    static String name(SplittableRandom random) {
        String concept = title(pickOf(CONCEPTS, random));
        return switch (random.nextInt(10)) {
            case 0, 1 -> title(pickOf(MODIFIERS, random)) + " " + concept;
            case 2, 3, 4 -> title(pickOf(MODIFIERS, random)) + " " + concept + " " + title(pickOf(SUFFIXES, random));
            case 5, 6 -> concept + " " + title(pickOf(SUFFIXES, random)) + " " + title(invented(random));
            case 7 -> title(invented(random)) + " " + concept;
            default -> title(pickOf(MODIFIERS, random)) + " " + title(invented(random)) + " " + concept;
        };
    }

    static String definition(String[] nameWords, SplittableRandom random) {
        StringBuilder text = new StringBuilder("A ").append(pickOf(ADJECTIVES, random)).append(' ')
                .append(nameWords[nameWords.length - 1].toLowerCase(Locale.ROOT)).append(" that ")
                .append(pickOf(VERBS, random)).append(' ').append(pickOf(NOUNS, random)).append("s ")
                .append(pickOf(LINKS, random)).append(" the ").append(pickOf(NOUNS, random)).append('.');
        int more = 1 + random.nextInt(2);
        for (int i = 0; i < more; i++) {
            text.append(' ').append(sentence(random));
        }
        return text.toString();
    }

    static String sentence(SplittableRandom random) {
        StringBuilder text = new StringBuilder(title(pickOf(ADJECTIVES, random)));
        int clauses = 2 + random.nextInt(3);
        for (int i = 0; i < clauses; i++) {
            text.append(' ').append(random.nextInt(8) == 0 ? invented(random) : pickOf(NOUNS, random))
                    .append(random.nextBoolean() ? "s " : " ").append(pickOf(VERBS, random)).append(' ')
                    .append(pickOf(ADJECTIVES, random)).append(' ').append(pickOf(NOUNS, random))
                    .append(i < clauses - 1 ? " " + pickOf(LINKS, random) : "");
        }
        return text.append('.').toString();
    }

    static String invented(SplittableRandom random) {
        StringBuilder word = new StringBuilder();
        int syllables = 2 + random.nextInt(3);
        for (int i = 0; i < syllables; i++) {
            word.append(pickOf(SYLLABLES, random));
        }
        return word.toString();
    }

    static List<Query> queries(int count, Supplier<Query> make) {
        List<Query> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            queries.add(make.get());
        }
        return queries;
    }

    static Term pick(Deck deck, SplittableRandom random) {
        return deck.terms().get(random.nextInt(deck.size()));
    }

    static String prefix(String name, SplittableRandom random) {
        int length = Math.max(3, (int) (name.length() * (0.3 + 0.4 * random.nextDouble())));
        return name.substring(0, Math.min(name.length(), length)).toLowerCase(Locale.ROOT);
    }

    static String longWord(Term term, SplittableRandom random) {
        List<String> longWords = Arrays.stream(term.name().split("[^A-Za-z]+")).filter(w -> w.length() >= 5).toList();
        return longWords.isEmpty() ? term.name() : longWords.get(random.nextInt(longWords.size()));
    }

    /** One typo: a swap of neighbours, a dropped letter or a wrong letter, not in the first letter. */
    static String typo(String text, SplittableRandom random) {
        String lower = text.toLowerCase(Locale.ROOT);
        int at = 1 + random.nextInt(Math.max(1, lower.length() - 2));
        if (at >= lower.length() - 1 || !Character.isLetter(lower.charAt(at)) || !Character.isLetter(lower.charAt(at + 1))) {
            return lower;
        }
        return switch (random.nextInt(3)) {
            case 0 -> lower.substring(0, at) + lower.charAt(at + 1) + lower.charAt(at) + lower.substring(at + 2);
            case 1 -> lower.substring(0, at) + lower.substring(at + 1);
            default -> lower.substring(0, at) + (char) ('a' + random.nextInt(26)) + lower.substring(at + 1);
        };
    }

    static String textWords(SplittableRandom random) {
        String first = pickOf(random.nextBoolean() ? NOUNS : VERBS, random);
        return random.nextBoolean() ? first : first + " " + pickOf(ADJECTIVES, random);
    }

    static String nonsense(SplittableRandom random) {
        StringBuilder word = new StringBuilder();
        int length = 5 + random.nextInt(6);
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    static String title(String word) {
        StringBuilder out = new StringBuilder(word.length());
        boolean start = true;
        for (char c : word.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == '-';
        }
        return out.toString();
    }

    static String pickOf(String[] words, SplittableRandom random) {
        return words[random.nextInt(words.length)];
    }

    static String[] words(String text) {
        return text.trim().split("\\s+");
    }
}
