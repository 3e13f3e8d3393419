package org.procurement.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL one HTTP call makes, read from PostgreSQL's own log: statement logging is switched on for the duration of
 * the call (ALTER SYSTEM + reload), then off again. Parameters are put back in as literals.
 */
final class SqlCapture {

    private static final Pattern EXECUTE = Pattern.compile("\\[(\\d+)\\] (\\w+) LOG:  duration: ([0-9.]+) ms  execute [^:]*: (.*)");
    // PostgreSQL 16 and later write "Parameters:", 15 and earlier "parameters:"
    private static final Pattern DETAIL = Pattern.compile("\\[(\\d+)\\] (\\w+) DETAIL:  [Pp]arameters: (.*)");
    // possessive: a long value (a case's facts) must not recurse once per character and overflow the stack
    private static final Pattern PARAM = Pattern.compile("\\$(\\d+) = (NULL|'(?:[^']++|'')*+')");

    /** A statement as the service sent it ($1, $2, ...), the values it was bound to, its server time. */
    record Statement(String template, List<String> values, double millis) {
        /** With the values inlined as literals (for reading). */
        String sql() {
            String sql = template;
            for (int i = values.size(); i >= 1; i--) {
                sql = sql.replace("$" + i, values.get(i - 1));
            }
            return sql;
        }
    }

    private SqlCapture() {
    }

    interface Call {
        void run() throws Exception;
    }

    static List<Statement> capture(Connection admin, Path log, String database, Call call) throws Exception {
        Db.execute(admin, "ALTER SYSTEM SET log_line_prefix = '%m [%p] %d '");
        Db.execute(admin, "ALTER SYSTEM SET log_min_duration_statement = 0");
        Db.execute(admin, "SELECT pg_reload_conf()");
        Thread.sleep(300);
        long offset = Files.size(log);
        try {
            call.run();
            Thread.sleep(300);
        } finally {
            Db.execute(admin, "ALTER SYSTEM RESET log_min_duration_statement");
            Db.execute(admin, "SELECT pg_reload_conf()");
        }
        byte[] all = Files.readAllBytes(log);
        String text = new String(all, (int) offset, all.length - (int) offset, java.nio.charset.StandardCharsets.UTF_8);
        List<Statement> statements = new ArrayList<>();
        String pendingSql = null;
        List<String> pendingValues = List.of();
        double pendingMillis = 0;
        boolean attach = false;   // a DETAIL line belongs to the LOG line just before it (parse/bind ones too)
        for (String line : text.split("\n")) {
            Matcher execute = EXECUTE.matcher(line);
            Matcher detail = DETAIL.matcher(line);
            if (!execute.find() && line.contains(" LOG:  ")) {
                attach = false;
            }
            execute.reset();
            if (execute.find()) {
                attach = true;
                if (pendingSql != null) {
                    statements.add(new Statement(pendingSql, pendingValues, pendingMillis));
                }
                pendingValues = List.of();
                pendingSql = execute.group(2).equals(database) && !execute.group(4).contains("outbox_message")
                        ? execute.group(4) : null;
                pendingMillis = Double.parseDouble(execute.group(3));
            } else if (detail.find() && attach && pendingSql != null && detail.group(2).equals(database)) {
                pendingValues = values(detail.group(3));
            }
        }
        if (pendingSql != null) {
            statements.add(new Statement(pendingSql, pendingValues, pendingMillis));
        }
        return statements;
    }

    private static List<String> values(String parameters) {
        Matcher m = PARAM.matcher(parameters);
        List<String> values = new ArrayList<>();
        while (m.find()) {
            int index = Integer.parseInt(m.group(1));
            while (values.size() < index) {
                values.add("NULL");
            }
            values.set(index - 1, m.group(2));
        }
        return values;
    }
}
