package dev.glossary.cli;

import picocli.CommandLine.Command;

/** {@code glossary review}: a quiz on due terms only, no new ones. */
@Command(name = "review", description = "Quiz on the terms that are due now (no new terms).")
public final class ReviewCommand extends QuizCommand {
    public ReviewCommand(App app) {
        super(app);
    }

    @Override
    protected boolean includesNew() {
        return false;
    }
}
