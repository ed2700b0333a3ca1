package dev.glossary.quiz;

import dev.glossary.deck.Term;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A multiple-choice question, made by {@link DistractorPicker#choice} or {@link DistractorPicker#reverse}.
 * In {@link Mode#CHOICE} the prompt is the answer's masked definition and the choices are term names; in
 * {@link Mode#REVERSE} the prompt is the answer's name and the choices are the options' definitions, each
 * masked with its own term. {@code choices.get(i)} is the text to show for {@code options.get(i)}.
 */
public record ChoiceQuestion(Mode mode, String prompt, List<Term> options, List<String> choices, int answerIndex) {

    public ChoiceQuestion {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(prompt, "prompt");
        if (mode != Mode.CHOICE && mode != Mode.REVERSE) {
            throw new IllegalArgumentException("a choice question is asked in choice or reverse mode, not " + mode);
        }
        options = List.copyOf(options);
        choices = List.copyOf(choices);
        if (options.isEmpty() || choices.size() != options.size()) {
            throw new IllegalArgumentException("need one choice text per option, and at least one option");
        }
        if (answerIndex < 0 || answerIndex >= options.size()) {
            throw new IllegalArgumentException("answer index " + answerIndex + " is not one of the options");
        }
    }

    public Term answer() {
        return options.get(answerIndex);
    }

    public boolean isCorrect(int choiceIndex) {
        return choiceIndex == answerIndex;
    }

    /**
     * The same question with its answer somewhere other than at {@code index}, for a term that comes back
     * after a miss: the learner must read the options again, not press the key that was right last time.
     * Other options move at random; a question of one option stays as it is.
     */
    public ChoiceQuestion withAnswerAwayFrom(int index, RandomGenerator rng) {
        if (answerIndex != index || options.size() < 2) {
            return this;
        }
        int target = rng.nextInt(options.size() - 1);
        if (target >= answerIndex) {
            target++;
        }
        List<Term> movedOptions = new ArrayList<>(options);
        List<String> movedChoices = new ArrayList<>(choices);
        Collections.swap(movedOptions, answerIndex, target);
        Collections.swap(movedChoices, answerIndex, target);
        return new ChoiceQuestion(mode, prompt, movedOptions, movedChoices, target);
    }
}
