package org.procurement.bench;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** docs/benchmarks.md, its charts (XChart PNGs) and the plain-text summary. */
final class Report {

    private final Bench bench;
    private final double minutes;
    private final String loadAtEnd;

    Report(Bench bench, double minutes) {
        this.bench = bench;
        this.minutes = minutes;
        this.loadAtEnd = loadAverage();
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    static String command(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor();
            return out;
        } catch (IOException | InterruptedException e) {
            return "?";
        }
    }

    static String machine() {
        String cpu = "?";
        long memKb = 0;
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.replaceFirst(".*:\\s*", "")).orElse("?");
            memKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).orElse(0L);
        } catch (IOException e) {
            // unknown
        }
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), "
                + String.format("%.1f GiB", memKb / 1048576.0) + " memory, Linux " + System.getProperty("os.version")
                + ", Java " + System.getProperty("java.version");
    }

    private boolean noisy() {
        return bench.plan.quick() || Double.parseDouble(bench.loadAtStart.split(" ")[0]) > 1.5;
    }

    void write(Path markdown, Path chartDir) throws IOException {
        Files.createDirectories(chartDir);
        try (var old = Files.list(chartDir)) {
            for (Path p : old.filter(p -> p.toString().endsWith(".png")).toList()) {
                Files.delete(p);
            }
        }
        StringBuilder md = new StringBuilder();
        String commit = command("git", "-C", bench.root.toString(), "rev-parse", "--short", "HEAD");
        String dirty = command("git", "-C", bench.root.toString(), "status", "--porcelain", "--untracked-files=no", "--",
                "catalog-service", "request-service", "approval-service", "service-support", "outbox").isEmpty() ? "" : " (services modified locally)";
        md.append("# Benchmarks\n\n");
        md.append("Written by `bench/run.sh").append(bench.plan.quick() ? " --quick" : "").append("` (see bench/README.md). ");
        md.append("Do not edit by hand: the next run replaces this file.\n\n");
        if (noisy()) {
            md.append("> **NOISY RUN — read ratios, not absolute numbers.** ");
            if (bench.plan.quick()) {
                md.append("This is a `--quick` run (small sizes, seconds-long steps). ");
            }
            md.append("Load average before the run was ").append(bench.loadAtStart)
                    .append(" on ").append(Runtime.getRuntime().availableProcessors())
                    .append(" cores: other work shared the machine with the suite, the database and the load generator.\n\n");
        }
        md.append("| | |\n|---|---|\n");
        md.append("| date | ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME).substring(0, 16)).append(" |\n");
        md.append("| commit | ").append(commit).append(dirty).append(" |\n");
        md.append("| machine | ").append(machine()).append(" |\n");
        md.append("| load average (1/5/15 min) | before ").append(bench.loadAtStart).append(", after ").append(loadAtEnd).append(" |\n");
        md.append("| mode | ").append(bench.plan.quick() ? "quick" : "full").append(", sizes ")
                .append(bench.plan.sizes().stream().map(Bench::label).collect(Collectors.joining(" and ")))
                .append(" catalogue items and requests; ").append(bench.plan.connections()).append(" connections; steps of ")
                .append(bench.plan.step()).append(" s").append(" |\n");
        md.append("| wall time | ").append(String.format("%.1f min", minutes)).append(" (stack up in ")
                .append(bench.stackStartSeconds).append(" s; seeding ")
                .append(bench.seedSeconds.entrySet().stream().map(e -> e.getKey() + " " + String.format("%.0f s", e.getValue()))
                        .collect(Collectors.joining(", "))).append(") |\n\n");

        md.append("## How it was measured\n\n");
        md.append("""
                Everything runs on this one machine: embedded PostgreSQL 15 (fsync and synchronous commit on), Keycloak
                26.7.3 with the project's realm, the three services from their packaged jars (`%s`,
                as the local stack runs them) and the load generator (plain sockets, one kept-alive connection per thread). Tokens are real (password grant, demo users).
                Data is seeded by cloning rows the services wrote themselves (the demo catalogue; one request taken to
                IN_REVIEW and one to APPROVED through the API) with `generate_series`; of each size's new requests four
                fifths (at most 20 000) have an open case, for the decision scenario; the rest are approved with three decisions.

                * **capacity**: closed loop, N connections calling back to back; the most the scenario does.
                * **steps**: open loop at fixed fractions of that capacity; every latency is measured from the moment
                  the call was due, so queueing behind a slow call counts (coordinated-omission corrected, HdrHistogram).
                * **database ceiling**: the exact SQL one call of the scenario runs (captured from PostgreSQL's log for
                  one real call) run by `pgbench -M prepared` with the same parameters bound the same way (`-D`),
                  so PostgreSQL plans them as it plans the service's; same number of clients, closed loop. For *get one request* the id is random per transaction, as in the HTTP scenario.
                * **framework ceiling**: `bench/echo`, a Quarkus app with the services' REST, Jackson, OIDC and metrics
                  extensions whose one authenticated endpoint returns the catalogue's default page (captured from the
                  real service) from memory; same token, same load generator, same connections.
                * **lifecycle**: create, then submit (clock starts), each stage approved by its role as soon as it is
                  open, until request-service's `GET /requests/{id}` shows APPROVED (polled every 20 ms).
                  Latency = submit to visible outcome, excluding human time.

                """.formatted(String.join(" ", org.procurement.stack.StackSettings.DEFAULT_SERVICE_JVM_OPTIONS)));

        md.append("## Results\n\n");
        md.append("| scenario | size | capacity /s | p50 / p95 / p99 at ~50% load (ms) | vs database ceiling | vs framework ceiling |\n");
        md.append("|---|---|---:|---|---:|---:|\n");
        for (Bench.Measured m : bench.results) {
            LoadGen.Result mid = middle(m);
            md.append("| ").append(m.scenario).append(" | ").append(Bench.label(m.size)).append(" | ")
                    .append(String.format("%.1f", m.capacity.throughput())).append(" | ")
                    .append(mid == null ? "" : String.format("%.1f / %.1f / %.1f", mid.p50(), mid.p95(), mid.p99()))
                    .append(" | ").append(ratio(m.capacity, m.database)).append(" | ").append(ratio(m.capacity, m.framework))
                    .append(" |\n");
        }
        md.append("\nRatios are capacity ÷ ceiling capacity at the same concurrency (database: pgbench tps; framework: ")
                .append("the echo app). The ceilings:\n\n");
        md.append("| ceiling | size | throughput /s | p50 / p95 / p99 (ms, closed loop) |\n|---|---|---:|---|\n");
        for (Bench.Measured m : bench.results) {
            if (m.database != null) {
                md.append("| pgbench: ").append(m.scenario).append(" (").append(m.sql.size()).append(" statements) | ")
                        .append(Bench.label(m.size)).append(" | ").append(String.format("%.1f", m.database.throughput()))
                        .append(" | ").append(String.format("%.2f / %.2f / %.2f", m.database.p50(), m.database.p95(), m.database.p99()))
                        .append(" |\n");
            }
            if (m.scenario.startsWith("framework")) {
                md.append("| echo app (authenticated, JSON from memory) | ").append(Bench.label(m.size)).append(" | ")
                        .append(String.format("%.1f", m.capacity.throughput())).append(" | ")
                        .append(String.format("%.2f / %.2f / %.2f", m.capacity.p50(), m.capacity.p95(), m.capacity.p99()))
                        .append(" |\n");
            }
        }

        md.append("\n### Every step\n\n| scenario | size | offered /s | done /s | p50 ms | p95 ms | p99 ms | max ms | errors |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Bench.Measured m : bench.results) {
            List<LoadGen.Result> all = new ArrayList<>();
            all.add(m.capacity);
            all.addAll(m.steps);
            for (LoadGen.Result r : all) {
                md.append("| ").append(m.scenario).append(" | ").append(Bench.label(m.size)).append(" | ")
                        .append(r.offered() <= 0 ? "closed loop" : String.format("%.1f", r.offered())).append(" | ")
                        .append(String.format("%.1f | %.2f | %.2f | %.2f | %.1f | %d", r.throughput(), r.p50(), r.p95(),
                                r.p99(), r.max(), r.errors()))
                        .append(r.firstError() == null ? "" : " (" + r.firstError().replace("|", "/") + ")").append(" |\n");
            }
        }

        md.append("\n### Growth: p99 at the larger size ÷ p99 at the smaller (same fraction of each one's capacity)\n\n");
        md.append("| scenario | p99 small (ms) | p99 large (ms) | ratio | capacity small → large /s |\n|---|---:|---:|---:|---|\n");
        Map<String, List<Bench.Measured>> byScenario = new LinkedHashMap<>();
        bench.results.forEach(m -> byScenario.computeIfAbsent(m.scenario, k -> new ArrayList<>()).add(m));
        for (var e : byScenario.entrySet()) {
            if (e.getValue().size() == 2) {
                LoadGen.Result a = middle(e.getValue().get(0));
                LoadGen.Result b = middle(e.getValue().get(1));
                if (a != null && b != null) {
                    md.append("| ").append(e.getKey()).append(" | ").append(String.format("%.1f | %.1f | %.1f× | %.1f → %.1f",
                            a.p99(), b.p99(), b.p99() / Math.max(0.001, a.p99()), e.getValue().get(0).capacity.throughput(),
                            e.getValue().get(1).capacity.throughput())).append(" |\n");
                }
            }
        }

        md.append("\n## Decisions: one approver against eight\n\n");
        md.append("Closed loop, each call a decision on a different open case (technical review), ").append(bench.plan.probe())
                .append(" s each: one approver deciding back to back, then eight at once. Issue 19's target: eight at ")
                .append("least 3× one.\n\n");
        md.append("CPU busy: the whole machine's (all cores, from /proc/stat) during each run: service, PostgreSQL, ")
                .append("Keycloak and the load generator together.\n\n");
        md.append("| size | 1 approver /s | p50 / p99 (ms) | CPU busy | 8 approvers /s | p50 / p99 (ms) | CPU busy | 8 ÷ 1 |\n")
                .append("|---|---:|---|---:|---:|---|---:|---:|\n");
        for (Bench.ApproverScaling a : bench.approverScaling) {
            md.append("| ").append(Bench.label(a.size())).append(" | ")
                    .append(String.format("%.1f | %.1f / %.1f | %.0f %% | %.1f | %.1f / %.1f | %.0f %% | %.2f×",
                            a.one().throughput(), a.one().p50(), a.one().p99(), a.busyOne() * 100,
                            a.eight().throughput(), a.eight().p50(), a.eight().p99(), a.busyEight() * 100, a.ratio()))
                    .append(" |\n");
        }

        md.append("\n## Start-up and memory\n\n");
        md.append("Each service stopped and started again alone (cold JVM, stack otherwise up): time from launch to ");
        md.append("`/q/health/ready` answering 200 (median of three starts), without and with the AOT cache its tests ");
        md.append("trained (JDK 25; the cache moved aside for the first), and Quarkus's own \"started in\" of the last start. ");
        md.append("Resident set (VmRSS) at idle after start and at the end of the run, after all load, and how much of it is pages mapped from files (RssFile: the jars' classes and the AOT cache, clean and shared between processes that map the same file).\n\n");
        md.append("| part | ready without AOT cache (s) | ready with trained AOT cache (s) | Quarkus \"started in\" | RSS idle (MB) | RSS after load (MB) | of which mapped files (MB) |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (Bench.Memory mem : bench.memory.values()) {
            md.append("| ").append(mem.part()).append(" | ")
                    .append(mem.readyUncachedSeconds() > 0 ? String.format("%.1f", mem.readyUncachedSeconds()) : "")
                    .append(" | ").append(mem.readySeconds() > 0 ? String.format("%.1f", mem.readySeconds()) : "")
                    .append(" | ").append(mem.startedIn()).append(" | ").append(String.format("%.0f", mem.idleKb() / 1024.0))
                    .append(" | ").append(String.format("%.0f", mem.afterKb() / 1024.0))
                    .append(" | ").append(String.format("%.0f", mem.afterFileKb() / 1024.0)).append(" |\n");
        }

        md.append("\n## Charts\n\nLatency percentiles against offered load (open-loop steps), per scenario; solid: ")
                .append(Bench.label(bench.plan.sizes().get(0))).append(", dashed: ")
                .append(Bench.label(bench.plan.sizes().get(1))).append(".\n\n");
        for (var e : byScenario.entrySet()) {
            String file = e.getKey().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "") + ".png";
            chart(e.getKey(), e.getValue(), chartDir.resolve(file));
            md.append("![").append(e.getKey()).append("](").append(markdown.getParent().relativize(chartDir.resolve(file)))
                    .append(")\n\n");
        }

        md.append("## SQL per call (captured from PostgreSQL's log, one call, at the larger size)\n\n");
        md.append("What one HTTP call runs in its service's database, with each statement's server time for that call. ");
        md.append("This is also the pgbench script of the database ceiling.\n\n");
        Map<String, Bench.Measured> last = new LinkedHashMap<>();
        bench.results.forEach(m -> last.put(m.scenario, m));
        for (Bench.Measured m : last.values()) {
            if (m.sql.isEmpty()) {
                continue;
            }
            md.append("**").append(m.scenario).append("** (").append(Bench.label(m.size)).append("): ")
                    .append(m.sql.size()).append(" statements\n\n```sql\n");
            for (SqlCapture.Statement s : m.sql) {
                String sql = s.sql().length() > 400 ? s.sql().substring(0, 400) + " …" : s.sql();
                md.append(String.format("-- %.3f ms%n", s.millis())).append(sql).append(";\n");
            }
            md.append("```\n\n");
        }
        Path findings = bench.root.resolve("bench/findings.md");
        if (Files.exists(findings)) {
            md.append(Files.readString(findings));
        }
        Files.writeString(markdown, md.toString());
    }

    /** The open-loop step nearest to half of capacity. */
    static LoadGen.Result middle(Bench.Measured m) {
        return m.steps.stream().min((a, b) -> Double.compare(Math.abs(a.offered() / m.capacity.throughput() - 0.5),
                Math.abs(b.offered() / m.capacity.throughput() - 0.5))).orElse(null);
    }

    static String ratio(LoadGen.Result service, LoadGen.Result ceiling) {
        if (ceiling == null || ceiling.throughput() <= 0) {
            return "";
        }
        return String.format("%.0f%%", 100 * service.throughput() / ceiling.throughput());
    }

    static void chart(String title, List<Bench.Measured> sizes, Path file) throws IOException {
        XYChart chart = new XYChartBuilder().width(720).height(420).title(title)
                .xAxisTitle("offered load (per s)").yAxisTitle("latency (ms)").build();
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
        java.awt.Color[] colours = {new java.awt.Color(0x1f77b4), new java.awt.Color(0xff7f0e), new java.awt.Color(0xd62728)};
        for (int s = 0; s < sizes.size(); s++) {
            Bench.Measured m = sizes.get(s);
            if (m.steps.isEmpty()) {
                continue;
            }
            double[] x = m.steps.stream().mapToDouble(LoadGen.Result::offered).toArray();
            String[] names = {"p50", "p95", "p99"};
            for (int p = 0; p < 3; p++) {
                int pp = p;
                double[] y = m.steps.stream().mapToDouble(r -> Math.max(0.01, pp == 0 ? r.p50() : pp == 1 ? r.p95() : r.p99())).toArray();
                XYSeries series = chart.addSeries(names[p] + " @" + Bench.label(m.size), x, y);
                series.setLineColor(colours[p]);
                series.setMarkerColor(colours[p]);
                series.setMarker(SeriesMarkers.CIRCLE);
                if (s == 1) {
                    series.setLineStyle(new java.awt.BasicStroke(2f, java.awt.BasicStroke.CAP_BUTT,
                            java.awt.BasicStroke.JOIN_MITER, 10f, new float[]{6f, 4f}, 0f));
                }
            }
        }
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    String summary() {
        StringBuilder out = new StringBuilder();
        out.append("=== benchmark summary (").append(bench.plan.quick() ? "quick" : "full")
                .append(noisy() ? ", NOISY: load average " + bench.loadAtStart + " before the run" : "").append(") ===\n");
        out.append(String.format("%-32s %5s %10s %28s %8s %8s%n", "scenario", "size", "capacity/s", "p50/p95/p99 ms @~50%",
                "vs db", "vs fw"));
        for (Bench.Measured m : bench.results) {
            LoadGen.Result mid = middle(m);
            out.append(String.format("%-32s %5s %10.1f %28s %8s %8s%n", m.scenario, Bench.label(m.size),
                    m.capacity.throughput(),
                    mid == null ? "" : String.format("%.1f/%.1f/%.1f", mid.p50(), mid.p95(), mid.p99()),
                    ratio(m.capacity, m.database), ratio(m.capacity, m.framework)));
        }
        for (Bench.Memory mem : bench.memory.values()) {
            out.append(String.format("%-20s ready %5.1f s (without AOT cache %4.1f s)   RSS idle %4.0f MB, after load %4.0f MB%n",
                    mem.part(), mem.readySeconds(), mem.readyUncachedSeconds(), mem.idleKb() / 1024.0, mem.afterKb() / 1024.0));
        }
        out.append(String.format("wall time %.1f min; report: docs/benchmarks.md%n", minutes));
        return out.toString();
    }
}
