package org.dlc.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The bench's table on stdout (path | rate | ratio to health | p50 | p99 | max | errors) and its figures as JSON
 * (target/bench/results.json). Every rate is also given as a ratio to the health check's rate of the same run.
 */
final class Report {

    /**
     * A measured row: a rate (NaN when there is none, e.g. sequential latencies), latencies in ms, and the CPU
     * microseconds one answer cost the server and the client (NaN when not measured).
     */
    record Row(String name, long requests, double rate, double p50, double p99, double max, long errors, String note,
            String unit, double value, double serverMicros, double clientMicros) {

        boolean load() {
            return unit == null;
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> checks = new ArrayList<>();
    private final List<String> goals = new ArrayList<>();
    private Wrk.Result health;

    /**
     * A run of the health check: the denominator of every ratio is the best of them (measured at the start and
     * again at the end of the run, when the JIT has compiled more: the higher rate makes the ratios smaller).
     */
    void health(Wrk.Result r) {
        if (health == null || r.rate() > health.rate()) {
            health = r;
        }
        load(r);
    }

    double healthRate() {
        return health == null ? Double.NaN : health.rate();
    }

    /** The p99 latency of the health run the ratios are to. */
    double healthP99() {
        return health == null ? Double.NaN : health.p99Ms();
    }

    /** The client's ceiling, from what one health answer cost it: see {@link Wrk.Result#clientCeiling}. */
    double clientCeiling() {
        return health == null ? Double.NaN : health.clientCeiling();
    }

    void load(Wrk.Result r) {
        add(new Row(r.name(), r.requests(), r.rate(), r.p50Ms(), r.p99Ms(), r.maxMs(), r.errors(),
                r.filler() == 0 ? "" : r.filler() + " filler health answers", null, 0, r.serverMicros(),
                r.clientMicros()));
    }

    void latencies(String name, long[] sortedNanos) {
        add(new Row(name, sortedNanos.length, Double.NaN, percentile(sortedNanos, 50), percentile(sortedNanos, 99),
                sortedNanos.length == 0 ? 0 : sortedNanos[sortedNanos.length - 1] / 1e6, 0, "", null, 0, Double.NaN,
                Double.NaN));
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    void figure(String name, String unit, double value) {
        add(new Row(name, 0, Double.NaN, 0, 0, 0, 0, "", unit, value, Double.NaN, Double.NaN));
    }

    private void add(Row row) {
        rows.add(row);
        System.out.println("bench: " + line(row));
    }

    void failed(String verification) {
        checks.add("FAILED " + verification);
        System.out.println("bench: FAILED " + verification);
    }

    void check(String passed) {
        checks.add(passed);
        System.out.println("bench: verified " + passed);
    }

    /** The rate as a ratio to the health check's (the ratio of the health runs themselves to the best of them). */
    double ratio(double rate) {
        return rate / healthRate();
    }

    private String ratio(Row r) {
        return Double.isNaN(r.rate) || Double.isNaN(healthRate()) ? "-" : String.format(Locale.ROOT, "%.3f", ratio(r.rate));
    }

    private static String micros(double us) {
        return Double.isNaN(us) ? "-" : String.format(Locale.ROOT, "%.0f", us);
    }

    private String line(Row r) {
        if (!r.load()) {
            // A ratio ("x") to three places, as the table's ratios.
            return String.format(Locale.ROOT, "x".equals(r.unit) ? "%-78s | %12.3f %s" : "%-78s | %12.1f %s", r.name,
                    r.value, r.unit);
        }
        return String.format(Locale.ROOT, "%-78s | %8s/s | %6s | %7.1f | %7.1f | %7.1f | %6d | %6s | %6s %s", r.name,
                Double.isNaN(r.rate) ? "-" : String.format(Locale.ROOT, "%.0f", r.rate), ratio(r),
                r.p50, r.p99, r.max, r.errors, micros(r.serverMicros), micros(r.clientMicros), r.note);
    }

    void print() {
        System.out.println();
        System.out.println("==== DLC benchmark (wrk -t" + Wrk.THREADS + " -c" + RegistrationStormBench.CONCURRENCY
                + ", warm JIT; ratio = rate / the best health check rate of this run; latencies in ms; CPU"
                + " microseconds per answer of the server and of the client) ====");
        System.out.println(String.format(Locale.ROOT, "%-78s | %10s | %6s | %7s | %7s | %7s | %6s | %6s | %6s", "path",
                "rate", "ratio", "p50", "p99", "max", "errors", "srv us", "cli us"));
        rows.forEach(r -> System.out.println(line(r)));
        checks.forEach(c -> System.out.println("verified: " + c));
        goals.forEach(g -> System.out.println("goal: " + g));
        System.out.println();
    }

    /** A goal of issue 15, as met or missed by this run's figures (reported; never fails the bench). */
    void goal(String goal, boolean met, String measured) {
        String line = (met ? "met    " : "MISSED ") + goal + ": " + measured;
        goals.add(line);
        System.out.println("bench: goal " + line);
    }

    void write(Path file) {
        StringBuilder json = new StringBuilder("{\n  \"client\": \"wrk -t" + Wrk.THREADS + " -c"
                + RegistrationStormBench.CONCURRENCY + " --latency\",\n  \"healthPerSecond\": "
                + String.format(Locale.ROOT, "%.1f", healthRate()) + ",\n  \"clientCeilingPerSecond\": "
                + String.format(Locale.ROOT, "%.1f", clientCeiling()) + ",\n  \"figures\": [\n");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            json.append("    {\"name\": ").append(quote(r.name));
            if (!r.load()) {
                json.append(String.format(Locale.ROOT, ", \"value\": %.3f, \"unit\": %s", r.value, quote(r.unit)));
            } else {
                json.append(String.format(Locale.ROOT, ", \"requests\": %d, \"perSecond\": %s, \"ratioToHealth\": %s,"
                                + " \"p50Ms\": %.2f, \"p99Ms\": %.2f, \"maxMs\": %.2f, \"errors\": %d",
                        r.requests, Double.isNaN(r.rate) ? "null" : String.format(Locale.ROOT, "%.1f", r.rate),
                        "-".equals(ratio(r)) ? "null" : ratio(r), r.p50, r.p99, r.max, r.errors));
                if (!Double.isNaN(r.serverMicros)) {
                    json.append(String.format(Locale.ROOT, ", \"serverCpuMicrosPerAnswer\": %.1f,"
                            + " \"clientCpuMicrosPerAnswer\": %.1f", r.serverMicros, r.clientMicros));
                }
                if (!r.note.isEmpty()) {
                    json.append(", \"note\": ").append(quote(r.note));
                }
            }
            json.append(i + 1 < rows.size() ? "},\n" : "}\n");
        }
        json.append("  ],\n  \"verified\": [");
        for (int i = 0; i < checks.size(); i++) {
            json.append(i == 0 ? "\n    " : ",\n    ").append(quote(checks.get(i)));
        }
        json.append("\n  ],\n  \"goals\": [");
        for (int i = 0; i < goals.size(); i++) {
            json.append(i == 0 ? "\n    " : ",\n    ").append(quote(goals.get(i)));
        }
        json.append("\n  ]\n}\n");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("bench: wrote " + file.toAbsolutePath());
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
