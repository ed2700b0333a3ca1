package dev.glossary.quiz;

import dev.glossary.deck.Deck;
import dev.glossary.deck.DeckDraft;
import dev.glossary.deck.DeckValidator;
import dev.glossary.deck.Level;
import dev.glossary.deck.Term;

import java.util.ArrayList;
import java.util.List;

import static dev.glossary.deck.Level.ADVANCED;
import static dev.glossary.deck.Level.BEGINNER;
import static dev.glossary.deck.Level.INTERMEDIATE;

/**
 * A realistic deck of backend terms for the quiz tests, full of traps: twins, as {@code same} marks them
 * (Cursor Pagination and Cursor-Based Pagination, Bun and Bun Runtime, Entity and Entity (DDD), SSE), near names (Rate Limiting
 * and Rate Limiter), numbers (401, 403, 404, 500, HTTP/2, HTTP/3), definitions that name their own term.
 */
final class TestDeck {
    static final Deck DECK = build();

    private TestDeck() {
    }

    static Term term(String id) {
        return DECK.byId(id).orElseThrow(() -> new IllegalArgumentException("no term " + id));
    }

    private static Deck build() {
        List<Term> t = new ArrayList<>();
        t.add(term("idempotency", "Idempotency", INTERMEDIATE, "API Design",
                "The property that performing an operation many times has the same effect as performing it once; "
                        + "idempotent endpoints make retries safe.",
                List.of(), List.of("idempotency-key", "retry-with-backoff"), List.of("api", "reliability")));
        t.add(term("idempotency-key", "Idempotency Key", INTERMEDIATE, "API Design",
                "A unique value a client sends with a request so the server can recognise a retry and return the "
                        + "stored result instead of charging twice. Idempotency keys are usually UUIDs.",
                List.of(), List.of("idempotency"), List.of("api", "payments")));
        t.add(term("jwt", "JWT (JSON Web Token)", INTERMEDIATE, "Security",
                "A compact, signed token carrying claims as JSON, such as a user id and an expiry; the server "
                        + "verifies the signature instead of looking up a session. JWTs travel in the "
                        + "Authorization header.",
                List.of("JWT", "JSON Web Token"), List.of("session-cookie"), List.of("auth", "security")));
        t.add(term("oauth2", "OAuth 2.0", INTERMEDIATE, "Security",
                "An authorization framework in which a client obtains an access token from an authorization "
                        + "server to call an API on a user's behalf; OAuth 2 replaced OAuth 1.0a.",
                List.of("OAuth2"), List.of("jwt"), List.of("auth", "security")));
        t.add(term("session-cookie", "Session Cookie", BEGINNER, "Security",
                "A cookie holding an opaque id that the server maps to a session stored on its side.",
                List.of(), List.of("jwt"), List.of("auth", "http")));
        t.add(term("circuit-breaker", "Circuit Breaker Pattern", ADVANCED, "Resilience",
                "A wrapper that stops calling a failing dependency after repeated errors, fails fast while open, "
                        + "and lets a trial request through after a cool-down; a circuit breaker protects callers "
                        + "from cascading failures.",
                List.of(), List.of("retry-with-backoff", "bulkhead"), List.of("resilience")));
        t.add(term("bulkhead", "Bulkhead Pattern", ADVANCED, "Resilience",
                "Isolating resources such as thread pools per dependency so that one failing part cannot "
                        + "exhaust them all.",
                List.of(), List.of("circuit-breaker"), List.of("resilience")));
        t.add(term("rate-limiting", "Rate Limiting", INTERMEDIATE, "Resilience",
                "Capping how many requests a client may make in a time window, answering 429 Too Many Requests "
                        + "beyond it; rate limits protect a service from abuse and overload.",
                List.of(), List.of("rate-limiter", "token-bucket"), List.of("api", "resilience")));
        t.add(term("rate-limiter", "Rate Limiter", INTERMEDIATE, "Resilience",
                "The component, often in a gateway or middleware, that counts requests per key and rejects "
                        + "those over the limit.",
                List.of(), List.of("rate-limiting", "token-bucket"), List.of("api", "resilience")));
        t.add(term("token-bucket", "Token Bucket", ADVANCED, "Resilience",
                "An algorithm that refills a bucket with tokens at a fixed rate and lets each request spend one, "
                        + "allowing short bursts while capping the average rate.",
                List.of(), List.of("rate-limiting"), List.of("algorithms", "resilience")));
        t.add(term("retry-with-backoff", "Retry with Backoff", INTERMEDIATE, "Resilience",
                "Retrying a failed call after waiting longer each time, so that a struggling dependency gets "
                        + "room to recover.",
                List.of(), List.of("exponential-backoff", "idempotency", "circuit-breaker"),
                List.of("resilience")));
        t.add(term("exponential-backoff", "Exponential Backoff", INTERMEDIATE, "Resilience",
                "A backoff schedule where each wait doubles (1 s, 2 s, 4 s), usually with jitter, to spread "
                        + "retries out.",
                List.of(), List.of("retry-with-backoff"), List.of("resilience")));
        t.add(term("cursor-pagination", "Cursor Pagination", INTERMEDIATE, "API Design",
                "Paging through results with an opaque cursor that marks the last item seen, so that inserts "
                        + "do not shift pages.",
                List.of(), List.of("cursor-based-pagination", "offset-pagination"), List.of("api")));
        t.add(term("cursor-based-pagination", "Cursor-Based Pagination", INTERMEDIATE, "API Design",
                "Paginating with a cursor: the client passes the cursor returned with the previous page to "
                        + "fetch the next one.",
                List.of(), List.of("cursor-pagination", "offset-pagination"), List.of("api")));
        t.add(term("offset-pagination", "Offset Pagination", BEGINNER, "API Design",
                "Paging with LIMIT and OFFSET: simple, but slow on deep pages and unstable when rows are "
                        + "inserted.",
                List.of(), List.of("cursor-pagination"), List.of("api", "databases")));
        t.add(term("bun", "Bun", BEGINNER, "Runtimes",
                "A fast all-in-one JavaScript runtime, bundler and package manager; Bun is written in Zig.",
                List.of(), List.of("bun-runtime", "nodejs"), List.of("javascript")));
        t.add(term("bun-runtime", "Bun Runtime", BEGINNER, "Runtimes",
                "The Bun JavaScript runtime itself, built on JavaScriptCore and aiming at Node.js compatibility.",
                List.of(), List.of("bun", "nodejs"), List.of("javascript")));
        t.add(term("nodejs", "Node.js", BEGINNER, "Runtimes",
                "A JavaScript runtime built on V8 with an event loop and non-blocking I/O, used to run "
                        + "JavaScript on servers.",
                List.of("Node"), List.of("bun", "deno"), List.of("javascript")));
        t.add(term("deno", "Deno", BEGINNER, "Runtimes",
                "A secure-by-default JavaScript and TypeScript runtime from the creator of Node.js, with "
                        + "built-in tooling.",
                List.of(), List.of("nodejs"), List.of("javascript")));
        t.add(term("http-401", "401", BEGINNER, "HTTP",
                "The status code for a request without valid credentials; despite its reason phrase it means "
                        + "unauthenticated.",
                List.of("401 Unauthorized"), List.of("http-403"), List.of("http", "status-codes")));
        t.add(term("http-403", "403", BEGINNER, "HTTP",
                "The status code for a request the server understood but refuses to authorise; authenticating "
                        + "again will not help.",
                List.of("403 Forbidden"), List.of("http-401", "http-404"), List.of("http", "status-codes")));
        t.add(term("http-404", "404", BEGINNER, "HTTP",
                "The status code for a resource that does not exist at the requested URL: a 404 means not "
                        + "found.",
                List.of("404 Not Found"), List.of("http-403"), List.of("http", "status-codes")));
        t.add(term("http-500", "500", BEGINNER, "HTTP",
                "The status code for an unexpected failure on the server while handling a request.",
                List.of("500 Internal Server Error"), List.of(), List.of("http", "status-codes")));
        t.add(term("http2", "HTTP/2", INTERMEDIATE, "HTTP",
                "The second major version of HTTP: many streams multiplexed over one TCP connection, with binary "
                        + "framing and header compression.",
                List.of("HTTP 2"), List.of("http3"), List.of("http")));
        t.add(term("http3", "HTTP/3", ADVANCED, "HTTP",
                "The version of HTTP that runs over QUIC on UDP, avoiding head-of-line blocking in the transport.",
                List.of("HTTP 3"), List.of("http2"), List.of("http")));
        t.add(term("sse", "Server-Sent Events", INTERMEDIATE, "Realtime",
                "A one-way stream of text events from server to browser over a long-lived HTTP response, with "
                        + "automatic reconnection; server-sent events use the EventSource API.",
                List.of(), List.of("sse-acronym", "websocket"), List.of("realtime", "http")));
        t.add(term("sse-acronym", "SSE (Server-Sent Events)", INTERMEDIATE, "Realtime",
                "The acronym form of the same standard: SSE pushes messages down an open HTTP response with "
                        + "the content type text/event-stream.",
                List.of(), List.of("sse"), List.of("realtime", "http")));
        t.add(term("websocket", "WebSocket", INTERMEDIATE, "Realtime",
                "A full-duplex protocol upgraded from an HTTP request, letting client and server send messages "
                        + "both ways over one connection.",
                List.of("WebSockets"), List.of("sse"), List.of("realtime")));
        t.add(term("graphql-subscription", "GraphQL Subscription", ADVANCED, "Realtime",
                "A GraphQL operation that keeps a connection open so that the server pushes results when an "
                        + "event occurs.",
                List.of(), List.of("graphql-subscriptions", "websocket"), List.of("graphql", "realtime")));
        t.add(term("graphql-subscriptions", "GraphQL Subscriptions", ADVANCED, "Realtime",
                "The GraphQL feature for real-time updates, usually carried over WebSockets.",
                List.of(), List.of("graphql-subscription"), List.of("graphql", "realtime")));
        t.add(term("entity", "Entity", INTERMEDIATE, "Data Modeling",
                "A record in a data model, such as a row of a table, with an identifying key.",
                List.of(), List.of("entity-ddd"), List.of("databases")));
        t.add(term("entity-ddd", "Entity (DDD)", ADVANCED, "Domain-Driven Design",
                "In DDD, an object defined by its identity rather than its attributes, which persists as its "
                        + "state changes; entities are compared by id.",
                List.of(), List.of("entity", "value-object"), List.of("ddd")));
        t.add(term("value-object", "Value Object", ADVANCED, "Domain-Driven Design",
                "An immutable object defined only by its attributes; two value objects with equal fields are "
                        + "interchangeable.",
                List.of(), List.of("entity-ddd"), List.of("ddd")));
        t.add(term("saga", "Saga Pattern (backend)", ADVANCED, "Distributed Systems",
                "A long-running business transaction run as a sequence of local transactions, each with a "
                        + "compensating action that undoes it when a later step fails.",
                List.of(), List.of(), List.of("distributed")));
        t.add(term("api-gateway", "API Gateway", INTERMEDIATE, "Architecture",
                "A single entry point in front of many services that routes requests and handles cross-cutting "
                        + "concerns such as authentication and rate limiting.",
                List.of(), List.of("rate-limiting"), List.of("api")));
        t.add(term("kubernetes", "Kubernetes", ADVANCED, "Infrastructure",
                "A container orchestrator that schedules workloads on a cluster and keeps them in the declared "
                        + "state.",
                List.of("K8s"), List.of(), List.of("infrastructure")));
        twins(t, "cursor-pagination", "cursor-based-pagination");
        twins(t, "bun", "bun-runtime");
        twins(t, "sse", "sse-acronym");
        twins(t, "graphql-subscription", "graphql-subscriptions");
        twins(t, "entity", "entity-ddd");
        // Through the validator, so the fixture obeys the rules real decks do (related ids exist, names unique).
        var draft = new DeckDraft(Deck.FORMAT, "backend-test", "Backend test deck", "",
                t.stream().map(DeckDraft.TermDraft::of).toList());
        var result = DeckValidator.validate(draft);
        if (!result.ok()) {
            throw new IllegalStateException("test deck is invalid: " + result.problems());
        }
        return result.deck();
    }

    /** Marks two terms of the list as the same concept, as a deck's {@code same} does, each listing the other. */
    private static void twins(List<Term> terms, String a, String b) {
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            String other = t.id().equals(a) ? b : t.id().equals(b) ? a : null;
            if (other != null) {
                terms.set(i, new Term(t.id(), t.name(), t.level(), t.category(), t.definition(), t.aliases(),
                        t.related(), List.of(other), t.example(), t.tags()));
            }
        }
    }

    private static Term term(String id, String name, Level level, String category, String definition,
                             List<String> aliases, List<String> related, List<String> tags) {
        return new Term(id, name, level, category, definition, aliases, related, "", tags);
    }
}
