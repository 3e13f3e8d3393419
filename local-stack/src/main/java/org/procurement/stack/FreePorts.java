package org.procurement.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.stream.Collectors;

/** Port checks: pick a free port, or tell which of the stack's ports are taken. */
public final class FreePorts {

    private FreePorts() {
    }

    public static int find() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code count} different free ports. The sockets stay open until all are chosen: closed one by one, the
     * system may hand the same ephemeral port out twice.
     */
    public static java.util.List<Integer> find(int count) {
        java.util.List<ServerSocket> sockets = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing a listening socket we opened ourselves does not fail in practice
                }
            }
        }
    }

    /** True when nothing listens on {@code port}, on any local address. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The entries of {@code ports} (name to port) that are taken, as "name (port)" text; empty if all are free. */
    public static String taken(Map<String, Integer> ports) {
        return ports.entrySet().stream()
                .filter(entry -> !isFree(entry.getValue()))
                .map(entry -> entry.getKey() + " (" + entry.getValue() + ")")
                .collect(Collectors.joining(", "));
    }
}
