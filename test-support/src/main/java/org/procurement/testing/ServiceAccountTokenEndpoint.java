package org.procurement.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Keycloak's token endpoint for the client-credentials grant, as the services' {@code quarkus-oidc-client} calls it:
 * a real HTTP server that checks the client's id and secret (HTTP Basic, as {@code client_secret_basic}) and issues
 * a fresh service-account token ({@link Tokens#service}) per call. Tests read which tokens were issued to whom.
 * It also answers the two admin API lookups the outbox's directory makes (a role's members, a user by name) with
 * the {@link DemoUser}s, to a caller presenting a token it issued.
 */
public class ServiceAccountTokenEndpoint implements QuarkusTestResourceLifecycleManager {

    public static final String TOKEN_PATH = "/protocol/openid-connect/token";

    private static final Map<String, List<String>> ISSUED = new ConcurrentHashMap<>();

    private HttpServer server;
    private ExecutorService executor;

    /** The tokens issued to a client so far, oldest first. */
    public static List<String> issuedTo(String clientId) {
        return List.copyOf(ISSUED.getOrDefault(clientId, List.of()));
    }

    /** The token a client holds now: the last one issued to it. */
    public static String lastIssuedTo(String clientId) {
        List<String> tokens = issuedTo(clientId);
        if (tokens.isEmpty()) {
            throw new AssertionError("No token was issued to " + clientId);
        }
        return tokens.get(tokens.size() - 1);
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/realms/services" + TOKEN_PATH, this::token);
        server.createContext("/admin/realms/services/", this::directory);
        executor = Executors.newFixedThreadPool(2);
        server.setExecutor(executor);
        server.start();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.oidc-client.auth-server-url",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/services");
        config.put("quarkus.oidc-client.discovery-enabled", "false");
        config.put("quarkus.oidc-client.token-path", TOKEN_PATH);
        return config;
    }

    private void token(HttpExchange exchange) throws IOException {
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String clientId = basicUser(exchange.getRequestHeaders().getFirst("Authorization"));
        if (!"POST".equals(exchange.getRequestMethod()) || !formValue(form, "grant_type").equals("client_credentials")) {
            answer(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
        } else if (clientId == null) {
            answer(exchange, 401, "{\"error\":\"invalid_client\"}");
        } else {
            String token = Tokens.service(clientId);
            ISSUED.computeIfAbsent(clientId, id -> new CopyOnWriteArrayList<>()).add(token);
            answer(exchange, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":600}");
        }
    }

    /** {@code roles/<role>/users} and {@code users?username=<name>&exact=true}, as Keycloak's admin API answers them. */
    private void directory(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        boolean issued = authorization != null && authorization.startsWith("Bearer ") && ISSUED.values().stream()
                .anyMatch(tokens -> tokens.contains(authorization.substring(7)));
        if (!issued) {
            answer(exchange, 401, "{\"error\":\"HTTP 401 Unauthorized\"}");
            return;
        }
        String path = exchange.getRequestURI().getPath().substring("/admin/realms/services/".length());
        String query = exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery();
        java.util.stream.Stream<DemoUser> users;
        if (path.startsWith("roles/") && path.endsWith("/users")) {
            String role = path.substring("roles/".length(), path.length() - "/users".length());
            int first = Integer.parseInt(formValue(query, "first").isEmpty() ? "0" : formValue(query, "first"));
            users = java.util.Arrays.stream(DemoUser.values()).filter(user -> user.roles().contains(role)).skip(first);
        } else if (path.equals("users")) {
            String name = formValue(query, "username");
            users = java.util.Arrays.stream(DemoUser.values()).filter(user -> user.username().equals(name));
        } else {
            answer(exchange, 404, "{\"error\":\"Not Found\"}");
            return;
        }
        answer(exchange, 200, users.map(user -> "{\"username\":\"" + user.username() + "\",\"email\":\""
                + user.email() + "\",\"firstName\":\"" + user.name() .charAt(0) + user.username().substring(1)
                + "\",\"lastName\":\"Demo\",\"enabled\":true,\"attributes\":{\"org\":[\""
                + user.organisation() + "\"]}}").collect(java.util.stream.Collectors.joining(",", "[", "]")));
    }

    /** The client id of HTTP Basic credentials that carry a non-empty secret, else null. */
    private static String basicUser(String authorization) {
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return null;
        }
        String pair = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
        int colon = pair.indexOf(':');
        if (colon <= 0 || colon == pair.length() - 1) {
            return null;
        }
        return URLDecoder.decode(pair.substring(0, colon), StandardCharsets.UTF_8);
    }

    private static String formValue(String form, String name) {
        for (String pair : form.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8).equals(name)) {
                return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
        }
    }
}
