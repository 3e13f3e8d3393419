package org.procurement.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A service's trained AOT cache (JDK 25, {@code target/quarkus-app/app.aot}, written when {@code ./mvnw verify}
 * runs the packaged-app tests on JDK 25): used only when this JDK can read it and no file of the app is newer than
 * it. A cache older than the jars it was trained on would be refused by the JVM, and with {@code -XX:AOTMode=on} a
 * refused cache stops the service at start rather than running silently without it.
 */
public record AotCache(Optional<Path> file, String why) {

    static final int FIRST_JDK = 25;
    static final String FILE_NAME = "app.aot";

    /** The cache beside {@code quarkus-run.jar}, or why there is none to use. */
    public static AotCache of(Path serviceJar, int jdkFeature) {
        Path app = serviceJar.getParent();
        Path cache = app.resolve(FILE_NAME);
        if (!Files.isRegularFile(cache)) {
            return none("no trained AOT cache (./mvnw verify on JDK " + FIRST_JDK + " trains one)");
        }
        if (jdkFeature < FIRST_JDK) {
            return none("AOT cache not used: this JDK is " + jdkFeature + ", the cache needs " + FIRST_JDK);
        }
        try (Stream<Path> files = Files.walk(app)) {
            FileTime trained = Files.getLastModifiedTime(cache);
            Optional<Path> newer = files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("app.aot"))
                    .filter(f -> modified(f).compareTo(trained) > 0)
                    .findFirst();
            if (newer.isPresent()) {
                return none("AOT cache not used: " + app.relativize(newer.get()) + " is newer than it (./mvnw verify"
                        + " trains a new one)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AotCache(Optional.of(cache), "trained AOT cache " + cache.getFileName());
    }

    /** The JVM options that use the cache, and fail the start if the JVM refuses it. */
    public List<String> jvmOptions() {
        return file.map(f -> List.of("-XX:AOTCache=" + f, "-XX:AOTMode=on")).orElse(List.of());
    }

    private static AotCache none(String why) {
        return new AotCache(Optional.empty(), why);
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
