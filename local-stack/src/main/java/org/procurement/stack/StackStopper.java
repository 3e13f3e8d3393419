package org.procurement.stack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stops a stack from its pid file, from another process ({@code run.sh stop}, or a new start cleaning up after
 * a launcher that was killed). A live launcher gets SIGTERM and stops its parts in order itself; whatever is
 * still recorded after that is stopped part by part in reverse start order.
 */
public final class StackStopper {

    private final PidFile pidFile;
    private final Progress progress;
    private final Duration partGrace;

    /** @param partGrace how long a leftover part may take to stop after SIGTERM before it gets SIGKILL */
    public StackStopper(PidFile pidFile, Progress progress, Duration partGrace) {
        this.pidFile = pidFile;
        this.progress = progress;
        this.partGrace = partGrace;
    }

    public StackStopper(PidFile pidFile, Progress progress) {
        this(pidFile, progress, Duration.ofSeconds(30));
    }

    /** @return false if nothing was running */
    public boolean stop(Duration launcherTimeout) {
        Map<String, List<PidFile.ProcessRef>> entries = pidFile.read();
        if (entries.isEmpty()) {
            return false;
        }
        Optional<ProcessHandle> launcher = pidFile.liveLauncher();
        if (launcher.isPresent()) {
            Progress.Step step = progress.begin("stack", "stopping (launcher pid " + launcher.get().pid() + ")");
            launcher.get().destroy();
            if (ProcessTrees.awaitExit(launcher.get(), launcherTimeout.toNanos())) {
                step.done("launcher stopped");
            } else {
                step.fail("launcher did not stop within " + launcherTimeout.toSeconds() + " s; stopping its parts directly");
                launcher.get().destroyForcibly();
            }
        }
        stopLeftovers();
        pidFile.delete();
        return true;
    }

    /** Stops the recorded parts other than the launcher, last started first. */
    public void stopLeftovers() {
        List<Map.Entry<String, List<PidFile.ProcessRef>>> parts = new ArrayList<>(pidFile.read().entrySet());
        Collections.reverse(parts);
        for (Map.Entry<String, List<PidFile.ProcessRef>> part : parts) {
            if (part.getKey().equals(PidFile.LAUNCHER)) {
                continue;
            }
            List<ProcessHandle> live = part.getValue().stream()
                    .map(PidFile.ProcessRef::live).flatMap(Optional::stream).toList();
            if (!live.isEmpty()) {
                Progress.Step step = progress.begin(part.getKey(), "stopping leftover process " + live.get(0).pid());
                boolean clean = ProcessTrees.stop(live, partGrace);
                step.done(clean ? "stopped" : "killed");
            }
            pidFile.remove(part.getKey());
        }
    }
}
