package org.procurement.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cross-check of the load generator by an established tool: wrk (Debian's 4.1) drives the same GET at the same
 * concurrency, closed loop, and its throughput and percentiles stand beside {@link LoadGen}'s. wrk has no open-loop
 * mode (wrk2, which has, is not packaged here), so it checks capacity, not latency under a fixed rate.
 */
final class Wrk {

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");

    private Wrk() {
    }

    static boolean available() {
        try {
            return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static LoadGen.Result run(String label, String url, String token, int connections, int seconds)
            throws IOException, InterruptedException {
        List<String> command = List.of("wrk", "-t", "2", "-c", Integer.toString(connections), "-d", seconds + "s",
                "--latency", "-H", "Authorization: Bearer " + token, "-H", "Accept: application/json", url);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(seconds + 60L, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("wrk failed: " + out);
        }
        Matcher rate = RATE.matcher(out);
        Matcher total = TOTAL.matcher(out);
        Matcher non2xx = NON_2XX.matcher(out);
        long errors = non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0;
        long done = total.find() ? Long.parseLong(total.group(1)) : 0;
        return new LoadGen.Result(label, -1, rate.find() ? Double.parseDouble(rate.group(1)) : 0, done - errors, errors,
                seconds, percentile(out, "50%"), percentile(out, "90%"), percentile(out, "99%"), max(out),
                errors > 0 ? errors + " answers not 2xx/3xx" : null);
    }

    /** The slowest call, from wrk's thread statistics ("Latency  avg  stdev  max  +/-"). */
    private static double max(String out) {
        Matcher m = Pattern.compile("Latency\\s+[0-9.]+(?:us|ms|s)\\s+[0-9.]+(?:us|ms|s)\\s+([0-9.]+)(us|ms|s)").matcher(out);
        return m.find() ? millis(m.group(1), m.group(2)) : 0;
    }

    /** One line of wrk's latency distribution ("     99%    4.52ms"), in milliseconds. */
    private static double percentile(String out, String which) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(which) + "\\s+([0-9.]+)(us|ms|s)\\b").matcher(out);
        if (!m.find()) {
            return 0;
        }
        return millis(m.group(1), m.group(2));
    }

    private static double millis(String number, String unit) {
        double value = Double.parseDouble(number);
        return switch (unit) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}
