package org.procurement.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The {@code run.sh} launcher: start (default), stop or status of the local stack of this checkout. */
public final class Main {

    private Main() {
    }

    public static void main(String[] argv) {
        System.exit(run(argv));
    }

    static int run(String[] argv) {
        return run(argv, System.getenv());
    }

    static int run(String[] argv, Map<String, String> env) {
        LauncherArgs args;
        StackSettings settings;
        try {
            args = LauncherArgs.parse(Arrays.asList(argv));
            settings = StackSettings.local(Path.of(System.getProperty("stack.root", ".")), env);
        } catch (IllegalArgumentException e) {
            System.err.println("run.sh: " + e.getMessage());
            System.err.println(LauncherArgs.USAGE);
            return 2;
        }
        if (args.reset() && settings.existingPostgres().isPresent()) {
            System.err.println("run.sh: --reset refused: PG_URL names an existing PostgreSQL server ("
                    + settings.existingPostgres().get().address() + "), and the launcher never drops databases there."
                    + " To start afresh, drop the databases " + settings.databases().stream().map(Database::name)
                    .collect(Collectors.joining(", ")) + " on that server yourself, then start without --reset.");
            return 2;
        }
        PidFile pidFile = new PidFile(settings.pidFile());
        Progress progress = Progress.console();
        return switch (args.command()) {
            case HELP -> {
                System.out.println(LauncherArgs.USAGE);
                yield 0;
            }
            case STOP -> {
                if (!new StackStopper(pidFile, progress).stop(Duration.ofSeconds(120))) {
                    progress.say("Nothing to stop: no stack of this checkout is running.");
                }
                yield 0;
            }
            case STATUS -> status(pidFile, settings);
            case OTP -> oneTimeCode(args.user());
            case START -> start(args, settings, pidFile, progress);
        };
    }

    private static int oneTimeCode(String username) {
        DemoUser user;
        try {
            user = DemoUser.named(username);
        } catch (IllegalArgumentException e) {
            System.err.println("run.sh: " + e.getMessage());
            return 2;
        }
        if (user.oneTimeCodeSecret().isEmpty()) {
            System.err.println("run.sh: " + username + " signs in with the password alone (no role among "
                    + String.join(", ", DemoUser.SECOND_FACTOR_ROLES) + ")");
            return 2;
        }
        java.time.Instant now = java.time.Instant.now();
        long left = OneTimeCodes.STEP_SECONDS - Math.floorMod(now.getEpochSecond(), OneTimeCodes.STEP_SECONDS);
        System.out.println(user.oneTimeCode(now).orElseThrow() + "   (one-time code of " + username + ", valid for "
                + left + " s more; each code signs in once)");
        System.out.println("Setup key for an authenticator app (TOTP, SHA1, 6 digits, 30 s): "
                + OneTimeCodes.base32(user.oneTimeCodeSecret().orElseThrow()));
        return 0;
    }

    private static int status(PidFile pidFile, StackSettings settings) {
        Map<String, List<PidFile.ProcessRef>> entries = pidFile.read();
        if (pidFile.liveLauncher().isEmpty()) {
            System.out.println("The local stack is not running" + (entries.isEmpty() ? "." : " (but see below)."));
        } else {
            System.out.println("The local stack is running. Logs: " + settings.logsDir());
        }
        entries.forEach((part, refs) -> {
            String live = refs.stream().map(PidFile.ProcessRef::live).flatMap(Optional::stream)
                    .map(handle -> Long.toString(handle.pid())).collect(Collectors.joining(", "));
            System.out.printf("  %-17s %s%n", part, live.isEmpty() ? "not running" : "pid " + live);
        });
        return pidFile.liveLauncher().isPresent() ? 0 : 3;
    }

    private static int start(LauncherArgs args, StackSettings settings, PidFile pidFile, Progress progress) {
        long startNanos = System.nanoTime();
        if (!Files.isRegularFile(settings.realmFile())) {
            System.err.println("run.sh: " + settings.realmFile() + " not found; run from the repository root");
            return 2;
        }
        Optional<ProcessHandle> running = pidFile.liveLauncher();
        if (running.isPresent()) {
            System.err.println("The local stack is already running (launcher pid " + running.get().pid()
                    + "). Stop it with ./run.sh stop.");
            return 1;
        }
        if (!pidFile.read().isEmpty()) {
            progress.say("Found processes of an earlier run whose launcher is gone; stopping them first.");
            new StackStopper(pidFile, progress).stopLeftovers();
            pidFile.delete();
        }
        try {
            if (args.reset()) {
                KeycloakDistribution.deleteRecursively(settings.dataDir());
                progress.say("reset: wiped " + settings.dataDir());
            }
            String taken = FreePorts.taken(settings.ports());
            if (!taken.isEmpty()) {
                System.err.println("Ports in use: " + taken + ". Stop whatever uses them (another stack? ./run.sh stop),"
                        + " or choose other ports (see ./run.sh --help).");
                return 1;
            }
            sendLibraryLoggingTo(settings.logFile("launcher"));
        } catch (IOException e) {
            System.err.println("run.sh: " + e);
            return 1;
        }

        LocalStack stack = new LocalStack(settings, progress);
        pidFile.record(PidFile.LAUNCHER, List.of(ProcessHandle.current()));
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "stop-local-stack"));
        try {
            stack.start(args.withServices());
        } catch (StartupException e) {
            if (!stack.closedDuringStart()) {
                reportFailure(e);
            }
            return 1;
        } catch (RuntimeException e) {
            reportFailure(new StartupException("stack", e.toString(), null, e));
            e.printStackTrace();
            return 1;
        }
        long seconds = Duration.ofNanos(System.nanoTime() - startNanos).toSeconds();
        Summary.lines(settings, args.withServices(), seconds).forEach(progress::say);
        try {
            stack.awaitClose();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static void reportFailure(StartupException e) {
        System.err.println();
        System.err.println("FAILED to start " + e.part() + ": " + e.getMessage().substring(e.part().length() + 2));
        e.log().ifPresent(log -> {
            System.err.println("Last 20 lines of " + log + ":");
            LogTail.lastLines(log, 20).forEach(line -> System.err.println("  | " + line));
        });
        System.err.println("Everything that had started was stopped.");
    }

    /** zonky logs through SLF4J (slf4j-simple on the launcher's classpath): into launcher.log, not the console. */
    private static void sendLibraryLoggingTo(Path log) throws IOException {
        ManagedProcess.rotate(log);
        System.setProperty("org.slf4j.simpleLogger.logFile", log.toString());
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd HH:mm:ss.SSS");
    }
}
