package dev.glossary.console;

import java.util.Optional;

/**
 * Where quiz answers come from: a terminal (line editing, single keys) or a pipe (one answer per line).
 * An empty result means the input ended; {@link Interrupted} means the learner pressed Ctrl-C.
 */
public interface AnswerInput {

    /** Reads a typed answer. Answers are never written to the REPL history. */
    Optional<String> line(String prompt);

    /**
     * Reads a one-key answer, one of {@code allowed} (case-insensitive), or Enter as {@code '\n'} when
     * {@code allowed} contains it. On a pipe, a whole line is read and its first character taken.
     */
    Optional<Character> key(String prompt, String allowed);

    /** Whether the learner sees prompts on a terminal (a pipe gets prompts on stderr). */
    boolean interactive();

    /**
     * Holds the input for a whole quiz, until closed: on a terminal, keys typed while the quiz is busy between
     * two prompts are neither echoed nor lost, and answer the next prompt. A pipe needs nothing held.
     */
    default Held hold() {
        return () -> { };
    }

    /** What {@link #hold()} gives back; closing it lets the input go as it was. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /** Thrown when the learner interrupts the quiz; answers given so far are kept. */
    final class Interrupted extends RuntimeException {
        public Interrupted() {
            super("interrupted", null, false, false);
        }
    }
}
