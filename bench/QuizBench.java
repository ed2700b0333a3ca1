import dev.glossary.deck.Deck;
import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import dev.glossary.quiz.ChoiceQuestion;
import dev.glossary.quiz.DistractorPicker;
import dev.glossary.quiz.TypedAnswerGrader;
import dev.glossary.store.DeckReader;
import dev.glossary.store.DeckWriter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Quiz questions on a large deck, timed in a fresh JVM with the launcher's options ({@code bench/quiz.sh} runs
 * it, after compiling it: the source launcher would warm the JVM up first).
 *
 * <pre>
 * java -cp target/glossary.jar:DIR QuizBench FILE [QUESTIONS]
 * java -cp target/glossary.jar bench/QuizBench.java --write-long-names FILE   # the hostile review's deck
 * </pre>
 *
 * Prints one line: the terms, the load (parse and check the JSON), the first choice question from the loaded
 * deck (the picker made and one question asked, as a session's first question is), then the median and the
 * slowest of QUESTIONS further choice questions, reverse questions and typed answers graded (a wrong one, which
 * is looked up among the other terms' spellings and word forms; the first builds that lookup), all in
 * milliseconds.
 */
public class QuizBench {
    public static void main(String[] args) {
        if (args[0].equals("--write-long-names")) {
            writeLongNames(Path.of(args[1]));
            return;
        }
        int questions = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        long start = System.nanoTime();
        Deck deck = DeckReader.load(Path.of(args[0]));
        long loaded = System.nanoTime();
        SplittableRandom rng = new SplittableRandom(7);
        List<Term> terms = deck.terms();
        DistractorPicker picker = new DistractorPicker(deck);
        ChoiceQuestion first = picker.choice(terms.get(rng.nextInt(terms.size())), rng);
        long asked = System.nanoTime();
        if (first.choices().size() < 2) {
            throw new IllegalStateException("a question with no wrong options");
        }
        double[] choice = new double[questions];
        double[] reverse = new double[questions];
        double[] typed = new double[questions];
        TypedAnswerGrader grader = null;
        for (int i = 0; i < questions; i++) {
            Term term = terms.get(rng.nextInt(terms.size()));
            long t0 = System.nanoTime();
            picker.choice(term, rng);
            long t1 = System.nanoTime();
            picker.reverse(term, rng);
            long t2 = System.nanoTime();
            if (grader == null) {
                grader = new TypedAnswerGrader(deck);
            }
            grader.grade(term, "not the answer at all");
            long t3 = System.nanoTime();
            choice[i] = (t1 - t0) / 1e6;
            reverse[i] = (t2 - t1) / 1e6;
            typed[i] = (t3 - t2) / 1e6;
        }
        System.out.printf(Locale.ROOT, "%d terms, load %.0f ms, first choice question %.0f ms; further questions,"
                        + " median / slowest: choice %.1f / %.1f ms, reverse %.1f / %.1f ms, typed %.1f / %.1f ms%n",
                deck.size(), (loaded - start) / 1e6, (asked - loaded) / 1e6, median(choice), max(choice),
                median(reverse), max(reverse), median(typed), max(typed));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    /**
     * The hostile review's pathological deck: 2 400 terms whose names are 10 000 characters long (the most a
     * value may hold) and whose definitions are about 8 000, some 45 MB.
     */
    private static void writeLongNames(Path file) {
        String[] words = ("latency queue shard replica cache broker token lease quorum vector clock gossip snapshot"
                + " journal cursor window bucket backoff circuit breaker saga outbox ledger index").split(" ");
        SplittableRandom rng = new SplittableRandom(45);
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < 2400; i++) {
            String name = text("Term " + i, words, rng, 10_000);
            String definition = text("A made-up definition number " + i, words, rng, 8_000) + ".";
            terms.add(Term.of("t" + i, name, Level.values()[i % 3], definition));
        }
        DeckWriter.write(Deck.of("long-names", "Long names", "The hostile review's 45 MB deck.", terms), file);
    }

    private static String text(String start, String[] words, SplittableRandom rng, int length) {
        StringBuilder s = new StringBuilder(start);
        while (true) {
            String word = words[rng.nextInt(words.length)];
            if (s.length() + 1 + word.length() > length) {
                return s.toString();
            }
            s.append(' ').append(word);
        }
    }
}
