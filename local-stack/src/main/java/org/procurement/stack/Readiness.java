package org.procurement.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Polls health endpoints until they answer 200 with status UP, noticing when a process dies while we wait. */
public final class Readiness {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Something to wait for: a health URL, what its answer says when up, and the process behind it. */
    public record Target(String part, URI healthUrl, ManagedProcess process, String upMarker) {

        /** A Quarkus or Keycloak health check: up when it says {@code "UP"}. */
        public Target(String part, URI healthUrl, ManagedProcess process) {
            this(part, healthUrl, process, "\"UP\"");
        }
    }

    private Readiness() {
    }

    /** True if {@code url} answers 200 with {@code "UP"} in the body. */
    public static boolean isUp(URI url) {
        return isUp(url, "\"UP\"");
    }

    /** True if {@code url} answers 200 with {@code marker} in the body. */
    public static boolean isUp(URI url, String marker) {
        try {
            HttpResponse<String> response = CLIENT.send(
                    HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains(marker);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Waits until every target is up.
     *
     * @throws StartupException naming the first target whose process exited, or that was not up within {@code timeout}
     */
    public static void awaitAll(List<Target> targets, Duration timeout, Progress.Step step) {
        List<Target> pending = new ArrayList<>(targets);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (Target target : List.copyOf(pending)) {
                if (isUp(target.healthUrl(), target.upMarker())) {
                    pending.remove(target);
                } else if (!target.process().isAlive()) {
                    throw new StartupException(target.part(),
                            "exited with code " + target.process().exitCode().orElse(-1) + " before it was ready",
                            target.process().log());
                }
            }
            if (pending.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                Target late = pending.get(0);
                throw new StartupException(late.part(),
                        "not ready after " + timeout.toSeconds() + " s (" + late.healthUrl() + ")", late.process().log());
            }
            if (targets.size() > 1) {
                step.activity("waiting for " + pending.stream().map(Target::part).collect(Collectors.joining(", ")));
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StartupException(pending.get(0).part(), "interrupted while waiting", pending.get(0).process().log());
            }
        }
    }
}
