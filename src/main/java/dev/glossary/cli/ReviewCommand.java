package dev.glossary.cli;

/** {@code glossary review}: a quiz on due terms only, no new ones. */
public final class ReviewCommand extends QuizCommand {
    public ReviewCommand(Services services, Session session) {
        super(services, session, "review", "Quiz on the terms that are due now (no new terms).");
    }

    @Override
    protected boolean includesNew() {
        return false;
    }
}
