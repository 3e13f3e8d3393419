package org.procurement.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting, waiting for and stopping real child processes, with {@link StandInService} as the service. */
class ProcessesTest {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path dir;

    @Test
    void startsAServiceWithItsEnvironmentWaitsUntilReadyAndStopsIt() throws Exception {
        StackSettings settings = StackSettings.forTests(dir, dir.resolve("state"));
        writeStandInJar(settings.serviceJar(ServiceSpec.REQUEST));
        Files.createDirectories(settings.logsDir());

        ServiceProcess service = ServiceProcess.start(ServiceSpec.REQUEST, settings);
        try {
            Readiness.awaitAll(List.of(service.readiness()), Duration.ofSeconds(30), Progress.silent().begin("t", "t"));
            String env = get(settings.serviceUrl(ServiceSpec.REQUEST) + "/env");
            assertTrue(env.contains("DB_URL=" + settings.jdbcUrl(Database.REQUEST)), env);
            assertTrue(env.contains("OIDC_CLIENT_SECRET=request-service-demo-secret"), env);
            assertTrue(env.contains("CATALOG_URL=" + settings.serviceUrl(ServiceSpec.CATALOG)), env);
            assertTrue(env.contains("QUARKUS_PROFILE=prod,demo"), env);
        } finally {
            service.close();
        }
        assertFalse(service.process().isAlive());
        assertTrue(FreePorts.isFree(settings.servicePort(ServiceSpec.REQUEST)));
        assertTrue(Files.readString(settings.logFile("request-service")).contains("stand-in: listening"));
    }

    @Test
    void aServiceThatDiesIsReportedWithItsLog() throws Exception {
        Path log = dir.resolve("logs/dying.log");
        ManagedProcess process = ManagedProcess.start("dying", standInCommand(),
                Map.of("FAIL", "1", "HTTP_PORT", Integer.toString(FreePorts.find())), dir, log);
        StartupException e = assertThrows(StartupException.class, () -> Readiness.awaitAll(
                List.of(new Readiness.Target("dying", URI.create("http://127.0.0.1:1/q/health/ready"), process)),
                Duration.ofSeconds(30), Progress.silent().begin("t", "t")));
        assertEquals("dying", e.part());
        assertEquals("dying: exited with code 3 before it was ready", e.getMessage());
        assertEquals(List.of("stand-in: failing on purpose"), LogTail.lastLines(e.log().orElseThrow(), 20));
    }

    @Test
    void aServiceThatIsNotReadyInTimeIsReported() throws Exception {
        int port = FreePorts.find();
        ManagedProcess process = ManagedProcess.start("slow", standInCommand(),
                Map.of("READY_AFTER_MS", "60000", "HTTP_PORT", Integer.toString(port)), dir, dir.resolve("slow.log"));
        try {
            StartupException e = assertThrows(StartupException.class, () -> Readiness.awaitAll(
                    List.of(new Readiness.Target("slow", URI.create("http://127.0.0.1:" + port + "/q/health/ready"), process)),
                    Duration.ofSeconds(3), Progress.silent().begin("t", "t")));
            assertTrue(e.getMessage().startsWith("slow: not ready after 3 s"), e.getMessage());
        } finally {
            process.stop(Duration.ofSeconds(10));
        }
        assertFalse(process.isAlive());
    }

    @Test
    void logsOfTheRunBeforeAreKept() throws Exception {
        Path log = dir.resolve("logs/x.log");
        for (String word : List.of("first", "second")) {
            ManagedProcess process = ManagedProcess.start("x", List.of("/bin/echo", word), Map.of(), dir, log);
            assertTrue(process.waitFor(Duration.ofSeconds(10)));
        }
        assertEquals(List.of("second"), LogTail.lastLines(log, 5));
        assertEquals(List.of("first"), LogTail.lastLines(dir.resolve("logs/x.previous.log"), 5));
    }

    @Test
    void childrenRunInTheirOwnSessionSoCtrlCReachesOnlyTheLauncher() throws Exception {
        ManagedProcess process = ManagedProcess.start("sleeper", List.of("/bin/sleep", "30"), Map.of(), dir, dir.resolve("s.log"));
        try {
            // setsid(1) may still be on its way to the setsid(2) call right after start()
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            String session;
            do {
                String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
                session = stat.substring(stat.lastIndexOf(')') + 2).split(" ")[3];
            } while (!session.equals(Long.toString(process.pid())) && System.nanoTime() < deadline);
            assertEquals(Long.toString(process.pid()), session, "session id = own pid (setsid without fork)");
        } finally {
            process.stop(Duration.ofSeconds(5));
        }
    }

    @Test
    void theStopperEndsLeftoverProcessTreesOfAKilledLauncher() throws Exception {
        // a shell that ignores SIGTERM and has a child: needs SIGKILL after the grace time for the shell,
        // while the recorded child goes with SIGKILL too
        ManagedProcess tree = ManagedProcess.start("stubborn",
                List.of("/bin/sh", "-c", "trap '' TERM; sleep 60 & wait"), Map.of(), dir, dir.resolve("stubborn.log"));
        ManagedProcess polite = ManagedProcess.start("polite", List.of("/bin/sleep", "60"), Map.of(), dir, dir.resolve("p.log"));
        Thread.sleep(300);
        List<ProcessHandle> recorded = new ArrayList<>(tree.tree());
        assertEquals(2, recorded.size(), "shell and its sleep");
        PidFile pidFile = new PidFile(dir.resolve("stack.pids"));
        pidFile.record(PidFile.LAUNCHER, List.of(deadProcess()));
        pidFile.record("polite", List.of(polite.handle()));
        pidFile.record("stubborn", recorded);

        assertTrue(pidFile.liveLauncher().isEmpty());
        assertTrue(new StackStopper(pidFile, Progress.silent(), Duration.ofSeconds(2)).stop(Duration.ofSeconds(5)));
        for (ProcessHandle handle : recorded) {
            assertFalse(handle.isAlive());
        }
        assertFalse(polite.isAlive());
        assertFalse(Files.exists(pidFile.path()));
        assertFalse(new StackStopper(pidFile, Progress.silent()).stop(Duration.ofSeconds(5)), "nothing left to stop");
    }

    private ProcessHandle deadProcess() throws Exception {
        Process process = new ProcessBuilder("/bin/true").start();
        process.waitFor();
        return process.toHandle();
    }

    private static List<String> standInCommand() {
        return List.of(JAVA, "-cp", System.getProperty("java.class.path"), StandInService.class.getName());
    }

    /** A runnable jar holding only StandInService, where the stack expects the service's quarkus-run.jar. */
    static void writeStandInJar(Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, StandInService.class.getName());
        String classFile = StandInService.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (String name : List.of(classFile)) {
                out.putNextEntry(new JarEntry(name));
                try (var in = StandInService.class.getClassLoader().getResourceAsStream(name)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }

    private static String get(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
