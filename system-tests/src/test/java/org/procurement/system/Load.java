package org.procurement.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;

/**
 * A few client threads issuing calls continuously while a test does something to the stack. Every answer is
 * tallied by operation, phase (before / during / after the fault, as the test says) and outcome, and every answer
 * that is not acceptable (a 5xx other than 503, an error that is not a problem document, a call that never
 * answered) is kept for the assertions.
 */
final class Load implements AutoCloseable {

    /** One round of work by one client; it reports each answer through {@link #record}. */
    interface Step {
        void run(Load load, int client) throws Exception;
    }

    private final String name;
    private final ExecutorService clients;
    private final List<java.util.concurrent.Future<?>> running = new ArrayList<>();
    private final ConcurrentMap<String, ConcurrentMap<String, ConcurrentMap<String, AtomicInteger>>> tallies =
            new ConcurrentHashMap<>();
    private final List<String> unacceptable = new CopyOnWriteArrayList<>();
    private final List<Throwable> crashes = new CopyOnWriteArrayList<>();
    private volatile boolean stopping;
    private volatile String phase = "1-before";
    /** True while a service is down on purpose: no answer at all from it is then expected. */
    private volatile boolean refusalsExpected;

    Load(String name, int clients, Step step) {
        this.name = name;
        this.clients = Executors.newFixedThreadPool(clients, runnable -> {
            Thread thread = new Thread(runnable, name + "-client");
            thread.setDaemon(true);
            return thread;
        });
        for (int i = 0; i < clients; i++) {
            int client = i;
            running.add(this.clients.submit(() -> {
                while (!stopping) {
                    try {
                        step.run(this, client);
                    } catch (Exception | AssertionError e) {
                        crashes.add(e);
                        return;
                    }
                }
            }));
        }
        Story.say("%s: %d clients started", name, clients);
    }

    void phase(String phase) {
        this.phase = phase;
    }

    String phase() {
        return phase;
    }

    void expectRefusals(boolean expected) {
        this.refusalsExpected = expected;
    }

    /** Tallies one answer; returns it, for chaining. */
    Http.Reply record(String operation, Http.Reply reply) {
        tallies.computeIfAbsent(operation, o -> new ConcurrentHashMap<>())
                .computeIfAbsent(phase, p -> new ConcurrentHashMap<>())
                .computeIfAbsent(reply.label(), l -> new AtomicInteger()).incrementAndGet();
        boolean acceptable = reply.ok()
                || (reply.status() >= 400 && reply.status() < 500 && reply.problem())
                || (reply.status() == 503 && reply.problem())
                || (reply.status() == Http.Reply.REFUSED && refusalsExpected);
        if (!acceptable) {
            unacceptable.add(operation + " in phase " + phase + ": " + reply.label() + " " + reply.contentType()
                    + " " + reply.body());
        }
        return reply;
    }

    /** How many answers to {@code operation} in {@code phase} had an outcome label matching {@code label}. */
    int count(String operation, String phase, Predicate<String> label) {
        return tallies.getOrDefault(operation, new ConcurrentHashMap<>()).getOrDefault(phase, new ConcurrentHashMap<>())
                .entrySet().stream().filter(e -> label.test(e.getKey())).mapToInt(e -> e.getValue().get()).sum();
    }

    static boolean success(String label) {
        return label.startsWith("2");
    }

    static boolean failure(String label) {
        return !success(label);
    }

    void awaitCount(String operation, String phase, Predicate<String> label, int atLeast, Duration within) {
        await().atMost(within).pollInterval(Duration.ofMillis(100))
                .until(() -> !crashes.isEmpty() || count(operation, phase, label) >= atLeast);
        if (!crashes.isEmpty()) {
            throw new AssertionError(name + ": a client crashed", crashes.get(0));
        }
    }

    /** Stops the clients and waits for each to finish its current call: all calls finish, none hangs. */
    @Override
    public void close() {
        stopping = true;
        clients.shutdown();
        try {
            if (!clients.awaitTermination(2 * Http.DEADLINE.toSeconds() + 30, TimeUnit.SECONDS)) {
                throw new AssertionError(name + ": clients still busy after the deadline: a call hangs");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Story.say("%s: %s", name, summary());
    }

    List<String> unacceptable() {
        return unacceptable;
    }

    List<Throwable> crashes() {
        return crashes;
    }

    /** e.g. {@code create[before{201=12} outage{503 service-unavailable=40} after{201=18}]}. */
    String summary() {
        return tallies.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(op -> op.getKey() + "["
                        + op.getValue().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(ph -> ph.getKey() + new java.util.TreeMap<>(ph.getValue()))
                        .collect(Collectors.joining(" ")) + "]")
                .collect(Collectors.joining(", "));
    }
}
