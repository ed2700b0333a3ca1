package dev.glossary.search;

/** Receives scored ids from an index: term indexes or name-variant indexes, depending on who produces them. */
@FunctionalInterface
interface ScoreSink {
    void accept(int id, double score);
}
