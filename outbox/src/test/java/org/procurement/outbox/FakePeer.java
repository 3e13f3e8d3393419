package org.procurement.outbox;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real HTTP server standing in for a peer service: records what arrives and answers as a test scripts it. */
public class FakePeer implements QuarkusTestResourceLifecycleManager {

    public record Received(String method, String path, String eventId, String authorization, String body,
                           String correlationId, String traceparent) {
    }

    static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    /** The Authorization header of every call, answered or refused, in arrival order. */
    static final List<String> AUTHORIZATIONS = new CopyOnWriteArrayList<>();
    /** Statuses to answer with, in order; 200 once it is empty. */
    static final Queue<Integer> SCRIPT = new ConcurrentLinkedQueue<>();

    private HttpServer server;
    /** A receiver that accepts connections and never answers: every call to it waits out the relay's timeout. */
    private java.net.ServerSocket silent;
    private final List<java.net.Socket> held = new CopyOnWriteArrayList<>();

    static void reset() {
        RECEIVED.clear();
        AUTHORIZATIONS.clear();
        SCRIPT.clear();
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Integer status = SCRIPT.poll();
            int answer = status == null ? 200 : status;
            AUTHORIZATIONS.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            if (answer < 300) {
                RECEIVED.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                        exchange.getRequestHeaders().getFirst("X-Event-Id"),
                        exchange.getRequestHeaders().getFirst("Authorization"), body,
                        exchange.getRequestHeaders().getFirst("X-Correlation-Id"),
                        exchange.getRequestHeaders().getFirst("traceparent")));
            }
            byte[] reply = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
        try {
            silent = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread accepting = new Thread(() -> {
            while (!silent.isClosed()) {
                try {
                    held.add(silent.accept());
                } catch (IOException e) {
                    return;
                }
            }
        }, "silent-peer");
        accepting.setDaemon(true);
        accepting.start();
        return Map.of("outbox.destinations.peer.url", "http://127.0.0.1:" + server.getAddress().getPort(),
                "outbox.destinations.nowhere.url", "http://127.0.0.1:1",
                "outbox.destinations.silent.url", "http://127.0.0.1:" + silent.getLocalPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
        try {
            if (silent != null) {
                silent.close();
            }
            for (java.net.Socket socket : held) {
                socket.close();
            }
        } catch (IOException e) {
            // closing anyway
        }
    }
}
