package org.procurement.stack;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Stopping a process and its children: SIGTERM to the first (the leader), SIGKILL to all that outlive the grace time. */
public final class ProcessTrees {

    private ProcessTrees() {
    }

    /**
     * @param tree   the leader first, then its descendants (which the leader is expected to stop itself,
     *               as kc.sh does with the Keycloak JVM)
     * @return true if everything exited within {@code grace}, false if something had to be killed
     */
    public static boolean stop(List<ProcessHandle> tree, Duration grace) {
        if (tree.isEmpty()) {
            return true;
        }
        tree.get(0).destroy();
        long deadline = System.nanoTime() + grace.toNanos();
        boolean clean = true;
        for (ProcessHandle member : tree) {
            long remaining = deadline - System.nanoTime();
            if (!awaitExit(member, remaining)) {
                clean = false;
            }
        }
        if (!clean) {
            for (ProcessHandle member : tree) {
                member.destroyForcibly();
            }
            for (ProcessHandle member : tree) {
                awaitExit(member, TimeUnit.SECONDS.toNanos(5));
            }
        }
        return clean;
    }

    static boolean awaitExit(ProcessHandle handle, long nanos) {
        if (!handle.isAlive()) {
            return true;
        }
        try {
            handle.onExit().get(Math.max(nanos, 0), TimeUnit.NANOSECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return !handle.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !handle.isAlive();
        } catch (java.util.concurrent.ExecutionException e) {
            return !handle.isAlive();
        }
    }
}
