package org.procurement.stack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The stack's mail server: GreenMail standalone, a real SMTP server that keeps what it receives in memory and shows
 * it over HTTP ({@code /api/user/<address>/messages/INBOX}, and an API page at its root). Loopback only; any
 * sender, no authentication, nothing kept after it stops: for the demo and the system tests, never for real mail.
 */
public final class SmtpServer implements AutoCloseable {

    private final ManagedProcess process;
    private final StackSettings settings;

    private SmtpServer(ManagedProcess process, StackSettings settings) {
        this.process = process;
        this.settings = settings;
    }

    public static SmtpServer start(Path jar, StackSettings settings) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // GreenMail keeps every mail in memory: 64 MB ran out after some ten thousand notices in a bench run
                "-Xmx256m", "-XX:+UseSerialGC",
                "-Dgreenmail.smtp.hostname=127.0.0.1", "-Dgreenmail.smtp.port=" + settings.mailPort(),
                "-Dgreenmail.api.hostname=127.0.0.1", "-Dgreenmail.api.port=" + settings.mailViewPort(),
                "-Dgreenmail.auth.disabled",
                "-jar", jar.toString());
        ManagedProcess process = ManagedProcess.start("mail", command, Map.of(), settings.stateDir(),
                settings.logFile("mail"));
        return new SmtpServer(process, settings);
    }

    public Readiness.Target readiness() {
        return new Readiness.Target("mail", URI.create(settings.mailViewUrl() + "/api/service/readiness"), process,
                "Service running");
    }

    public ManagedProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(10));
    }
}
