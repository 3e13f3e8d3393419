package org.procurement.stack;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** Stands in for an existing Keycloak in tests: answers the discovery URL of one realm, 404 for anything else. */
final class StandInKeycloak implements AutoCloseable {

    private final HttpServer server;

    /**
     * @param realm the realm it serves
     * @param body  the discovery document; "{url}" in it becomes this server's URL
     */
    StandInKeycloak(String realm, int status, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String path = "/realms/" + realm + "/.well-known/openid-configuration";
        server.createContext("/", exchange -> {
            boolean known = exchange.getRequestURI().getPath().equals(path);
            byte[] bytes = (known ? body.replace("{url}", url()) : "{\"error\":\"Realm does not exist\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(known ? status : 404, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    /** Serves the procurement realm, with the issuer that a Keycloak at {@link #url()} announces. */
    static StandInKeycloak withRealm() throws IOException {
        return new StandInKeycloak(StackSettings.REALM, 200,
                "{\"issuer\":\"{url}/realms/" + StackSettings.REALM + "\",\"jwks_uri\":\"{url}/certs\"}");
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
