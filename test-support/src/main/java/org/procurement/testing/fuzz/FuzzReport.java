package org.procurement.testing.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** Per operation: how many inputs were tried, of which kinds, what came back, and how many faults were found. */
final class FuzzReport {

    static final class Tally {
        int inputs;
        int success;
        int clientError;
        int echoChecks;
        int faults;
        long millis;
        final Map<FuzzInput.Kind, Integer> kinds = new EnumMap<>(FuzzInput.Kind.class);
        final Map<Integer, Integer> statuses = new TreeMap<>();
    }

    private final String service;
    private final long seed;
    private final Map<String, Tally> operations = new TreeMap<>();

    FuzzReport(String service, long seed) {
        this.service = service;
        this.seed = seed;
    }

    synchronized Tally of(String operation) {
        return operations.computeIfAbsent(operation, key -> new Tally());
    }

    String summaryLine(String operation) {
        Tally tally = of(operation);
        return String.format("fuzz %-50s %4d inputs  %4d 2xx  %4d 4xx  %3d verbatim checks  %2d faults  %5d ms",
                operation, tally.inputs, tally.success, tally.clientError, tally.echoChecks, tally.faults, tally.millis);
    }

    synchronized void write(Path file) {
        StringBuilder out = new StringBuilder();
        out.append("# Fuzz report: ").append(service).append("\n\n")
                .append("Seed ").append(seed).append(" (replay with -Dfuzz.seed=").append(seed)
                .append("; -Dfuzz.inputs sets inputs per operation).\n\n")
                .append("| Operation | Inputs | 2xx | 4xx | Verbatim checks | Faults | Statuses | Kinds | ms |\n")
                .append("|---|---:|---:|---:|---:|---:|---|---|---:|\n");
        int total = 0;
        long millis = 0;
        for (Map.Entry<String, Tally> entry : operations.entrySet()) {
            Tally t = entry.getValue();
            total += t.inputs;
            millis += t.millis;
            out.append("| `").append(entry.getKey()).append("` | ").append(t.inputs).append(" | ").append(t.success)
                    .append(" | ").append(t.clientError).append(" | ").append(t.echoChecks).append(" | ")
                    .append(t.faults).append(" | ").append(t.statuses).append(" | ").append(t.kinds).append(" | ")
                    .append(t.millis).append(" |\n");
        }
        out.append("\n").append(operations.size()).append(" operations, ").append(total).append(" inputs, ")
                .append(millis).append(" ms.\n");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
