/**
 * The quiz, as pure functions and small values: which terms a session asks ({@link
 * dev.glossary.quiz.SessionPlanner}), in which mode ({@link dev.glossary.quiz.ModeChooser}), the questions
 * ({@link dev.glossary.quiz.DistractorPicker}, {@link dev.glossary.quiz.Masker}), grading ({@link
 * dev.glossary.quiz.TypedAnswerGrader}), the rating an answer earns ({@link dev.glossary.quiz.AutoRating})
 * and relearning within a session ({@link dev.glossary.quiz.SessionQueue}). No I/O and no clock: the time
 * is passed in, and chance comes from a seeded {@link java.util.random.RandomGenerator} the caller makes.
 */
package dev.glossary.quiz;
