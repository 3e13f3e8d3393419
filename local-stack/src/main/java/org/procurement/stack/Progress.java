package org.procurement.stack;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Tells the user what the stack is doing, with the seconds so far: "keycloak: building (12 s)…".
 * On a terminal the line is redrawn every second; otherwise (CI, pipes) a line is printed every 10 s.
 */
public final class Progress {

    private final PrintStream out;
    private final boolean terminal;
    private final ScheduledExecutorService ticker;
    private Step current;
    private long lastPrinted;

    public Progress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
        this.ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "progress");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    /** For the console: redraws in place when stdout is a terminal. */
    public static Progress console() {
        return new Progress(System.out, System.console() != null);
    }

    /** Prints nothing (library use in tests). */
    public static Progress silent() {
        return new Progress(new PrintStream(OutputStream.nullOutputStream()), false);
    }

    /** Starts reporting an activity of one part, e.g. {@code begin("keycloak", "building")}. */
    public synchronized Step begin(String part, String activity) {
        finishLine();
        current = new Step(part, activity, System.nanoTime());
        lastPrinted = System.nanoTime();
        render(false);
        return current;
    }

    /** A line of its own, between steps. */
    public synchronized void say(String line) {
        finishLine();
        out.println(line);
    }

    private synchronized void tick() {
        if (current == null) {
            return;
        }
        if (terminal) {
            render(true);
        } else if (System.nanoTime() - lastPrinted >= TimeUnit.SECONDS.toNanos(10)) {
            lastPrinted = System.nanoTime();
            render(false);
        }
    }

    private void render(boolean redraw) {
        String line = current.part + ": " + current.activity + " (" + current.seconds() + " s)…";
        if (terminal) {
            out.print("\r" + line + "\033[K");
        } else if (!redraw) {
            out.println(line);
        }
        out.flush();
    }

    private void finishLine() {
        if (current != null && terminal) {
            out.println();
        }
        current = null;
    }

    private synchronized void end(Step step, String line) {
        if (current == step) {
            if (terminal) {
                out.print("\r" + line + "\033[K\n");
            } else {
                out.println(line);
            }
            current = null;
        } else {
            say(line);
        }
        out.flush();
    }

    private synchronized void update(Step step, String activity) {
        step.activity = activity;
    }

    /** One reported activity. */
    public final class Step {
        private final String part;
        private final long startNanos;
        private volatile String activity;

        private Step(String part, String activity, long startNanos) {
            this.part = part;
            this.activity = activity;
            this.startNanos = startNanos;
        }

        public long seconds() {
            return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startNanos);
        }

        /** Changes the text shown, e.g. "unpacking 40%". */
        public void activity(String text) {
            update(this, text);
        }

        /** Ends the step with "part: text (N s)". */
        public void done(String text) {
            end(this, part + ": " + text + " (" + seconds() + " s)");
        }

        /** Ends the step with "part: text" (no time). */
        public void fail(String text) {
            end(this, part + ": " + text);
        }
    }
}
