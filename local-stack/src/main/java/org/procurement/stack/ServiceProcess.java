package org.procurement.stack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One service started as {@code java -jar <svc>/target/quarkus-app/quarkus-run.jar}, configured by environment. */
public final class ServiceProcess implements AutoCloseable {

    private final ServiceSpec spec;
    private final ManagedProcess process;
    private final StackSettings settings;
    private final AotCache aotCache;

    private ServiceProcess(ServiceSpec spec, ManagedProcess process, StackSettings settings, AotCache aotCache) {
        this.spec = spec;
        this.process = process;
        this.settings = settings;
        this.aotCache = aotCache;
    }

    public static ServiceProcess start(ServiceSpec spec, StackSettings settings) throws IOException {
        Path jar = settings.serviceJar(spec);
        if (!Files.isRegularFile(jar)) {
            throw new StartupException(spec.name(), jar + " not found; build it with ./mvnw -B package -DskipTests", null);
        }
        AotCache aotCache = AotCache.of(jar, Runtime.version().feature());
        ManagedProcess process = ManagedProcess.start(spec.name(), command(spec, settings, aotCache),
                environment(spec, settings), settings.root().resolve(spec.name()), settings.logFile(spec.name()));
        return new ServiceProcess(spec, process, settings, aotCache);
    }

    static List<String> command(ServiceSpec spec, StackSettings settings, AotCache aotCache) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(settings.serviceJvmOptions());
        command.addAll(aotCache.jvmOptions());
        command.add("-jar");
        command.add(settings.serviceJar(spec).toString());
        return command;
    }

    static Map<String, String> environment(ServiceSpec spec, StackSettings settings) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_PROFILE", "prod,demo");
        // glibc gives each thread that allocates its own malloc arena (64 MB reserved each); two are plenty here
        env.put("MALLOC_ARENA_MAX", "2");
        env.put("HTTP_PORT", Integer.toString(settings.servicePort(spec)));
        // demo credentials inside: listen on loopback only
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("MANAGEMENT_PORT", Integer.toString(settings.managementPort(spec)));
        env.put("MANAGEMENT_HOST", "127.0.0.1");
        env.put("DB_URL", settings.jdbcUrl(spec.database()));
        env.put("DB_USER", spec.database().user());
        env.put("DB_PASSWORD", settings.database(spec.database()).password());
        // Migrations as the database's owner; the service runs as a role that owns nothing.
        env.put("DB_OWNER_USER", spec.database().owner());
        env.put("DB_OWNER_PASSWORD", settings.database(spec.database()).ownerPassword());
        env.put("OIDC_SERVER_URL", settings.realmUrl());
        env.put("CATALOG_URL", settings.serviceUrl(ServiceSpec.CATALOG));
        env.put("REQUEST_URL", settings.serviceUrl(ServiceSpec.REQUEST));
        env.put("APPROVAL_URL", settings.serviceUrl(ServiceSpec.APPROVAL));
        // The stack's own mail server: plain SMTP on loopback (a real relay needs STARTTLS, the services' default).
        env.put("SMTP_HOST", "127.0.0.1");
        env.put("SMTP_PORT", Integer.toString(settings.mailPort()));
        env.put("SMTP_START_TLS", "DISABLED");
        spec.clientSecret().ifPresent(secret -> env.put("OIDC_CLIENT_SECRET", secret));
        env.putAll(AuditKeys.environment(spec, System.getenv()));
        // Plain-text logs for people reading them locally (production writes JSON); LOG_JSON=true ./run.sh for JSON.
        env.put("LOG_JSON", System.getenv().getOrDefault("LOG_JSON", "false"));
        return env;
    }

    public Readiness.Target readiness() {
        return new Readiness.Target(spec.name(), URI.create(settings.managementUrl(spec) + "/q/health/ready"), process);
    }

    public ServiceSpec spec() {
        return spec;
    }

    /** The AOT cache the service was started with, or why it was started without one. */
    public AotCache aotCache() {
        return aotCache;
    }

    public ManagedProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(20));
    }
}
