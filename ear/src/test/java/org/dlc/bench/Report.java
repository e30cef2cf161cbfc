package org.dlc.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The bench's table on stdout and its figures as JSON (target/bench/results.json). */
final class Report {

    private record Row(String name, String unit, double value, Load.Result load, Load.Result ping) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> checks = new ArrayList<>();

    void load(Load.Result result, Load.Result ping) {
        rows.add(new Row(result.name(), null, 0, result, ping));
        System.out.println("bench: " + line(rows.get(rows.size() - 1)));
    }

    void figure(String name, String unit, double value) {
        rows.add(new Row(name, unit, value, null, null));
        System.out.println("bench: " + line(rows.get(rows.size() - 1)));
    }

    void failed(String verification) {
        checks.add("FAILED " + verification);
        System.out.println("bench: FAILED " + verification);
    }

    void check(String passed) {
        checks.add(passed);
        System.out.println("bench: verified " + passed);
    }

    private static String line(Row r) {
        if (r.load == null) {
            return String.format(Locale.ROOT, "%-90s %12.1f %s", r.name, r.value, r.unit);
        }
        Load.Result l = r.load;
        return String.format(Locale.ROOT, "%-90s %6d req %9s/s %6s x ping  p50 %7.1f  p99 %7.1f  max %7.1f ms  errors %d",
                l.name(), l.requests(), l.seconds() == 0 ? "-" : String.format(Locale.ROOT, "%.0f", l.rate()),
                r.ping == null ? "-" : String.format(Locale.ROOT, "%.2f", l.rate() / r.ping.rate()),
                l.percentileMillis(50), l.percentileMillis(99), l.maxMillis(), l.errors());
    }

    void print() {
        System.out.println();
        System.out.println("==== DLC benchmark (warm JIT, concurrency " + RegistrationStormBench.CONCURRENCY + ") ====");
        rows.forEach(r -> System.out.println(line(r)));
        checks.forEach(c -> System.out.println("verified: " + c));
        System.out.println();
    }

    void write(Path file) {
        StringBuilder json = new StringBuilder("{\n  \"concurrency\": " + RegistrationStormBench.CONCURRENCY
                + ",\n  \"figures\": [\n");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            json.append("    {\"name\": ").append(quote(r.name));
            if (r.load == null) {
                json.append(String.format(Locale.ROOT, ", \"value\": %.3f, \"unit\": %s", r.value, quote(r.unit)));
            } else {
                Load.Result l = r.load;
                json.append(String.format(Locale.ROOT, ", \"requests\": %d, \"seconds\": %.3f, \"perSecond\": %.1f,"
                                + " \"ratioToPing\": %s, \"p50Ms\": %.2f, \"p99Ms\": %.2f, \"maxMs\": %.2f, \"errors\": %d",
                        l.requests(), l.seconds(), l.seconds() == 0 ? 0 : l.rate(),
                        r.ping == null ? "null" : String.format(Locale.ROOT, "%.3f", l.rate() / r.ping.rate()),
                        l.percentileMillis(50), l.percentileMillis(99), l.maxMillis(), l.errors()));
            }
            json.append(i + 1 < rows.size() ? "},\n" : "}\n");
        }
        json.append("  ],\n  \"verified\": [");
        for (int i = 0; i < checks.size(); i++) {
            json.append(i == 0 ? "\n    " : ",\n    ").append(quote(checks.get(i)));
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
