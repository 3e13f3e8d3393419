package org.procurement.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * The Keycloak server, unpacked once from the zip in the local Maven repository into a cache directory
 * and built once ({@code kc.sh build}) for PostgreSQL; {@code start --optimized} then skips the build.
 * A marker file records the build options, so a dist built differently (another db kind, other flags,
 * or rebuilt by someone else's {@code kc.sh start}) is rebuilt.
 */
public final class KeycloakDistribution {

    /** Build-time options. ({@code cache} is a run-time option in Keycloak 26.7 and goes to {@code start}.) */
    static final List<String> BUILD_OPTIONS = List.of("--db=postgres", "--health-enabled=true");
    static final String MARKER = ".procurement-build";
    private static final Path BUILD_OUTPUT = Path.of("lib/quarkus/generated-bytecode.jar");

    private final Path home;

    private KeycloakDistribution(Path home) {
        this.home = home;
    }

    public Path home() {
        return home;
    }

    public Path kcSh() {
        return home.resolve("bin/kc.sh");
    }

    /** Unpacks and builds as needed, reporting progress; safe against concurrent callers (file lock). */
    public static KeycloakDistribution prepare(BuildInfo buildInfo, Path cacheDir, Path buildLog, Progress progress) {
        Path home = cacheDir.resolve("keycloak-" + buildInfo.keycloakVersion());
        try {
            Files.createDirectories(cacheDir);
            try (FileChannel lockChannel = FileChannel.open(cacheDir.resolve("keycloak-" + buildInfo.keycloakVersion() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = acquire(lockChannel, progress)) {
                if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
                    unpack(buildInfo.requireKeycloakZip(), home, progress);
                }
                String marker = marker(buildInfo.keycloakVersion());
                if (needsBuild(home, marker)) {
                    build(home, buildLog, marker, progress);
                }
            }
        } catch (IOException e) {
            throw new StartupException("keycloak", "could not prepare " + home + ": " + e.getMessage(), buildLog, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupException("keycloak", "interrupted while preparing " + home, buildLog, e);
        }
        return new KeycloakDistribution(home);
    }

    private static FileLock acquire(FileChannel channel, Progress progress) throws IOException {
        FileLock lock = channel.tryLock();
        if (lock != null) {
            return lock;
        }
        Progress.Step step = progress.begin("keycloak", "waiting for another process preparing the cached distribution");
        lock = channel.lock();
        step.done("the other process is done");
        return lock;
    }

    static String marker(String version) {
        return "keycloak " + version + " built with " + String.join(" ", BUILD_OPTIONS) + "\n";
    }

    /** True unless the marker matches and the build output is not newer than the marker. */
    static boolean needsBuild(Path home, String expectedMarker) throws IOException {
        Path marker = home.resolve(MARKER);
        Path output = home.resolve(BUILD_OUTPUT);
        if (!Files.isRegularFile(marker) || !Files.isRegularFile(output)) {
            return true;
        }
        if (!Files.readString(marker, StandardCharsets.UTF_8).equals(expectedMarker)) {
            return true;
        }
        return Files.getLastModifiedTime(output).compareTo(Files.getLastModifiedTime(marker)) > 0;
    }

    /**
     * Unpacks {@code zip} into {@code home}, dropping the zip's top-level folder and keeping Unix file modes;
     * goes through a temporary sibling directory so an interrupted unpack leaves nothing half-done behind.
     */
    static void unpack(Path zip, Path home, Progress progress) throws IOException {
        Progress.Step step = progress.begin("keycloak", "unpacking " + zip.getFileName());
        Path partial = home.resolveSibling(home.getFileName() + ".partial-" + ProcessHandle.current().pid());
        deleteRecursively(partial);
        try {
            extract(zip, partial, step);
        } catch (IOException | RuntimeException e) {
            deleteRecursively(partial);
            step.fail("unpacking failed");
            throw e;
        }
        deleteRecursively(home);
        Files.move(partial, home);
        step.done("unpacked into " + home);
    }

    private static void extract(Path zip, Path partial, Progress.Step step) throws IOException {
        try (ZipFile zipFile = ZipFile.builder().setPath(zip).get()) {
            List<ZipArchiveEntry> entries = Collections.list(zipFile.getEntries());
            long total = Math.max(1, entries.stream().mapToLong(entry -> Math.max(0, entry.getSize())).sum());
            long done = 0;
            for (ZipArchiveEntry entry : entries) {
                String relative = stripTopLevel(entry.getName());
                if (relative.isEmpty()) {
                    continue;
                }
                Path target = partial.resolve(relative).normalize();
                if (!target.startsWith(partial)) {
                    throw new IOException("zip entry outside the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zipFile.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
                    in.transferTo(out);
                }
                if ((entry.getUnixMode() & 0100) != 0 || (relative.startsWith("bin/") && relative.endsWith(".sh"))) {
                    target.toFile().setExecutable(true, false);
                }
                done += Math.max(0, entry.getSize());
                step.activity("unpacking " + (100 * done / total) + "%");
            }
        }
    }

    static String stripTopLevel(String name) {
        int slash = name.indexOf('/');
        return slash < 0 ? "" : name.substring(slash + 1);
    }

    private static void build(Path home, Path buildLog, String marker, Progress progress)
            throws IOException, InterruptedException {
        Files.deleteIfExists(home.resolve(MARKER));
        Progress.Step step = progress.begin("keycloak", "building, once per Keycloak version");
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/kc.sh").toString());
        command.add("build");
        command.addAll(BUILD_OPTIONS);
        ManagedProcess build = ManagedProcess.start("keycloak-build", command,
                Map.of("JAVA_HOME", System.getProperty("java.home")), home, buildLog);
        boolean finished;
        try {
            finished = build.waitFor(Duration.ofMinutes(10));
        } catch (InterruptedException e) {
            build.stop(Duration.ofSeconds(10));
            step.fail("build interrupted");
            throw e;
        }
        if (!finished) {
            build.stop(Duration.ofSeconds(10));
            step.fail("build did not finish within 10 minutes");
            throw new StartupException("keycloak", "kc.sh build did not finish within 10 minutes", buildLog);
        }
        int exit = build.exitCode().orElse(-1);
        if (exit != 0) {
            step.fail("build failed");
            throw new StartupException("keycloak", "kc.sh build failed with exit code " + exit, buildLog);
        }
        Files.writeString(home.resolve(MARKER), marker, StandardCharsets.UTF_8);
        step.done("built for PostgreSQL");
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Collections.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
