package org.procurement.stack;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Stands in for a Quarkus service in tests: listens on HTTP_PORT (and MANAGEMENT_PORT, if set, as the services'
 * management interface), answers /q/health/ready with UP (after READY_AFTER_MS), shows its configuration
 * environment at /env; exits with 3 if FAIL is set.
 */
public final class StandInService {

    public static void main(String[] args) throws IOException, InterruptedException {
        if (System.getenv("FAIL") != null) {
            System.out.println("stand-in: failing on purpose");
            System.exit(3);
        }
        long readyAt = System.currentTimeMillis() + Long.parseLong(System.getenv().getOrDefault("READY_AFTER_MS", "0"));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(System.getenv("HTTP_PORT"))), 0);
        com.sun.net.httpserver.HttpHandler health = exchange -> {
            boolean up = System.currentTimeMillis() >= readyAt;
            respond(exchange, up ? 200 : 503, "{\"status\":\"" + (up ? "UP" : "DOWN") + "\"}");
        };
        server.createContext("/q/health/ready", health);
        if (System.getenv("MANAGEMENT_PORT") != null) {
            HttpServer management = HttpServer.create(new InetSocketAddress("127.0.0.1",
                    Integer.parseInt(System.getenv("MANAGEMENT_PORT"))), 0);
            management.createContext("/q/health/ready", health);
            management.start();
        }
        server.createContext("/env", exchange -> respond(exchange, 200,
                List.of("QUARKUS_PROFILE", "HTTP_PORT", "DB_URL", "DB_USER", "DB_PASSWORD", "OIDC_SERVER_URL",
                        "CATALOG_URL", "REQUEST_URL", "APPROVAL_URL", "OIDC_CLIENT_SECRET", "MANAGEMENT_PORT").stream()
                        .map(name -> name + "=" + System.getenv().getOrDefault(name, ""))
                        .collect(Collectors.joining("\n"))));
        server.start();
        System.out.println("stand-in: listening on " + System.getenv("HTTP_PORT"));
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
