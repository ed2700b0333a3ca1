package dev.glossary.search;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Level;
import dev.glossary.deck.Term;

import java.util.List;

/** A small deck of real backend terms, the way a teacher would write them, for the search tests. */
final class BackendDeck {
    private BackendDeck() {}

    static Deck deck() {
        return Deck.of("backend", "Backend basics", "", terms());
    }

    static List<Term> terms() {
        return List.of(
                term("idempotency", "Idempotency", Level.INTERMEDIATE, "api",
                        "The property that doing an operation twice has the same effect as doing it once, so a client "
                                + "can safely retry a request after a timeout without changing the outcome.",
                        List.of(), "PUT /users/42 is idempotent: sending it twice leaves one user 42."),
                term("idempotency-key", "Idempotency Key", Level.ADVANCED, "api",
                        "A unique value the client sends with a non-idempotent request so the server can recognise a "
                                + "repeat and return the stored response instead of creating duplicate charges.",
                        List.of(), "Stripe accepts an Idempotency-Key header on POST requests."),
                term("jwt", "JWT (JSON Web Token)", Level.INTERMEDIATE, "security",
                        "A compact, URL-safe token made of a header, a payload of claims and a signature, so a server "
                                + "can verify who the caller is without looking up a session.",
                        List.of("JWT", "JSON Web Token"), "Authorization: Bearer eyJhbGciOi…"),
                term("rate-limiting", "Rate Limiting", Level.BEGINNER, "reliability",
                        "Capping how many requests a client may make in a time window, to protect a service from "
                                + "overload and abuse; excess requests get 429 Too Many Requests.",
                        List.of("Throttling"), ""),
                term("rate-limiter", "Rate Limiter", Level.INTERMEDIATE, "reliability",
                        "The component that enforces rate limits, often in an API gateway, counting requests per key "
                                + "with an algorithm such as a token bucket or a sliding window.",
                        List.of(), ""),
                term("token-bucket", "Token Bucket", Level.INTERMEDIATE, "reliability",
                        "A rate limiting algorithm: a bucket fills with tokens at a steady rate up to a capacity, and "
                                + "each request spends one, which allows short bursts but caps the average rate.",
                        List.of(), ""),
                term("retry-with-backoff", "Retry with Backoff", Level.BEGINNER, "reliability",
                        "Trying a failed call again after a pause; retries should only be sent for transient errors "
                                + "and for idempotent operations, and should stop after a few attempts.",
                        List.of(), ""),
                term("exponential-backoff", "Exponential Backoff", Level.INTERMEDIATE, "reliability",
                        "Waiting twice as long before each retry (1 s, 2 s, 4 s…), usually with random jitter, so that "
                                + "many clients recovering at once do not overwhelm a struggling server.",
                        List.of(), ""),
                term("caching", "Caching", Level.BEGINNER, "performance",
                        "Keeping a copy of data that is expensive to compute or fetch somewhere faster, such as memory, "
                                + "so later reads are served quickly; the hard part is invalidation.",
                        List.of("Cache"), ""),
                term("response-caching", "Response Caching", Level.INTERMEDIATE, "http",
                        "Storing whole HTTP responses in a browser, CDN or reverse proxy, governed by Cache-Control "
                                + "and ETag headers, so repeated requests never reach the origin.",
                        List.of(), "Cache-Control: public, max-age=600"),
                term("cursor-pagination", "Cursor Pagination", Level.INTERMEDIATE, "api",
                        "Paging through results with an opaque cursor that points at the last item seen, which stays "
                                + "stable while rows are inserted and is fast on large tables.",
                        List.of("Keyset Pagination"), "GET /orders?after=eyJpZCI6MTAwfQ"),
                term("offset-pagination", "Offset Pagination", Level.BEGINNER, "api",
                        "Paging with limit and offset parameters; simple, but slow for deep pages and it skips or "
                                + "repeats rows when data changes between requests.",
                        List.of(), "GET /orders?limit=20&offset=40"),
                term("server-sent-events", "Server-Sent Events", Level.INTERMEDIATE, "http",
                        "A one-way stream of text events from server to browser over a long-lived HTTP response, with "
                                + "automatic reconnection; simpler than WebSockets when the client only listens.",
                        List.of("SSE"), "Content-Type: text/event-stream"),
                term("websocket", "WebSocket", Level.INTERMEDIATE, "http",
                        "A full-duplex connection upgraded from HTTP, letting client and server send messages to each "
                                + "other at any time over one TCP connection.",
                        List.of(), ""),
                term("http-404", "404 Not Found", Level.BEGINNER, "http",
                        "The HTTP status code for a resource that does not exist at the requested URL.",
                        List.of("HTTP 404"), ""),
                term("http-403", "403 Forbidden", Level.BEGINNER, "http",
                        "The HTTP status code for a caller who is authenticated but not allowed to access the "
                                + "resource; unlike 401, logging in again will not help.",
                        List.of("HTTP 403"), ""),
                term("nodejs", "Node.js", Level.BEGINNER, "runtime",
                        "A JavaScript runtime built on V8 with an event loop and non-blocking I/O, popular for "
                                + "API servers.",
                        List.of(), ""),
                term("time-to-live", "Time to Live", Level.BEGINNER, "performance",
                        "How long a cached entry, DNS record or message stays valid before it expires and must be "
                                + "fetched again.",
                        List.of(), "SET session:42 abc EX 3600"),
                term("kafka", "Apache Kafka", Level.ADVANCED, "messaging",
                        "A distributed, partitioned commit log used as a message broker: producers append records to "
                                + "topics and consumer groups read them at their own pace.",
                        List.of("Kafka"), ""),
                term("message-queue", "Message Queue", Level.BEGINNER, "messaging",
                        "A buffer where producers leave messages for consumers to process later, decoupling services "
                                + "and smoothing out bursts of work.",
                        List.of(), ""),
                term("dead-letter-queue", "Dead Letter Queue", Level.INTERMEDIATE, "messaging",
                        "A queue that collects messages that could not be processed after several attempts, so they "
                                + "can be inspected instead of blocking the main queue.",
                        List.of("DLQ"), ""),
                term("circuit-breaker", "Circuit Breaker", Level.ADVANCED, "reliability",
                        "A guard around calls to a dependency that opens after repeated failures and fails fast for a "
                                + "while, giving the dependency time to recover.",
                        List.of(), ""),
                term("load-balancer", "Load Balancer", Level.BEGINNER, "infrastructure",
                        "A proxy that spreads incoming requests across several servers by round robin, least "
                                + "connections or hashing, and stops sending to unhealthy ones.",
                        List.of(), ""),
                term("connection-pool", "Connection Pool", Level.INTERMEDIATE, "databases",
                        "A set of open database connections kept ready for reuse, because opening a connection per "
                                + "query costs a TCP and TLS handshake and authentication.",
                        List.of(), ""),
                term("cache-stampede", "Cache Stampede", Level.ADVANCED, "performance",
                        "When a popular cached value expires and many requests recompute it at the same moment, "
                                + "hammering the database; request coalescing or early refresh prevents it.",
                        List.of("Thundering Herd"), ""),
                term("facade", "Façade", Level.INTERMEDIATE, "design",
                        "A simple interface in front of a complicated subsystem, so callers depend on one small API "
                                + "instead of many moving parts.",
                        List.of(), ""),
                term("eventual-consistency", "Eventual Consistency", Level.ADVANCED, "databases",
                        "A guarantee that replicas which stop receiving writes will converge to the same value, though "
                                + "reads in between may return stale data.",
                        List.of(), ""));
    }

    private static Term term(String id, String name, Level level, String category, String definition,
            List<String> aliases, String example) {
        return new Term(id, name, level, category, definition, aliases, List.of(), example, List.of());
    }
}
