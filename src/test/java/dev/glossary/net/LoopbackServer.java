package dev.glossary.net;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on the loopback address for one test, with what each path answers set by the test and
 * changeable between requests: {@code server.file("/deck.json", json, "\"v1\"")}, then {@code server.url("/deck.json")}.
 * Every request is kept, headers included, so a test can see what the client sent.
 */
public final class LoopbackServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "loopback-server");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, HttpHandler> handlers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    /** One request as the server saw it. */
    public record Request(String path, Headers headers) {
        public String header(String name) {
            return headers.getFirst(name);
        }
    }

    public LoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            requests.add(new Request(exchange.getRequestURI().getPath(), exchange.getRequestHeaders()));
            HttpHandler handler = handlers.get(exchange.getRequestURI().getPath());
            try (exchange) {
                if (handler == null) {
                    exchange.sendResponseHeaders(404, -1);
                } else {
                    handler.handle(exchange);
                }
            }
        });
        server.start();
    }

    public String url(String path) {
        return "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + server.getAddress().getPort()
                + path;
    }

    public void handle(String path, HttpHandler handler) {
        handlers.put(path, handler);
    }

    /** A file with an ETag, answered 304 when the client sends that ETag back. */
    public void file(String path, String body, String etag) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        handle(path, exchange -> {
            if (etag != null && etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            if (etag != null) {
                exchange.getResponseHeaders().set("ETag", etag);
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            send(exchange, 200, bytes);
        });
    }

    public void redirect(String path, String location) {
        handle(path, exchange -> {
            exchange.getResponseHeaders().set("Location", location);
            exchange.sendResponseHeaders(302, -1);
        });
    }

    public void status(String path, int status) {
        handle(path, exchange -> exchange.sendResponseHeaders(status, -1));
    }

    public static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
