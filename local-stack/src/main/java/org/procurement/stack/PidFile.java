package org.procurement.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which processes the running stack started, so that {@code run.sh stop} (another JVM) can stop them,
 * and a new start can clean up after a launcher that was killed. One line per part, in start order:
 * {@code <part> <pid>@<start-epoch-millis> ...}; the start time guards against reused pids.
 */
public final class PidFile {

    public static final String LAUNCHER = "launcher";

    /** A process as recorded: its pid and when it started. */
    public record ProcessRef(long pid, long startMillis) {

        static ProcessRef of(ProcessHandle handle) {
            return new ProcessRef(handle.pid(),
                    handle.info().startInstant().map(Instant::toEpochMilli).orElse(0L));
        }

        /** The live process this refers to, if it still runs (same pid and same start time). */
        public Optional<ProcessHandle> live() {
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(handle -> {
                long actual = handle.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
                return startMillis == 0 || actual == 0 || Math.abs(actual - startMillis) < 1000;
            });
        }

        @Override
        public String toString() {
            return pid + "@" + startMillis;
        }

        static ProcessRef parse(String text) {
            int at = text.indexOf('@');
            if (at < 0) {
                return new ProcessRef(Long.parseLong(text), 0);
            }
            return new ProcessRef(Long.parseLong(text.substring(0, at)), Long.parseLong(text.substring(at + 1)));
        }
    }

    private final Path file;

    public PidFile(Path file) {
        this.file = file;
    }

    public Path path() {
        return file;
    }

    /** Adds or replaces the processes of {@code part}. */
    public synchronized void record(String part, List<ProcessHandle> processes) {
        Map<String, List<ProcessRef>> entries = read();
        entries.put(part, processes.stream().map(ProcessRef::of).toList());
        write(entries);
    }

    public synchronized void remove(String part) {
        Map<String, List<ProcessRef>> entries = read();
        if (entries.remove(part) != null) {
            if (entries.isEmpty()) {
                delete();
            } else {
                write(entries);
            }
        }
    }

    /** Parts in start order; empty if there is no file. Unreadable lines are skipped. */
    public synchronized Map<String, List<ProcessRef>> read() {
        Map<String, List<ProcessRef>> entries = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return entries;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] fields = line.trim().split("\\s+");
                if (fields.length < 2 || fields[0].startsWith("#")) {
                    continue;
                }
                List<ProcessRef> refs = new ArrayList<>();
                try {
                    for (int i = 1; i < fields.length; i++) {
                        refs.add(ProcessRef.parse(fields[i]));
                    }
                } catch (NumberFormatException e) {
                    continue;
                }
                entries.put(fields[0], refs);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** The recorded launcher, if it is still running. */
    public Optional<ProcessHandle> liveLauncher() {
        return read().getOrDefault(LAUNCHER, List.of()).stream()
                .map(ProcessRef::live).flatMap(Optional::stream).findFirst();
    }

    public synchronized void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Map<String, List<ProcessRef>> entries) {
        StringBuilder text = new StringBuilder("# processes of the local stack: part pid@start-millis...\n");
        entries.forEach((part, refs) -> {
            text.append(part);
            refs.forEach(ref -> text.append(' ').append(ref));
            text.append('\n');
        });
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
