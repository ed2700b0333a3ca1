package dev.glossary.exchange;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The cloze deletions of one Anki field, read as Anki reads them: {@code {{c1::answer}}},
 * {@code {{c2::answer::hint}}}, deletions inside deletions, and {@code {{c1,2::…}}} (one deletion in two
 * cards). {@code Cloze.parse(text).card(2)} is what Anki's second card asks: the answer, and the text with that
 * card's deletions as a blank (with the hint, as Anki shows it) and every other deletion shown.
 */
final class Cloze {
    static final String BLANK = "_____";
    private static final String IMAGE_OCCLUSION = "image-occlusion:";

    private sealed interface Part permits Text, Deletion {
    }

    private record Text(String text) implements Part {
    }

    private record Deletion(Set<Integer> numbers, List<Part> content, String hint) implements Part {
    }

    /** One card of a cloze note: what the learner must recall, and the text that asks for it. */
    record Card(int number, String answer, String question) {
    }

    private final List<Part> parts;

    private Cloze(List<Part> parts) {
        this.parts = parts;
    }

    static boolean has(String text) {
        return text != null && text.contains("{{c") && !numbersIn(parse(text).parts).isEmpty();
    }

    static Cloze parse(String text) {
        List<Part> parts = new ArrayList<>();
        parse(text, 0, parts, false);
        return new Cloze(parts);
    }

    /** The deletion numbers, in ascending order, as Anki makes one card per number. */
    List<Integer> numbers() {
        return List.copyOf(numbersIn(parts));
    }

    /** Whether this is an image occlusion note, whose deletions are shapes on a picture rather than words. */
    boolean imageOcclusion() {
        StringBuilder all = new StringBuilder();
        answers(parts, all);
        return all.toString().contains(IMAGE_OCCLUSION);
    }

    /** The text with every deletion shown, as on the back of every card. */
    String revealed() {
        StringBuilder out = new StringBuilder();
        render(parts, 0, out, new ArrayList<>());
        return out.toString();
    }

    Card card(int number) {
        StringBuilder question = new StringBuilder();
        List<String> answers = new ArrayList<>();
        render(parts, number, question, answers);
        return new Card(number, String.join(", ", new LinkedHashSet<>(answers)), question.toString());
    }

    private static void render(List<Part> parts, int number, StringBuilder out, List<String> answers) {
        for (Part part : parts) {
            if (part instanceof Text t) {
                out.append(t.text());
            } else if (part instanceof Deletion d) {
                if (d.numbers().contains(number)) {
                    StringBuilder answer = new StringBuilder();
                    answers(d.content(), answer);
                    answers.add(answer.toString().strip());
                    out.append(BLANK);
                    if (!d.hint().isBlank()) {
                        out.append(" [").append(d.hint().strip()).append(']');
                    }
                } else {
                    render(d.content(), number, out, answers);
                }
            }
        }
    }

    private static void answers(List<Part> parts, StringBuilder out) {
        for (Part part : parts) {
            if (part instanceof Text t) {
                out.append(t.text());
            } else if (part instanceof Deletion d) {
                answers(d.content(), out);
            }
        }
    }

    private static Set<Integer> numbersIn(List<Part> parts) {
        Set<Integer> numbers = new TreeSet<>();
        for (Part part : parts) {
            if (part instanceof Deletion d) {
                numbers.addAll(d.numbers());
                numbers.addAll(numbersIn(d.content()));
            }
        }
        return numbers;
    }

    /**
     * Reads parts from {@code at} until the end of the text, or, inside a deletion, until its closing braces or
     * the "::" before its hint. Returns where it stopped: at the "}}" or "::", or the text's length.
     */
    private static int parse(String text, int at, List<Part> parts, boolean inside) {
        StringBuilder plain = new StringBuilder();
        int i = at;
        while (i < text.length()) {
            if (inside && (text.startsWith("}}", i) || text.startsWith("::", i))) {
                break;
            }
            int open = opening(text, i);
            if (open > 0) {
                Set<Integer> numbers = numbers(text.substring(i + 3, open - 2));
                List<Part> content = new ArrayList<>();
                int end = parse(text, open, content, true);
                String hint = "";
                if (text.startsWith("::", end)) {
                    int close = text.indexOf("}}", end + 2);
                    if (close >= 0) {
                        hint = text.substring(end + 2, close);
                        end = close;
                    }
                }
                if (text.startsWith("}}", end)) {
                    flush(plain, parts);
                    parts.add(new Deletion(numbers, content, hint));
                    i = end + 2;
                    continue;
                }
            }
            plain.append(text.charAt(i));
            i++;
        }
        flush(plain, parts);
        return i;
    }

    /** Where the content of a deletion opening at {@code i} starts ({@code {{c1::} or {@code {{c1,2::}), or -1. */
    private static int opening(String text, int i) {
        if (!text.startsWith("{{c", i)) {
            return -1;
        }
        int j = i + 3;
        boolean digit = false;
        while (j < text.length() && (Character.isDigit(text.charAt(j)) || (digit && text.charAt(j) == ','))) {
            digit = true;
            j++;
        }
        return digit && text.startsWith("::", j) && Character.isDigit(text.charAt(j - 1)) ? j + 2 : -1;
    }

    private static Set<Integer> numbers(String list) {
        Set<Integer> numbers = new TreeSet<>();
        for (String n : list.split(",")) {
            try {
                numbers.add(Math.max(1, Integer.parseInt(n)));
            } catch (NumberFormatException e) {
                numbers.add(Integer.MAX_VALUE);
            }
        }
        return numbers;
    }

    private static void flush(StringBuilder plain, List<Part> parts) {
        if (plain.length() > 0) {
            parts.add(new Text(plain.toString()));
            plain.setLength(0);
        }
    }
}
