package org.procurement.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The database ceiling: pgbench running a scenario's SQL, closed loop, at the scenario's concurrency. */
final class PgBench {

    private PgBench() {
    }

    /**
     * @param sessionOptions the service's own session settings (its JDBC {@code options}, e.g. no generic plans, no
     *                       parallel workers), given to pgbench's sessions through PGOPTIONS so that the ceiling
     *                       plans and runs the statements as the service's connections do; empty for none
     */
    static LoadGen.Result run(String label, Path script, List<String> defines, Path workDir, int port, String user, String database,
                              int clients, int seconds, String sessionOptions) throws IOException, InterruptedException {
        Path logDir = Files.createDirectories(workDir.resolve("pgbench-" + label.replaceAll("[^A-Za-z0-9]+", "-")));
        try (Stream<Path> old = Files.list(logDir)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        List<String> command = new ArrayList<>(List.of("pgbench", "-n", "-M", "prepared", "-c", Integer.toString(clients),
                "-j", "2", "-T", Integer.toString(seconds), "-l", "--log-prefix=" + logDir.resolve("tx"),
                "-f", script.toString(), "-h", "localhost", "-p", Integer.toString(port), "-U", user));
        for (String define : defines) {
            command.add("-D");
            command.add(define);
        }
        command.add(database);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", user);
        if (!sessionOptions.isBlank()) {
            builder.environment().put("PGOPTIONS", sessionOptions);
        }
        builder.directory(logDir.toFile());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(seconds + 60L, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("pgbench failed: " + out);
        }
        Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(out);
        double throughput = tps.find() ? Double.parseDouble(tps.group(1)) : 0;
        Matcher failed = Pattern.compile("number of failed transactions: (\\d+)").matcher(out);
        long errors = failed.find() ? Long.parseLong(failed.group(1)) : 0;
        List<Long> micros = new ArrayList<>();
        try (Stream<Path> logs = Files.list(logDir)) {
            for (Path log : logs.toList()) {
                for (String line : Files.readAllLines(log)) {
                    String[] f = line.split(" ");
                    if (f.length > 2) {
                        micros.add(Long.parseLong(f[2]));
                    }
                }
            }
        }
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        return new LoadGen.Result(label, -1, throughput, sorted.length, errors, seconds,
                pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0,
                null);
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1000.0;
    }

    static String describe(List<String> sql) {
        return String.join("\n", sql);
    }

    static List<String> split(String text) {
        return Arrays.asList(text.split("\n"));
    }
}
