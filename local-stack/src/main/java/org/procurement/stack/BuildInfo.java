package org.procurement.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Facts the Maven build wrote into {@code local-stack.properties}: Keycloak's version and where its zip is, and where
 * the mail server's jar is.
 */
public record BuildInfo(String keycloakVersion, Path keycloakZip) {

    public static BuildInfo load() {
        Properties properties = properties();
        String version = properties.getProperty("keycloak.version");
        return new BuildInfo(version, resolveZip(properties.getProperty("keycloak.zip"), version));
    }

    /** The mail server's runnable jar (GreenMail standalone), fetched by the build like Keycloak's zip. */
    public static Path mailJar() {
        Properties properties = properties();
        String filtered = properties.getProperty("mail.jar");
        String version = properties.getProperty("mail.version");
        Path jar = filtered != null && !filtered.isBlank() && !filtered.contains("${") ? Path.of(filtered)
                : Path.of(System.getProperty("user.home"), ".m2", "repository", "com", "icegreen",
                        "greenmail-standalone", version, "greenmail-standalone-" + version + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new StartupException("mail", "GreenMail " + version + " not found at " + jar
                    + "; run ./mvnw -pl local-stack package to download it", null);
        }
        return jar;
    }

    private static Properties properties() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/local-stack.properties")) {
            if (in == null) {
                throw new IllegalStateException("local-stack.properties missing from the classpath");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The filtered path, or the default local repository location if the build could not tell. */
    static Path resolveZip(String filtered, String version) {
        if (filtered != null && !filtered.isBlank() && !filtered.contains("${")) {
            return Path.of(filtered);
        }
        return Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "keycloak",
                "keycloak-quarkus-dist", version, "keycloak-quarkus-dist-" + version + ".zip");
    }

    /** Fails with a hint how to get the zip when it is not there. */
    public Path requireKeycloakZip() {
        if (!Files.isRegularFile(keycloakZip)) {
            throw new StartupException("keycloak", "Keycloak " + keycloakVersion + " distribution not found at " + keycloakZip
                    + "; run ./mvnw -pl local-stack package to download it", null);
        }
        return keycloakZip;
    }
}
