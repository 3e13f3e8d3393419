package org.procurement.bench;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small load generator. Closed loop ({@link #closed}): {@code connections} threads call back to back, for the
 * most a scenario can do. Open loop ({@link #open}): operations are due at a fixed rate whatever the server does;
 * thread i of c takes slots i, i+c, i+2c, ... (as wrk2 does per connection), and each latency is measured from the
 * slot's due time, not from when the call could start, so a stalled server shows up in the percentiles
 * (coordinated omission corrected).
 */
final class LoadGen {

    /** One operation; returns normally on success, throws on failure. */
    @FunctionalInterface
    interface Op {
        void run(long slot) throws Exception;
    }

    record Result(String label, double offered, double throughput, long ok, long errors, double seconds,
                  double p50, double p95, double p99, double max, String firstError) {
        String line() {
            return String.format("%-34s offered %8s/s  done %8.1f/s  p50 %8.2f ms  p95 %8.2f ms  p99 %8.2f ms  max %8.1f ms  errors %d%s",
                    label, offered <= 0 ? "max" : String.format("%.1f", offered), throughput, p50, p95, p99, max, errors,
                    firstError == null ? "" : "  (" + firstError + ")");
        }
    }

    private static final ThreadLocal<long[]> FROM = ThreadLocal.withInitial(() -> new long[1]);

    private LoadGen() {
    }

    /** Called by an operation to measure its latency from this moment (System.nanoTime()) instead of its due time. */
    static void measureFrom(long nanos) {
        FROM.get()[0] = nanos;
    }

    static Result closed(String label, int connections, double seconds, Op op) throws InterruptedException {
        return run(label, connections, seconds, -1, op);
    }

    static Result open(String label, int connections, double seconds, double rate, Op op) throws InterruptedException {
        return run(label, connections, seconds, rate, op);
    }

    private static Result run(String label, int connections, double seconds, double rate, Op op) throws InterruptedException {
        Recorder recorder = new Recorder(3);
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong slots = new AtomicLong();
        String[] firstError = new String[1];
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        long end = start + (long) (seconds * 1e9);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < connections; t++) {
            int index = t;
            Thread thread = new Thread(() -> {
                for (long k = 0; ; k++) {
                    long slot = index + k * connections;
                    long due;
                    if (rate > 0) {
                        due = start + (long) (slot * 1e9 / rate);
                        if (due >= end) {
                            return;
                        }
                        if (System.nanoTime() > end + (end - start)) {
                            return;   // far behind: stop rather than run twice as long (the backlog stays unmeasured)
                        }
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            sleepNanos(wait);
                        }
                    } else {
                        due = System.nanoTime();
                        if (due >= end) {
                            return;
                        }
                        slot = slots.getAndIncrement();
                    }
                    try {
                        FROM.get()[0] = 0;
                        op.run(slot);
                        long from = FROM.get()[0] != 0 ? FROM.get()[0] : due;
                        long took = System.nanoTime() - from;
                        recorder.recordValue(Math.max(1, took / 1000));
                        ok.incrementAndGet();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        synchronized (firstError) {
                            if (firstError[0] == null) {
                                firstError[0] = String.valueOf(e.getMessage());
                            }
                        }
                    }
                }
            }, "load-" + t);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        Histogram h = recorder.getIntervalHistogram();
        double took = Math.max(elapsed, seconds);
        return new Result(label, rate, ok.get() / took, ok.get(), errors.get(), took,
                h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(95) / 1000.0,
                h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0, firstError[0]);
    }

    private static void sleepNanos(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
