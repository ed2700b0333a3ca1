package dev.glossary.srs;

/** How a review moves a card: with (re)learning steps, or straight to intervals in days. */
interface ReviewPolicy {

    NextStates nextStates(ReviewContext review);
}
