package org.procurement.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PidFileTest {

    @TempDir
    Path dir;

    @Test
    void recordsPartsInStartOrder() {
        PidFile pidFile = new PidFile(dir.resolve("state/stack.pids"));
        pidFile.record(PidFile.LAUNCHER, List.of(ProcessHandle.current()));
        pidFile.record("postgres", List.of(ProcessHandle.current()));
        pidFile.record("keycloak", List.of(ProcessHandle.current(), ProcessHandle.current()));
        pidFile.record("postgres", List.of(ProcessHandle.current()));
        assertEquals(List.of("launcher", "postgres", "keycloak"), List.copyOf(pidFile.read().keySet()));
        assertEquals(2, pidFile.read().get("keycloak").size());
        assertEquals(ProcessHandle.current().pid(), pidFile.liveLauncher().orElseThrow().pid());

        pidFile.remove("keycloak");
        pidFile.remove("postgres");
        assertEquals(List.of("launcher"), List.copyOf(pidFile.read().keySet()));
        pidFile.remove("launcher");
        assertFalse(Files.exists(pidFile.path()), "removing the last part removes the file");
    }

    @Test
    void aReusedPidIsNotMistakenForTheRecordedProcess() {
        long pid = ProcessHandle.current().pid();
        long start = ProcessHandle.current().info().startInstant().orElseThrow().toEpochMilli();
        assertTrue(new PidFile.ProcessRef(pid, start).live().isPresent());
        assertFalse(new PidFile.ProcessRef(pid, start - 60_000).live().isPresent());
        assertFalse(new PidFile.ProcessRef(Long.MAX_VALUE / 2, start).live().isPresent());
    }

    @Test
    void skipsGarbageLines() throws Exception {
        Path file = dir.resolve("stack.pids");
        Files.writeString(file, "# comment\nlauncher 12@34\nbroken x@y\n\nkeycloak 56 78@90\n");
        var entries = new PidFile(file).read();
        assertEquals(List.of("launcher", "keycloak"), List.copyOf(entries.keySet()));
        assertEquals(new PidFile.ProcessRef(56, 0), entries.get("keycloak").get(0));
    }
}
