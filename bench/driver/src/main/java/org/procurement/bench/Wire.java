package org.procurement.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A minimal HTTP/1.1 client for the load: one kept-alive socket per thread and server, requests written in one go,
 * responses read by Content-Length or chunked encoding. It costs a few microseconds of CPU per call, so the
 * load generator takes little from the 2 cores the suite runs on.
 */
final class Wire {

    private static final ThreadLocal<Map<String, Connection>> CONNECTIONS = ThreadLocal.withInitial(HashMap::new);

    private Wire() {
    }

    static String exchange(URI uri, String method, String token, String body, int expected) throws IOException {
        return exchange(uri, method, token, null, body, expected);
    }

    /** With one more request header ({@code "Name: value"}), or none when null. */
    static String exchange(URI uri, String method, String token, String header, String body, int expected)
            throws IOException {
        String key = uri.getHost() + ":" + uri.getPort();
        Map<String, Connection> connections = CONNECTIONS.get();
        Connection connection = connections.get(key);
        boolean reused = connection != null;
        if (connection == null) {
            connection = new Connection(uri.getHost(), uri.getPort());
            connections.put(key, connection);
        }
        try {
            return connection.exchange(uri, method, token, header, body, expected);
        } catch (StatusException e) {
            throw e;
        } catch (IOException e) {
            connection.close();
            connections.remove(key);
            if (reused && "GET".equals(method)) {
                // the server closed an idle kept-alive connection: one retry on a fresh one
                Connection fresh = new Connection(uri.getHost(), uri.getPort());
                connections.put(key, fresh);
                return fresh.exchange(uri, method, token, header, body, expected);
            }
            throw e;
        }
    }

    static final class StatusException extends IOException {
        StatusException(String message) {
            super(message);
        }
    }

    private static final class Connection {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        Connection(String host, int port) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            socket.connect(new InetSocketAddress(host, port), 5_000);
            in = new BufferedInputStream(socket.getInputStream(), 65536);
            out = socket.getOutputStream();
        }

        String exchange(URI uri, String method, String token, String header, String body, int expected)
                throws IOException {
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            StringBuilder head = new StringBuilder(256 + (token == null ? 0 : token.length()))
                    .append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n")
                    .append("Accept: application/json\r\n");
            if (token != null) {
                head.append("Authorization: Bearer ").append(token).append("\r\n");
            }
            if (header != null) {
                head.append(header).append("\r\n");
            }
            if (body != null) {
                head.append("Content-Type: application/json\r\n");
            }
            if (body != null || !"GET".equals(method)) {
                head.append("Content-Length: ").append(content.length).append("\r\n");
            }
            head.append("\r\n");
            byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
            byte[] request = new byte[headBytes.length + content.length];
            System.arraycopy(headBytes, 0, request, 0, headBytes.length);
            System.arraycopy(content, 0, request, headBytes.length, content.length);
            out.write(request);
            out.flush();

            String statusLine = line();
            if (statusLine == null) {
                throw new IOException("connection closed");
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String received = line(); received != null && !received.isEmpty(); received = line()) {
                int colon = received.indexOf(':');
                String name = received.substring(0, colon).trim().toLowerCase();
                String value = received.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase().contains("chunked");
                    case "connection" -> close = value.equalsIgnoreCase("close");
                    default -> { }
                }
            }
            String responseBody = chunked ? chunkedBody() : new String(in.readNBytes((int) Math.max(length, 0)),
                    StandardCharsets.UTF_8);
            if (close) {
                close();
                CONNECTIONS.get().remove(uri.getHost() + ":" + uri.getPort());
            }
            if (status != expected) {
                throw new StatusException(method + " " + uri.getPath() + " -> " + status + ": "
                        + responseBody.substring(0, Math.min(200, responseBody.length())));
            }
            return responseBody;
        }

        private String chunkedBody() throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String sizeLine = line();
                if (sizeLine == null) {
                    throw new IOException("connection closed in a chunked body");
                }
                int semicolon = sizeLine.indexOf(';');
                int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
                if (size == 0) {
                    for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                        // trailers are not used
                    }
                    return body.toString(StandardCharsets.UTF_8);
                }
                body.write(in.readNBytes(size));
                line();
            }
        }

        /** One CRLF-terminated line in ISO-8859-1, or null at end of stream. */
        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            int b;
            while ((b = in.read()) != -1) {
                if (b == '\n') {
                    int end = line.length();
                    return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
                }
                line.append((char) b);
            }
            return line.length() == 0 ? null : line.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a broken connection
            }
        }
    }
}
