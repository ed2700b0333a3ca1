package dev.glossary.exchange;

import dev.glossary.deck.Deck;
import dev.glossary.deck.DeckDraft;
import dev.glossary.deck.DeckValidator;
import dev.glossary.deck.Level;
import dev.glossary.deck.Term;

import java.util.List;

/** A small valid deck with the text that is hard to carry: separators, quotes, markup, line breaks, accents. */
final class SampleDeck {
    static final Term TCP = new Term("tcp", "TCP", Level.BEGINNER, "networking",
            "Transmission Control Protocol, a reliable byte stream.\nStarts with a handshake.",
            List.of("Transmission Control Protocol"), List.of("udp"), "SYN, SYN-ACK, ACK",
            List.of("networking", "protocols::transport"));
    static final Term UDP = new Term("udp", "UDP", Level.INTERMEDIATE, "networking",
            "Datagrams: no \"delivery\" promise, no order (&amp; stays as typed).", List.of(), List.of("tcp"), "",
            List.of("networking"));
    static final Term LIST = new Term("list-string", "List<String>", Level.ADVANCED, "java",
            "A list of strings; <String> is a type argument & not HTML.", List.of("List of String"), List.of(),
            "List<String> names = List.of(\"a\", \"b\");\n  names.size();", List.of("java"));
    static final Term HASHTAG = new Term("hashtag", "#hashtag", Level.BEGINNER, "",
            "Starts with a hash;\ttab inside.", List.of(), List.of(), "", List.of());
    static final Term CAFE = new Term("cafe", "Café", Level.INTERMEDIATE, "",
            "1. Coffee.\n- Not a list.\n\n> Not a quote either.", List.of("Caffè", "Kaffee"), List.of(), "",
            List.of("drinks"));

    private SampleDeck() {
    }

    static Deck deck() {
        return validated(List.of(TCP, UDP, LIST, HASHTAG, CAFE));
    }

    static Deck validated(List<Term> terms) {
        DeckValidator.Result result = DeckValidator.validate(new DeckDraft(1, "sample", "Sample *deck*",
                "Terms that are awkward to export.\nSecond line.",
                terms.stream().map(DeckDraft.TermDraft::of).toList()));
        if (!result.ok()) {
            throw new IllegalStateException(result.problems().toString());
        }
        return result.deck();
    }
}
