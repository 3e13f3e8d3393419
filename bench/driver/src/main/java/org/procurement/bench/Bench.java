package org.procurement.bench;

import org.procurement.stack.LocalStack;
import org.procurement.stack.Progress;
import org.procurement.stack.ServiceSpec;
import org.procurement.stack.StackSettings;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * bench/run.sh: starts the suite from its packaged jars (embedded PostgreSQL with fsync on, real Keycloak), seeds
 * two sizes, drives every scenario with {@link LoadGen}, measures the ceilings (pgbench, the echo app) in the same
 * run and writes docs/benchmarks.md.
 */
public final class Bench {

    static final String BODY_ARMOUR = "38bb161d-1e34-5384-89a9-a661666831b7";

    /** Run parameters: the full benchmark or --quick. */
    record Plan(boolean quick, List<Long> sizes, int connections, double warmup, double probe, double step,
                double[] fractions, int lifecycleConnections, int pgbenchSeconds) {
        static Plan of(boolean quick) {
            return quick
                    ? new Plan(true, List.of(1_000L, 10_000L), 16, 1, 2, 2, new double[]{0.3, 0.7}, 8, 2)
                    : new Plan(false, List.of(10_000L, 1_000_000L), 16, 3, 5, 5, new double[]{0.25, 0.5, 0.75}, 16, 5);
        }
    }

    /** One scenario at one size: capacity (closed loop), open-loop steps, ceilings, the SQL it makes. */
    static final class Measured {
        final String scenario;
        final long size;
        LoadGen.Result capacity;
        final List<LoadGen.Result> steps = new ArrayList<>();
        LoadGen.Result database;
        LoadGen.Result framework;
        List<SqlCapture.Statement> sql = List.of();

        Measured(String scenario, long size) {
            this.scenario = scenario;
            this.size = size;
        }
    }

    /** Start-up and memory of one part; readyUncachedSeconds 0 where there is no AOT cache to compare with. */
    /** Closed-loop decision rates with one and with eight approvers, each deciding different cases. */
    /** busyOne, busyEight: the machine's CPU busy share (all cores, /proc/stat) during each run, 0 to 1. */
    record ApproverScaling(long size, LoadGen.Result one, double busyOne, LoadGen.Result eight, double busyEight) {
        double ratio() {
            return eight.throughput() / Math.max(0.001, one.throughput());
        }
    }

    /** afterFileKb: of afterKb, the pages mapped from files (the jar's classes, the AOT cache), shared and clean. */
    record Memory(String part, long idleKb, long afterKb, long afterFileKb, double readySeconds,
                  double readyUncachedSeconds, String startedIn) {
    }

    final Plan plan;
    final Path root;
    final Path work;
    StackSettings settings;
    LocalStack stack;
    SignedInUsers tokens;
    Connection catalogDb;
    Connection requestDb;
    Connection approvalDb;
    Connection adminDb;
    String catalogUrl;
    String requestUrl;
    String approvalUrl;
    String echoUrl;
    Process echo;
    final List<Measured> results = new ArrayList<>();
    /** Decisions on different cases by one approver and by eight at once, per size (issue 19, item 4). */
    final List<ApproverScaling> approverScaling = new ArrayList<>();
    final Map<String, Memory> memory = new LinkedHashMap<>();
    final Map<String, Long> idleRss = new LinkedHashMap<>();
    final Map<String, Double> readySeconds = new LinkedHashMap<>();
    final Map<String, Double> readyUncachedSeconds = new LinkedHashMap<>();
    final Map<String, String> startedIn = new LinkedHashMap<>();
    final Map<String, Double> seedSeconds = new LinkedHashMap<>();
    final Map<String, List<String>> plans = new LinkedHashMap<>();
    final ConcurrentLinkedQueue<String> openCases = new ConcurrentLinkedQueue<>();
    long seededRequests;
    String stackStartSeconds;
    final String loadAtStart = Report.loadAverage();

