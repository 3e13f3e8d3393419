package org.procurement.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AotCacheTest {

    private static final Instant BUILT = Instant.parse("2026-12-04T10:00:00Z");

    @TempDir
    Path app;

    private Path file(String name, Instant modified) throws Exception {
        Path file = app.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, name);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    @Test
    void aCacheTrainedAfterTheJarsIsUsedAndMustBeAccepted() throws Exception {
        Path jar = file("quarkus-run.jar", BUILT);
        file("lib/main/io.quarkus.quarkus-core.jar", BUILT);
        file("app.aotconf", BUILT.plusSeconds(120));
        Path cache = file("app.aot", BUILT.plusSeconds(60));
        AotCache found = AotCache.of(jar, 25);
        assertEquals(List.of("-XX:AOTCache=" + cache, "-XX:AOTMode=on"), found.jvmOptions());
    }

    @Test
    void aJarRebuiltAfterTrainingMakesTheCacheUnusedNamingTheJar() throws Exception {
        Path jar = file("quarkus-run.jar", BUILT);
        file("app.aot", BUILT.plusSeconds(60));
        file("app/catalog-service-1.0.0-SNAPSHOT.jar", BUILT.plusSeconds(300));
        AotCache found = AotCache.of(jar, 25);
        assertEquals(List.of(), found.jvmOptions());
        assertTrue(found.why().contains("app/catalog-service-1.0.0-SNAPSHOT.jar is newer"), found.why());
    }

    @Test
    void anOlderJdkRunsWithoutTheCache() throws Exception {
        Path jar = file("quarkus-run.jar", BUILT);
        file("app.aot", BUILT.plusSeconds(60));
        AotCache found = AotCache.of(jar, 17);
        assertEquals(List.of(), found.jvmOptions());
        assertTrue(found.why().contains("this JDK is 17"), found.why());
    }

    @Test
    void withoutACacheNothingIsAdded() throws Exception {
        Path jar = file("quarkus-run.jar", BUILT);
        assertEquals(List.of(), AotCache.of(jar, 25).jvmOptions());
    }
}
