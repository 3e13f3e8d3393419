package org.procurement.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a fake distribution whose kc.sh only records how it was called. */
class KeycloakDistributionTest {

    private static final String FAKE_KC_SH = """
            #!/bin/sh
            home="$(dirname "$0")/.."
            echo "$@" >> "$home/build-calls.txt"
            [ -n "$FAIL_BUILD" ] && [ -f "$home/fail" ] && { echo "build exploded"; exit 1; }
            mkdir -p "$home/lib/quarkus" && echo built > "$home/lib/quarkus/generated-bytecode.jar"
            """;

    @TempDir
    Path dir;

    @Test
    void unpacksWithoutTheTopLevelFolderKeepingExecutableBits() throws IOException {
        Path zip = fakeZip(Map.of("bin/kc.sh", FAKE_KC_SH, "bin/tool", "#!/bin/sh\n", "conf/keycloak.conf", "# conf\n"));
        Path home = dir.resolve("cache/keycloak-9.9.9");
        KeycloakDistribution.unpack(zip, home, Progress.silent());
        assertTrue(Files.isExecutable(home.resolve("bin/kc.sh")));
        assertTrue(Files.isExecutable(home.resolve("bin/tool")), "mode 755 from the zip");
        assertFalse(Files.isExecutable(home.resolve("conf/keycloak.conf")));
        assertEquals("# conf\n", Files.readString(home.resolve("conf/keycloak.conf")));
        try (var siblings = Files.list(home.getParent())) {
            assertEquals(List.of(home), siblings.toList(), "no partial directory left");
        }
    }

    @Test
    void refusesEntriesOutsideTheTarget() throws IOException {
        Path zip = fakeZip(Map.of("../evil.sh", "boom"));
        Path home = dir.resolve("cache/keycloak-9.9.9");
        assertThrows(IOException.class, () -> KeycloakDistribution.unpack(zip, home, Progress.silent()));
        assertFalse(Files.exists(home));
        assertFalse(Files.exists(dir.resolve("cache/evil.sh")));
    }

    @Test
    void buildsOnceAndAgainWhenTheBuildIsStale() throws IOException {
        BuildInfo info = new BuildInfo("9.9.9", fakeZip(Map.of("bin/kc.sh", FAKE_KC_SH)));
        Path cache = dir.resolve("cache");
        Path home = cache.resolve("keycloak-9.9.9");

        KeycloakDistribution.prepare(info, cache, dir.resolve("build.log"), Progress.silent());
        KeycloakDistribution.prepare(info, cache, dir.resolve("build.log"), Progress.silent());
        assertEquals(List.of("build --db=postgres --health-enabled=true"), buildCalls(home), "built once");

        // built for something else (an older launcher, other flags): rebuilt
        Files.writeString(home.resolve(KeycloakDistribution.MARKER), "keycloak 9.9.9 built with --db=dev-file\n");
        KeycloakDistribution.prepare(info, cache, dir.resolve("build.log"), Progress.silent());
        assertEquals(2, buildCalls(home).size());

        // re-augmented behind our back (kc.sh start without --optimized): rebuilt
        Files.setLastModifiedTime(home.resolve("lib/quarkus/generated-bytecode.jar"), FileTime.from(Instant.now().plusSeconds(60)));
        KeycloakDistribution.prepare(info, cache, dir.resolve("build.log"), Progress.silent());
        assertEquals(3, buildCalls(home).size());
        assertFalse(KeycloakDistribution.needsBuild(home, KeycloakDistribution.marker("9.9.9")));
        assertTrue(KeycloakDistribution.needsBuild(home, KeycloakDistribution.marker("9.9.10")));
    }

    @Test
    void aFailedBuildNamesKeycloakAndItsLog() throws IOException {
        String failing = FAKE_KC_SH.replace("[ -n \"$FAIL_BUILD\" ] && ", "");
        BuildInfo info = new BuildInfo("9.9.9", fakeZip(Map.of("bin/kc.sh", failing, "fail", "")));
        Path log = dir.resolve("logs/keycloak-build.log");
        StartupException e = assertThrows(StartupException.class,
                () -> KeycloakDistribution.prepare(info, dir.resolve("cache"), log, Progress.silent()));
        assertEquals("keycloak", e.part());
        assertEquals(log, e.log().orElseThrow());
        assertTrue(LogTail.lastLines(log, 20).contains("build exploded"));
        assertTrue(KeycloakDistribution.needsBuild(dir.resolve("cache/keycloak-9.9.9"), KeycloakDistribution.marker("9.9.9")));
    }

    @Test
    void missingZipSaysHowToGetIt() {
        BuildInfo info = new BuildInfo("9.9.9", dir.resolve("nowhere.zip"));
        StartupException e = assertThrows(StartupException.class,
                () -> KeycloakDistribution.prepare(info, dir.resolve("cache"), dir.resolve("build.log"), Progress.silent()));
        assertTrue(e.getMessage().contains("./mvnw -pl local-stack package"), e.getMessage());
    }

    @Test
    void stripsTheTopLevelFolder() {
        assertEquals("bin/kc.sh", KeycloakDistribution.stripTopLevel("keycloak-26.7.3/bin/kc.sh"));
        assertEquals("", KeycloakDistribution.stripTopLevel("keycloak-26.7.3/"));
        assertEquals("", KeycloakDistribution.stripTopLevel("README"));
    }

    private List<String> buildCalls(Path home) throws IOException {
        return Files.readAllLines(home.resolve("build-calls.txt"));
    }

    private Path fakeZip(Map<String, String> files) throws IOException {
        Path zip = dir.resolve("keycloak-quarkus-dist-9.9.9.zip");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
            ZipArchiveEntry top = new ZipArchiveEntry("keycloak-9.9.9/");
            out.putArchiveEntry(top);
            out.closeArchiveEntry();
            for (Map.Entry<String, String> file : files.entrySet()) {
                ZipArchiveEntry entry = new ZipArchiveEntry("keycloak-9.9.9/" + file.getKey());
                entry.setUnixMode(file.getKey().startsWith("bin/") ? 0100755 : 0100644);
                out.putArchiveEntry(entry);
                out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeArchiveEntry();
            }
        }
        return zip;
    }
}