    Bench(Plan plan, Path root) {
        this.plan = plan;
        this.root = root;
        this.work = root.resolve("bench/target/run");
    }

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        Path root = Path.of(System.getProperty("suite.root", ".")).toAbsolutePath().normalize();
        Bench bench = new Bench(Plan.of(quick), root);
        long started = System.nanoTime();
        Thread hook = new Thread(bench::stop, "bench-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            bench.run();
        } finally {
            bench.stop();
            Runtime.getRuntime().removeShutdownHook(hook);
        }
        double minutes = (System.nanoTime() - started) / 60e9;
        Report report = new Report(bench, minutes);
        report.write(root.resolve("docs/benchmarks.md"), root.resolve("docs/benchmarks"));
        System.out.println();
        System.out.println(report.summary());
    }

    void say(String format, Object... args) {
        System.out.printf("bench: " + format + "%n", args);
    }

    void run() throws Exception {
        deleteRecursively(work);
        Files.createDirectories(work);
        // The services run from a private copy of their packaged apps (and the realm file): a build running in the
        // work tree meanwhile would otherwise replace jars under a running service.
        Path apps = work.resolve("apps");
        for (ServiceSpec spec : ServiceSpec.ALL) {
            copyTree(root.resolve(spec.name()).resolve("target/quarkus-app"), apps.resolve(spec.name()).resolve("target/quarkus-app"));
        }
        copyTree(root.resolve("deploy/keycloak"), apps.resolve("deploy/keycloak"));
        copyTree(root.resolve("bench/echo/target/quarkus-app"), apps.resolve("echo"));
        StackSettings tests = StackSettings.forTests(apps, work.resolve("stack"));
        // fsync and synchronous commit on, as in production: forTests turns them off.
        settings = new StackSettings(tests.root(), tests.stateDir(), tests.cacheDir(), tests.postgresPort(),
                tests.keycloakPort(), tests.keycloakManagementPort(), tests.servicePorts(), true,
                StackSettings.DEFAULT_SERVICE_JVM_OPTIONS, tests.keycloakTimeout(), tests.serviceTimeout(),
                Optional.empty(), Optional.empty(), Map.of());
        stack = new LocalStack(settings, Progress.console());
        long t0 = System.nanoTime();
        stack.start(true);
        stackStartSeconds = String.format("%.0f", (System.nanoTime() - t0) / 1e9);
        catalogUrl = settings.serviceUrl(ServiceSpec.CATALOG);
        requestUrl = settings.serviceUrl(ServiceSpec.REQUEST);
        approvalUrl = settings.serviceUrl(ServiceSpec.APPROVAL);
        catalogDb = Db.connect(settings.jdbcUrl(org.procurement.stack.Database.CATALOG), "catalog", "catalog");
        requestDb = Db.connect(settings.jdbcUrl(org.procurement.stack.Database.REQUEST), "request", "request");
        approvalDb = Db.connect(settings.jdbcUrl(org.procurement.stack.Database.APPROVAL), "approval", "approval");
        adminDb = Db.connect("jdbc:postgresql://localhost:" + settings.postgresPort() + "/postgres", "postgres", "");

        measureStartup();
        tokens = new SignedInUsers(settings.realmUrl());
        for (String user : List.of("olena", "minjun", "seoyeon", "daeho", "audrey")) {
            tokens.get(user);
        }
        // Templates written by the services themselves: one request left IN_REVIEW, one taken to APPROVED.
        say("creating template requests through the API");
        String openTemplate = createAndSubmit("template, in review");
        String openCase = awaitCase(openTemplate, 30_000);
        awaitStatus(openTemplate, "IN_REVIEW", 30_000);
        String approvedTemplate = createAndSubmit("template, approved");
        decideAll(approvedTemplate, awaitCase(approvedTemplate, 30_000));
        awaitStatus(approvedTemplate, "APPROVED", 90_000);
        String approvedCase = caseOf(approvedTemplate);
        // the outbox delivers the last events a moment later; wait for the timeline to be complete
        Thread.sleep(1500);

        startEcho();
        Seeder seeder = new Seeder(superuser(org.procurement.stack.Database.CATALOG),
                superuser(org.procurement.stack.Database.REQUEST), superuser(org.procurement.stack.Database.APPROVAL));
        String openRef = seeder.reference(openTemplate);
        String approvedRef = seeder.reference(approvedTemplate);
        long seededItems = 0;
        for (long size : plan.sizes()) {
            say("seeding to %,d catalogue items and %,d requests with cases", size, size);
            long s0 = System.nanoTime();
            long itemsFrom = seededItems + 1;
            long requestsFrom = seededRequests + 1;
            // Open cases: 80 % of a small size, up to 100,000 at a large one, so the inbox holds 100,000 tasks.
            long open = Math.min((size - seededRequests) * 4 / 5, 100_000);
            // the three databases are seeded side by side, each from its own session
            inParallel(
                    () -> {
                        seeder.catalogue(itemsFrom, size);
                        Seeder.analyze(seeder.catalog());
                    },
                    () -> {
                        seeder.requests(requestsFrom, requestsFrom + open - 1, openTemplate, openRef);
                        seeder.requests(requestsFrom + open, size, approvedTemplate, approvedRef);
                        Seeder.analyze(seeder.request());
                    },
                    () -> {
                        seeder.cases(requestsFrom, requestsFrom + open - 1, openTemplate, openRef, openCase);
                        seeder.cases(requestsFrom + open, size, approvedTemplate, approvedRef, approvedCase);
                        Seeder.analyze(seeder.approval());
                    });
            seededItems = size;
            seededRequests = size;
            seedSeconds.put(label(size), (System.nanoTime() - s0) / 1e9);
            say("seeded in %.0f s", seedSeconds.get(label(size)));
            openCases.clear();
            openCases.addAll(Db.column(approvalDb, "SELECT c.id FROM approval_case c JOIN case_stage s ON s.case_id = c.id"
                    + " AND s.stage_key = 'technical-review' AND s.status = 'OPEN' WHERE c.reference LIKE 'BEN-%'"));
            runScenarios(size);
        }
        for (ServiceSpec spec : ServiceSpec.ALL) {
            long pid = servicePid(spec);
            memory.put(spec.name(), new Memory(spec.name(), idleRss.get(spec.name()), rssKb(pid), status(pid, "RssFile:"),
                    readySeconds.get(spec.name()), readyUncachedSeconds.getOrDefault(spec.name(), 0.0),
                    startedIn.get(spec.name())));
        }
        memory.put("echo (ceiling)", new Memory("echo (ceiling)", idleRss.getOrDefault("echo", 0L), rssKb(echo.pid()),
                status(echo.pid(), "RssFile:"), 0, 0, ""));
    }

    /** A superuser session on one of the suite's databases (trust authentication on localhost, as the stack runs it). */
    private Connection superuser(org.procurement.stack.Database database) throws SQLException {
        return Db.connect(settings.jdbcUrl(database), "postgres", "");
    }

    @FunctionalInterface
    interface SeedTask {
        void run() throws Exception;
    }

    /** Runs the tasks on their own threads and waits for all; the first failure is rethrown. */
    private static void inParallel(SeedTask... tasks) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(tasks.length);
        try {
            List<java.util.concurrent.Future<Object>> done = new ArrayList<>();
            for (SeedTask task : tasks) {
                done.add(pool.submit(() -> {
                    task.run();
                    return null;
                }));
            }
            for (java.util.concurrent.Future<Object> future : done) {
                try {
                    future.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------------------------------------------- scenarios

    void runScenarios(long size) throws Exception {
        // tokens live 5 minutes and a size takes longer: every call asks for a current one
        int c = plan.connections();

        if (size == plan.sizes().get(0)) {
            // JIT warm-up of every service (and the echo app) before anything is measured. On 2 cores C2 keeps
            // compiling a service for a minute or more under load (its compiler thread took a third of the CPU
            // after 20 s), so a short warm-up measured the compiler as much as the service.
            double warmUp = plan.quick() ? plan.probe() * 2 : 30;
            say("warming up the JVMs (%.0f s per endpoint)", warmUp);
            List<LoadGen.Op> ops = List.of(
                    slot -> Http.get(echoUrl + "/echo", tokens.get("olena"), 200),
                    slot -> Http.get(catalogUrl + "/catalog/items", tokens.get("olena"), 200),
                    slot -> Http.get(catalogUrl + "/catalog/items?q=howitzer", tokens.get("olena"), 200),
                    slot -> Http.get(requestUrl + "/requests/" + Db.md5Uuid("bench-req-" + (1 + slot % size)), tokens.get("olena"), 200),
                    slot -> createAndSubmit("warm-up " + slot));
            for (LoadGen.Op op : ops) {
                LoadGen.closed("warm-up", 8, warmUp, op);
            }
        }
        // the framework ceiling, once per size, as the first thing after seeding (same load shape as the reads)
        Measured framework = new Measured("framework ceiling (echo)", size);
        measure(framework, c, slot -> Http.get(echoUrl + "/echo", tokens.get("olena"), 200));
        results.add(framework);

        Measured listing = new Measured("catalogue listing", size);
        listing.sql = capture("catalog",
                () -> Http.get(catalogUrl + "/catalog/items", tokens.get("olena"), 200));
        measure(listing, c, slot -> Http.get(catalogUrl + "/catalog/items", tokens.get("olena"), 200));
        listing.database = pgbench(listing, "catalog", c, null);
        listing.framework = framework.capacity;
        results.add(listing);

        // The load generator checked by an established tool on the same call (wrk: closed loop only; its p90 stands
        // in the p95 column).
        if (Wrk.available()) {
            Measured wrk = new Measured("catalogue listing, wrk 4.1 closed loop (p95 column: p90)", size);
            wrk.capacity = Wrk.run("wrk listing @" + label(size), catalogUrl + "/catalog/items", tokens.get("olena"), c,
                    (int) Math.max(5, plan.probe() * 2));
            say("%s", wrk.capacity.line());
            wrk.framework = framework.capacity;
            results.add(wrk);
        } else {
            say("wrk is not installed: no cross-check of the load generator (apt-get install wrk)");
        }

        // The read path's two other answers (docs/performance.md): a page it does not keep (from the sixth on, the
        // same query one offset further), i.e. the listing as it was before answers were kept; and a revalidation
        // of the kept one with its ETag, answered 304 from the version alone.
        Measured unkept = new Measured("catalogue listing, page not kept", size);
        unkept.sql = capture("catalog", () -> Http.get(catalogUrl + "/catalog/items?page=5", tokens.get("olena"), 200));
        measure(unkept, c, slot -> Http.get(catalogUrl + "/catalog/items?page=5", tokens.get("olena"), 200));
        unkept.database = pgbench(unkept, "catalog", c, null);
        unkept.framework = framework.capacity;
        results.add(unkept);

        String etag = Db.single(catalogDb, "SELECT '\"catalog-' || version || '\"' FROM catalog_version");
        Measured revalidated = new Measured("catalogue listing, revalidated (304)", size);
        measure(revalidated, c, slot -> Http.getIfNoneMatch(catalogUrl + "/catalog/items", tokens.get("olena"), etag, 304));
        revalidated.framework = framework.capacity;
        results.add(revalidated);

        Measured search = new Measured("catalogue text search", size);
        search.sql = capture("catalog",
                () -> Http.get(catalogUrl + "/catalog/items?q=howitzer", tokens.get("olena"), 200));
        measure(search, c, slot -> Http.get(catalogUrl + "/catalog/items?q=howitzer", tokens.get("olena"), 200));
        search.database = pgbench(search, "catalog", c, null);
        search.framework = framework.capacity;
        results.add(search);

        Measured get = new Measured("get one request", size);
        long n = size;
        String sample = Db.md5Uuid("bench-req-" + (n / 2)).toString();
        get.sql = capture("request",
                () -> Http.get(requestUrl + "/requests/" + sample, tokens.get("olena"), 200));
        measure(get, c, slot -> Http.get(requestUrl + "/requests/"
                + Db.md5Uuid("bench-req-" + ThreadLocalRandom.current().nextLong(1, n + 1)), tokens.get("olena"), 200));
        get.database = pgbench(get, "request", c, sample);
        get.framework = framework.capacity;
        results.add(get);

        // The inbox with every open case of the size waiting for a reviewer: its first page (the most overdue) and a
        // page from the middle, reached by the cursor the inbox would give there (its documented encoding).
        say("open reviewer tasks at this size: %s", Db.single(approvalDb,
                "SELECT count(*) FROM case_stage WHERE status = 'OPEN' AND role = 'reviewer'"));
        Measured inbox = new Measured("inbox first page", size);
        inbox.sql = capture("approval", () -> Http.get(approvalUrl + "/tasks", tokens.get("minjun"), 200));
        measure(inbox, c, slot -> Http.get(approvalUrl + "/tasks", tokens.get("minjun"), 200));
        inbox.database = pgbench(inbox, "approval", c, null);
        inbox.framework = framework.capacity;
        results.add(inbox);

        String middle = approvalUrl + "/tasks?cursor=" + middleOfTheInbox();
        Measured deep = new Measured("inbox page in the middle", size);
        deep.sql = capture("approval", () -> Http.get(middle, tokens.get("minjun"), 200));
        measure(deep, c, slot -> Http.get(middle, tokens.get("minjun"), 200));
        deep.database = pgbench(deep, "approval", c, null);
        deep.framework = framework.capacity;
        results.add(deep);

        Measured create = new Measured("create + submit a request", size);
        create.sql = capture("request", () -> createAndSubmit("captured"));
        measure(create, c, slot -> createAndSubmit("bench " + slot));
        results.add(create);

        Measured decide = new Measured("record a decision", size);
        decide.sql = capture("approval", () -> decideOne(true));
        measure(decide, c, slot -> decideOne(false));
        results.add(decide);
        awaitQuiet();
        String label = "record a decision @" + label(size);
        long[] before = cpuTicks();
        LoadGen.Result one = LoadGen.closed(label + " 1 approver", 1, plan.probe(), slot -> decideOne(false));
        double busyOne = busy(before, cpuTicks());
        say("%s (CPU busy %.0f %%)", one.line(), busyOne * 100);
        before = cpuTicks();
        LoadGen.Result eight = LoadGen.closed(label + " 8 approvers", 8, plan.probe(), slot -> decideOne(false));
        double busyEight = busy(before, cpuTicks());
        say("%s (CPU busy %.0f %%)", eight.line(), busyEight * 100);
        approverScaling.add(new ApproverScaling(size, one, busyOne, eight, busyEight));

        Measured lifecycle = new Measured("lifecycle submit to APPROVED", size);
        measureLifecycle(lifecycle);
        results.add(lifecycle);
    }

    /**
     * Waits until both outboxes are drained, so that events left over from an earlier scenario neither load this
     * one nor show up in its captured SQL.
     */
    void awaitQuiet() throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        String pending = "SELECT count(*) FROM outbox_message WHERE delivered_at IS NULL AND dead_at IS NULL";
        while (System.currentTimeMillis() < deadline) {
            if ("0".equals(Db.single(requestDb, pending)) && "0".equals(Db.single(approvalDb, pending))) {
                Thread.sleep(300);
                return;
            }
            Thread.sleep(200);
        }
        say("WARNING: outboxes not drained after 60 s; going on");
    }

    List<SqlCapture.Statement> capture(String database, SqlCapture.Call call) throws Exception {
        awaitQuiet();
        try {
            return SqlCapture.capture(adminDb, settings.logFile("postgres"), database, call);
        } catch (RuntimeException e) {
            // the SQL is for reading and for the database ceiling; a log it cannot parse must not end the run
            say("WARNING: the SQL of this call could not be read from the log (%s); no SQL and no database ceiling", e);
            return List.of();
        }
    }

    /** The inbox cursor (base64url of "dueAt|caseId|stageKey") at the middle open reviewer task. */
    String middleOfTheInbox() throws SQLException {
        String at = Db.single(approvalDb, "SELECT to_char(due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
                + " || '|' || case_id || '|' || stage_key FROM case_stage WHERE status = 'OPEN' AND role = 'reviewer'"
                + " ORDER BY due_at, case_id, stage_key OFFSET (SELECT count(*) / 2 FROM case_stage"
                + " WHERE status = 'OPEN' AND role = 'reviewer') LIMIT 1");
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(at.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Warm-up, capacity (closed loop), then open-loop steps at fractions of that capacity. */
    void measure(Measured m, int connections, LoadGen.Op op) throws Exception {
        awaitQuiet();
        String label = m.scenario + " @" + label(m.size);
        LoadGen.closed(label + " warm-up", connections, plan.warmup(), op);
        m.capacity = LoadGen.closed(label + " capacity", connections, plan.probe(), op);
        say("%s", m.capacity.line());
        for (double fraction : plan.fractions()) {
            double rate = Math.max(1, m.capacity.throughput() * fraction);
            LoadGen.Result r = LoadGen.open(label + String.format(" %.0f%%", fraction * 100), connections, plan.step(), rate, op);
            m.steps.add(r);
            say("%s", r.line());
        }
    }

    /**
     * The lifecycle: create, submit (the clock starts), every stage approved as soon as it opens, until
     * request-service shows APPROVED. Latency is submit to outcome; throughput is lifecycles per second.
     */
    void measureLifecycle(Measured m) throws Exception {
        awaitQuiet();
        String label = m.scenario + " @" + label(m.size);
        LoadGen.Op op = slot -> lifecycle("lifecycle " + slot);
        m.capacity = LoadGen.closed(label + " capacity", plan.lifecycleConnections(), plan.probe() * 2, op);
        say("%s", m.capacity.line());
        for (double fraction : new double[]{0.25, 0.5, 0.75}) {
            double rate = Math.max(0.5, m.capacity.throughput() * fraction);
            LoadGen.Result r = LoadGen.open(label + String.format(" %.0f%%", fraction * 100), plan.lifecycleConnections(),
                    plan.probe() * 2, rate, op);
            m.steps.add(r);
            say("%s", r.line());
        }
    }

    /**
     * pgbench with the scenario's statements as the service sends them: the same $n parameters, bound by pgbench
     * (-M prepared, values passed with -D), so PostgreSQL plans them as it plans the service's (custom, then
     * possibly generic plans). For get-one-request the id is random per transaction.
     */
    LoadGen.Result pgbench(Measured m, String database, int clients, String sampleRequestId) throws Exception {
        if (m.sql.isEmpty()) {
            return null;
        }
        StringBuilder script = new StringBuilder();
        List<String> defines = new ArrayList<>();
        if (sampleRequestId != null) {
            script.append("\\set n random(1, ").append(m.size).append(")\n");
        }
        for (int i = 0; i < m.sql.size(); i++) {
            SqlCapture.Statement s = m.sql.get(i);
            String sql = s.template();
            for (int k = s.values().size(); k >= 1; k--) {
                String value = s.values().get(k - 1);
                String replacement;
                if (sampleRequestId != null && value.equals("'" + sampleRequestId + "'")) {
                    replacement = "md5('bench-req-' || :n)::uuid";
                } else if (value.equals("NULL")) {
                    replacement = "NULL";
                } else {
                    String name = "p" + i + "_" + k;
                    defines.add(name + "=" + value.substring(1, value.length() - 1).replace("''", "'"));
                    replacement = ":" + name;
                }
                sql = sql.replace("$" + k, replacement);
            }
            script.append(sql).append(";\n");
        }
        Path file = work.resolve(m.scenario.replaceAll("[^a-z]+", "-") + "-" + label(m.size) + ".sql");
        Files.writeString(file, script);
        LoadGen.Result r;
        try {
            r = PgBench.run(m.scenario + " " + label(m.size), file, defines, work, settings.postgresPort(),
                    database, database, clients, plan.pgbenchSeconds(), sessionOptions(database));
        } catch (IOException e) {
            say("WARNING: pgbench failed for %s, no database ceiling: %s", m.scenario, e.getMessage());
            return null;
        }
        say("%s", r.line().replaceFirst("^", "pgbench "));
        return r;
    }

    /** The session settings the service of this database gives its connections (application.properties), or "". */
    String sessionOptions(String database) throws IOException {
        Path properties = root.resolve(database + "-service/src/main/resources/application.properties");
        String key = "quarkus.datasource.jdbc.additional-jdbc-properties.options=";
        return Files.readAllLines(properties).stream().filter(line -> line.startsWith(key))
                .map(line -> line.substring(key.length()).trim()).findFirst().orElse("");
    }

    // --------------------------------------------------------------------------------------------------- operations

    Map<String, Object> requestBody(String title) {
        return Map.of(
                "title", title,
                "justification", "Replace losses of the last twelve months",
                "intendedEndUse", "Territorial defence by the Armed Forces",
                "priority", "URGENT",
                "neededBy", LocalDate.now().plusMonths(4).toString(),
                "destination", Map.of("country", "UA", "location", "Kyiv logistics hub"),
                "financingMethod", "GRANT",
                "endUserCertificate", Map.of("number", "EUC-UA-2026-0412", "issuingAuthority", "Ministry of Defence",
                        "issueDate", LocalDate.now().minusDays(20).toString(), "signatory", "Deputy Minister of Defence",
                        "endUser", "Armed Forces", "noReExportUndertaking", true),
                "lines", List.of(Map.of("itemId", BODY_ARMOUR, "quantity", 1, "note", "for the 3rd brigade")));
    }

    String createAndSubmit(String title) throws Exception {
        String id = Http.json(Http.post(requestUrl + "/requests", tokens.get("olena"), requestBody(title), 201)).get("id").asText();
        Http.post(requestUrl + "/requests/" + id + "/submit", tokens.get("olena"), null, 200);
        return id;
    }

    void decideOne(boolean any) throws Exception {
        String caseId = openCases.poll();
        if (caseId == null) {
            throw new IllegalStateException("no open seeded case left to decide");
        }
        decide("minjun", caseId, "technical-review");
    }

    void decide(String user, String caseId, String stage) throws Exception {
        Http.post(approvalUrl + "/cases/" + caseId + "/stages/" + stage + "/decisions", tokens.get(user),
                Map.of("outcome", "APPROVE", "comment", user + " on " + stage), 201);
    }

    void lifecycle(String title) throws Exception {
        String olena = tokens.get("olena");
        String id = Http.json(Http.post(requestUrl + "/requests", olena, requestBody(title), 201)).get("id").asText();
        LoadGen.measureFrom(System.nanoTime());
        Http.post(requestUrl + "/requests/" + id + "/submit", olena, null, 200);
        decideAll(id, awaitCase(id, 60_000));
        awaitStatus(id, "APPROVED", 60_000);
    }

    /** Every stage of the (non-lethal, so no policy board) case approved as soon as it is open. */
    void decideAll(String requestId, String caseId) throws Exception {
        decide("minjun", caseId, "technical-review");
        decide("seoyeon", caseId, "export-control");
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            try {
                decide("daeho", caseId, "final-authorization");
                return;
            } catch (IOException e) {
                if (System.currentTimeMillis() > deadline || !e.getMessage().contains("409")) {
                    throw e;
                }
                Thread.sleep(20);
            }
        }
    }

    String caseOf(String requestId) throws Exception {
        return Db.single(approvalDb, "SELECT id FROM approval_case WHERE request_id = '" + requestId + "'");
    }

    /** Polls approval-service's database (the benchmark's observer, not a user) until the case is open. */
    String awaitCase(String requestId, long timeoutMs) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMs;
        try (Connection c = Db.connect(settings.jdbcUrl(org.procurement.stack.Database.APPROVAL), "approval", "approval");
             PreparedStatement ps = c.prepareStatement("SELECT id FROM approval_case WHERE request_id = ?::uuid")) {
            ps.setString(1, requestId);
            while (System.currentTimeMillis() < deadline) {
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return rs.getString(1);
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new IllegalStateException("no case opened for request " + requestId);
    }

    /** Polls request-service's API, as the requester would, until the request shows {@code status}. */
    void awaitStatus(String requestId, String status, long timeoutMs) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMs;
        String seen = null;
        while (System.currentTimeMillis() < deadline) {
            seen = Http.json(Http.get(requestUrl + "/requests/" + requestId, tokens.get("olena"), 200)).get("status").asText();
            if (status.equals(seen)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("request " + requestId + " still " + seen + ", not " + status);
    }

    // ----------------------------------------------------------------------------------------- processes and memory

    /**
     * Each service stopped and started again on its own, cold JVM, to time start to ready (median of three); where
     * the build trained an AOT cache (JDK 25), also without it, the cache moved aside, in the same run. Then idle RSS.
     */
    void measureStartup() throws Exception {
        for (ServiceSpec spec : ServiceSpec.ALL) {
            Path cache = settings.serviceJar(spec).resolveSibling("app.aot");
            if (Files.isRegularFile(cache)) {
                Path aside = cache.resolveSibling("app.aot.aside");
                Files.move(cache, aside);
                try {
                    readyUncachedSeconds.put(spec.name(), medianStart(spec));
                } finally {
                    Files.move(aside, cache);
                }
            }
            readySeconds.put(spec.name(), medianStart(spec));
            startedIn.put(spec.name(), startedIn(settings.logFile(spec.name())));
        }
        Thread.sleep(2000);
        for (ServiceSpec spec : ServiceSpec.ALL) {
            idleRss.put(spec.name(), rssKb(servicePid(spec)));
        }
    }

    private double medianStart(ServiceSpec spec) throws Exception {
        double[] seconds = new double[3];
        for (int i = 0; i < seconds.length; i++) {
            stack.stopService(spec);
            long t0 = System.nanoTime();
            stack.startService(spec);
            seconds[i] = (System.nanoTime() - t0) / 1e9;
        }
        java.util.Arrays.sort(seconds);
        return seconds[1];
    }

    static String startedIn(Path log) throws IOException {
        Matcher m = Pattern.compile("started in ([0-9.]+)s").matcher(Files.readString(log));
        String last = "";
        while (m.find()) {
            last = m.group(1) + " s";
        }
        return last;
    }

    long servicePid(ServiceSpec spec) {
        String jar = settings.serviceJar(spec).toString();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains(jar))
                .map(ProcessHandle::pid).findFirst().orElse(-1L);
    }

    /** The machine's CPU time so far from /proc/stat: {busy, total} in clock ticks (all cores). */
    static long[] cpuTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]); // idle + iowait
            return new long[]{total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[]{0, 0};
        }
    }

    static double busy(long[] before, long[] after) {
        long total = after[1] - before[1];
        return total <= 0 ? 0 : (double) (after[0] - before[0]) / total;
    }

    static long rssKb(long pid) {
        return status(pid, "VmRSS:");
    }

    /** A kB figure of /proc/<pid>/status, or -1 when the process is gone. */
    static long status(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            // gone
        }
        return -1;
    }

    void startEcho() throws Exception {
        Path jar = work.resolve("apps/echo/quarkus-run.jar");
        String page = Http.get(catalogUrl + "/catalog/items", tokens.get("olena"), 200);
        Path file = work.resolve("echo.json");
        Files.writeString(file, page);
        int port = org.procurement.stack.FreePorts.find();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xmx256m", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(settings.logFile("echo").toFile());
        builder.environment().put("HTTP_PORT", Integer.toString(port));
        builder.environment().put("OIDC_SERVER_URL", settings.realmUrl());
        builder.environment().put("ECHO_FILE", file.toString());
        echo = builder.start();
        echoUrl = "http://localhost:" + port;
        long deadline = System.currentTimeMillis() + 60_000;
        HttpClient client = HttpClient.newHttpClient();
        while (true) {
            try {
                if (client.send(HttpRequest.newBuilder(URI.create(echoUrl + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (IOException e) {
                // not yet
            }
            if (System.currentTimeMillis() > deadline || !echo.isAlive()) {
                throw new IllegalStateException("echo app did not start; see " + settings.logFile("echo"));
            }
            Thread.sleep(200);
        }
        Http.get(echoUrl + "/echo", tokens.get("olena"), 200);
        Thread.sleep(1000);
        idleRss.put("echo", rssKb(echo.pid()));
    }

    static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            throw new IllegalStateException(from + " is missing; build it first (bench/run.sh does)");
        }
        try (var paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    // with their times: a JDK 25 AOT cache is refused when its jars' times changed
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                            java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    synchronized void stop() {
        if (echo != null) {
            echo.destroy();
            echo = null;
        }
        if (stack != null) {
            stack.close();
            stack = null;
        }
    }

    static String label(long size) {
        return size >= 1_000_000 ? (size / 1_000_000) + "M" : size >= 1000 ? (size / 1000) + "k" : Long.toString(size);
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
