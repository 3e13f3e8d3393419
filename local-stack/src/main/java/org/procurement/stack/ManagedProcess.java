package org.procurement.stack;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A child process of the stack with its output in a log file.
 * It runs in a session of its own (via {@code setsid}) so that Ctrl-C in the terminal reaches only the launcher,
 * which then stops the parts in order.
 */
public final class ManagedProcess {

    private static final Path SETSID = findSetsid();

    private final String name;
    private final Process process;
    private final Path log;

    private ManagedProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code command} in {@code workDir} with {@code env} added to this process's environment,
     * stdout and stderr going to {@code log} (the previous run's log is kept as {@code <name>.previous.log}).
     */
    public static ManagedProcess start(String name, List<String> command, Map<String, String> env, Path workDir, Path log)
            throws IOException {
        rotate(log);
        List<String> fullCommand = new ArrayList<>();
        if (SETSID != null) {
            fullCommand.add(SETSID.toString());
        }
        fullCommand.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(fullCommand)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(env);
        return new ManagedProcess(name, builder.start(), log);
    }

    /** Moves an existing log aside so that each run starts a fresh one. */
    static void rotate(Path log) throws IOException {
        Files.createDirectories(log.getParent());
        if (Files.exists(log)) {
            String file = log.getFileName().toString();
            String previous = file.endsWith(".log") ? file.substring(0, file.length() - 4) + ".previous.log" : file + ".previous";
            Files.move(log, log.resolveSibling(previous), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Path findSetsid() {
        for (String candidate : List.of("/usr/bin/setsid", "/bin/setsid")) {
            Path path = Path.of(candidate);
            if (Files.isExecutable(path)) {
                return path;
            }
        }
        return null;
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Optional<Integer> exitCode() {
        return process.isAlive() ? Optional.empty() : Optional.of(process.exitValue());
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    /** The process and its live descendants (for kc.sh: the Keycloak JVM). */
    public List<ProcessHandle> tree() {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(process.toHandle());
        process.descendants().forEach(tree::add);
        return tree;
    }

    /** SIGTERM, then SIGKILL to whatever of the process tree is left after {@code grace}. */
    public void stop(Duration grace) {
        ProcessTrees.stop(tree(), grace);
    }

    /** Waits up to {@code timeout} for the process to exit by itself. */
    public boolean waitFor(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
