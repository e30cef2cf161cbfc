package org.dlc.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.dlc.it.Server;

/**
 * The load client: wrk (Debian package {@code wrk}) started by the bench, {@code -t2 -c64 --latency}, against the
 * server's plain-HTTP listener on 127.0.0.1 (served to loopback only; {@code localhost} may resolve to ::1). A Lua
 * script the bench writes sends one request per line of a data file (the body, and what the answer must
 * contain), checks every answer and prints one {@code DLC-RESULT} line from wrk's own figures (rate, p50/p99/max
 * in microseconds, wrk's socket errors) and the script's counts (answers per status, unexpected answers).
 *
 * <p>Two modes. A <em>quota</em> run sends each of the {@code n} requests {@code rounds} times exactly and stops
 * when every answer has come (used where the verification counts state changes: first registrations, seizures,
 * the rejection storm); a connection with nothing left to send sends {@code GET /dlc/api/health} instead, whose
 * answers are counted apart ({@code filler}: each connection waits 5 s before one, so a handful; included in wrk's
 * latency figures).
 * A <em>timed</em> run cycles over the requests for a duration (health, ping).
 */
final class Wrk {

    static final int THREADS = 2;
    /** The server's plain-HTTP origin ({@code -Dbench.wrk.origin} points the client elsewhere, e.g. to try it). */
    static final String ORIGIN = System.getProperty("bench.wrk.origin") != null ? System.getProperty("bench.wrk.origin")
            : Server.HTTP_ORIGIN;
    /** The single server of the bench, at {@link #ORIGIN}. */
    static final Target SERVER = new Target("server", ORIGIN, () -> ProcessHandle.of(Server.pid()).orElseThrow());

    /** Where a run sends its requests, and the server JVM whose CPU time it measures. */
    record Target(String name, String origin, Supplier<ProcessHandle> jvm) {
    }

    /** What only the health check's answer contains (the filler of a quota run). */
    static final String HEALTH_MARK = "\"status\":\"UP\"";
    private static final Path DIR = Path.of("target/bench/wrk");

    /**
     * What one scenario sends: the same method, path and headers, {@code n} bodies (empty: none). An answer whose
     * status is not in {@code okStatuses} is unexpected; the answers containing each of {@code markers} are
     * counted (the script cannot tell which request an answer is for: the bench compares the counts).
     */
    record Requests(String method, String path, Map<String, String> headers, int n, IntFunction<String> body,
            Set<Integer> okStatuses, List<String> markers) {

        static Requests get(String path, Map<String, String> headers) {
            return new Requests("GET", path, headers, 1, i -> "", Set.of(200), List.of());
        }
    }

    /**
     * One run's figures: from wrk and its script, and the CPU time the client (wrk, from its shell's {@code times})
     * and the server (its JVM, from /proc) spent in the run.
     */
    record Result(String name, long requests, double seconds, double p50Ms, double p99Ms, double maxMs,
            long unexpected, long socketErrors, long filler, Map<Integer, Long> statuses, List<Long> markers,
            String firstUnexpected, double clientCpuSeconds, double serverCpuSeconds) {

        double rate() {
            return seconds == 0 ? 0 : requests / seconds;
        }

        /** CPU microseconds per answered request (fillers included: they cost too). */
        double clientMicros() {
            return 1e6 * clientCpuSeconds / Math.max(1, requests + filler);
        }

        double serverMicros() {
            return 1e6 * serverCpuSeconds / Math.max(1, requests + filler);
        }

        /**
         * The client's own ceiling: the rate it could reach with its {@link #THREADS} threads on cores of its own,
         * from what one answer cost it in this run.
         */
        double clientCeiling() {
            return clientCpuSeconds <= 0 ? Double.POSITIVE_INFINITY
                    : (requests + filler) / clientCpuSeconds * Math.min(THREADS, Runtime.getRuntime().availableProcessors());
        }

        long errors() {
            return unexpected + socketErrors;
        }

        long status(int code) {
            return statuses.getOrDefault(code, 0L);
        }
    }

    private Wrk() {
    }

    /** Each request {@code rounds} times, then stop. */
    static Result quota(String name, int connections, Requests r, int rounds) {
        return quota(SERVER, name, connections, r, rounds);
    }

    static Result quota(Target target, String name, int connections, Requests r, int rounds) {
        return run(target, name, connections, r, (long) r.n() * rounds, 600);
    }

    /** Cycle over the requests for {@code seconds}. */
    static Result timed(String name, int connections, Requests r, int seconds) {
        return timed(SERVER, name, connections, r, seconds);
    }

    static Result timed(Target target, String name, int connections, Requests r, int seconds) {
        return run(target, name, connections, r, 0, seconds);
    }

    private static Result run(Target target, String name, int connections, Requests r, long total, int seconds) {
        try {
            Files.createDirectories(DIR);
            String slug = (target == SERVER ? name : target.name() + " " + name).replaceAll("[^A-Za-z0-9]+", "-")
                    .replaceAll("^-|-$", "").toLowerCase();
            Path data = DIR.resolve(slug + ".txt");
            StringBuilder lines = new StringBuilder();
            for (int i = 0; i < r.n(); i++) {
                String body = r.body().apply(i);
                if (body.contains("\n")) {
                    throw new IllegalArgumentException("a body with a newline: " + body);
                }
                lines.append(body).append('\n');
            }
            Files.writeString(data, lines, StandardCharsets.UTF_8);
            Files.deleteIfExists(Path.of(data + ".done"));
            Path script = DIR.resolve(slug + ".lua");
            Files.writeString(script, script(r, data, total), StandardCharsets.UTF_8);
            // Through a shell whose "times" prints, once wrk has ended, the CPU time wrk used (its children's line).
            List<String> command = List.of("sh", "-c", "wrk \"$@\"; status=$?; times; exit $status", "wrk",
                    "-t" + THREADS, "-c" + connections, "-d" + seconds + "s", "--timeout", "60s", "--latency", "-s",
                    script.toAbsolutePath().toString(), target.origin());
            Path out = DIR.resolve(slug + ".out");
            Path done = Path.of(data + ".done");
            java.time.LocalTime from = java.time.LocalTime.now(java.time.ZoneOffset.UTC).withNano(0);
            ProcessHandle server = target.jvm().get();
            java.time.Duration serverCpu0 = cpu(server);
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            long deadline = System.nanoTime() + (seconds + 120L) * 1_000_000_000L;
            while (!p.waitFor(100, TimeUnit.MILLISECONDS)) {
                if (System.nanoTime() > deadline) {
                    p.destroyForcibly();
                    throw new IllegalStateException("wrk did not end: " + command);
                }
                // A quota run whose threads all have their answers: their loops have ended, so the signal reaches
                // wrk's main thread, which then reports (repeated until it does).
                if (total > 0 && Files.exists(done) && Files.readAllLines(done).size() >= THREADS) {
                    for (ProcessHandle wrk : p.children().toList()) {
                        new ProcessBuilder("kill", "-INT", String.valueOf(wrk.pid())).start().waitFor();
                    }
                    p.waitFor(400, TimeUnit.MILLISECONDS);
                }
            }
            double serverCpu = (cpu(server).toNanos() - serverCpu0.toNanos()) / 1e9;
            String output = Files.readString(out);
            // The window of this run, for a profile's samples (jfr-top.py FROM TO).
            System.out.println("bench: wrk window " + from + " " + java.time.LocalTime.now(java.time.ZoneOffset.UTC)
                    .withNano(0).plusSeconds(1) + " " + name);
            if (p.exitValue() != 0) {
                throw new IllegalStateException("wrk exited with " + p.exitValue() + ": " + output);
            }
            return parse(name, output, serverCpu);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static java.time.Duration cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().orElseThrow(() -> new IllegalStateException("no CPU time of " + process));
    }

    /** The shell's "times": its own user and system time, then its children's (wrk's), e.g. {@code 0m1.250s 0m0.400s}. */
    static double clientCpuSeconds(String output) {
        List<String> times = output.lines().filter(l -> l.matches("\\d+m[\\d.]+s \\d+m[\\d.]+s")).toList();
        if (times.size() < 2) {
            throw new IllegalStateException("no CPU times of wrk in its output:\n" + output);
        }
        double seconds = 0;
        for (String t : times.get(times.size() - 1).split(" ")) {
            String[] ms = t.substring(0, t.length() - 1).split("m");
            seconds += Integer.parseInt(ms[0]) * 60 + Double.parseDouble(ms[1]);
        }
        return seconds;
    }

    static Result parse(String name, String output, double serverCpuSeconds) {
        String line = output.lines().filter(l -> l.startsWith("DLC-RESULT ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no DLC-RESULT line in wrk's output:\n" + output));
        Map<String, String> f = new TreeMap<>();
        for (String kv : line.substring("DLC-RESULT ".length()).split(" ")) {
            int eq = kv.indexOf('=');
            f.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        Map<Integer, Long> statuses = new TreeMap<>();
        for (String s : f.get("statuses").split(",")) {
            if (!s.isEmpty()) {
                String[] sc = s.split(":");
                statuses.merge(Integer.parseInt(sc[0]), Long.parseLong(sc[1]), Long::sum);
            }
        }
        String first = output.lines().filter(l -> l.startsWith("DLC-UNEXPECTED ")).findFirst()
                .map(l -> l.substring("DLC-UNEXPECTED ".length())).orElse("");
        long socket = Long.parseLong(f.get("connect")) + Long.parseLong(f.get("read")) + Long.parseLong(f.get("write"))
                + Long.parseLong(f.get("timeout"));
        return new Result(name, Long.parseLong(f.get("answered")), Long.parseLong(f.get("duration_us")) / 1e6,
                Long.parseLong(f.get("p50_us")) / 1e3, Long.parseLong(f.get("p99_us")) / 1e3,
                Long.parseLong(f.get("max_us")) / 1e3, Long.parseLong(f.get("unexpected")), socket,
                Long.parseLong(f.get("filler")), statuses, f.get("markers").isEmpty() ? List.of()
                        : java.util.Arrays.stream(f.get("markers").split(",")).map(Long::parseLong).toList(), first,
                clientCpuSeconds(output), serverCpuSeconds);
    }

    private static String lua(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    private static String script(Requests r, Path data, long total) {
        String headers = r.headers().entrySet().stream()
                .map(e -> "[" + lua(e.getKey()) + "] = " + lua(e.getValue())).collect(Collectors.joining(", "));
        String okStatuses = r.okStatuses().stream().map(s -> "[" + s + "] = true").collect(Collectors.joining(", "));
        String markers = r.markers().stream().map(Wrk::lua).collect(Collectors.joining(", "));
        List<String> s = new ArrayList<>();
        s.add("-- written by org.dlc.bench.Wrk");
        s.add("local method, path = " + lua(r.method()) + ", " + lua("/dlc" + r.path()));
        s.add("local headers = { " + headers + " }");
        s.add("local ok_status = { " + okStatuses + " }");
        s.add("local markers = { " + markers + " }");
        s.add("local total, nthreads = " + total + ", " + THREADS);
        s.add("local data = " + lua(data.toAbsolutePath().toString()));
        s.add("local HEALTH_MARK = " + lua(HEALTH_MARK));
        s.add("local done_file = " + lua(data.toAbsolutePath() + ".done"));
        s.add("""
                -- the main state: one entry per thread, read in done()
                local threads, counter = {}, 0
                function setup(thread)
                  thread:set("tid", counter)
                  counter = counter + 1
                  table.insert(threads, thread)
                end
                -- each thread's state; what done() reads is global (thread:get)
                local bodies, n, sent, quota = {}, 0, 0, 0
                local health = nil
                answered, unexpected, filler, first = 0, 0, 0, ""
                function init(args)
                  for line in io.lines(data) do
                    n = n + 1
                    bodies[n] = line
                  end
                  if total > 0 then
                    -- this thread's share of the requests: tid, tid + nthreads, tid + 2 nthreads, ...
                    quota = math.floor((total - tid + nthreads - 1) / nthreads)
                  end
                  for j = 1, #markers do _G["m" .. j] = 0 end
                  health = wrk.format("GET", "/dlc/api/health")
                  -- wrk builds one request of the first thread to check it, and never sends it
                  if tid == 0 then sent = -1 end
                end
                function request()
                  local k = sent
                  sent = sent + 1
                  if k < 0 or (quota > 0 and k >= quota) then
                    return health
                  end
                  local b = bodies[(tid + k * nthreads) % n + 1]
                  if b == "" then
                    return wrk.format(method, path, headers)
                  end
                  return wrk.format(method, path, headers, b)
                end
                -- a connection with nothing left to send waits long before its filler: at most a few per connection
                function delay()
                  if quota > 0 and sent >= quota then return 5000 end
                  return 0
                end
                function response(status, hdrs, body)
                  if quota > 0 and sent > quota and body ~= nil and body:find(HEALTH_MARK, 1, true) then
                    -- the answer to a connection's request after this thread's share was sent: the health check
                    filler = filler + 1
                    return
                  end
                  answered = answered + 1
                  local key = "s" .. status
                  _G[key] = (_G[key] or 0) + 1
                  if not ok_status[status] then
                    unexpected = unexpected + 1
                    if first == "" then first = status .. " " .. (body or "") end
                  end
                  for j = 1, #markers do
                    if body ~= nil and body:find(markers[j], 1, true) then
                      _G["m" .. j] = _G["m" .. j] + 1
                    end
                  end
                  if quota > 0 and answered == quota then
                    finished()
                  end
                end
                -- wrk's main thread sleeps for the whole duration: each thread with all its answers stops and says
                -- so in the done file; once every thread has, the bench interrupts wrk (SIGINT), which then reports
                function finished()
                  wrk.thread:stop()
                  local f = io.open(done_file, "a")
                  f:write(tid, "\\n")
                  f:close()
                end
                function done(summary, latency, requests)
                  local a, u, f, fst, st, mk = 0, 0, 0, "", {}, {}
                  for _, t in ipairs(threads) do
                    a = a + t:get("answered")
                    u = u + t:get("unexpected")
                    f = f + t:get("filler")
                    local x = t:get("first")
                    if fst == "" and x ~= "" then fst = x end
                    for code = 100, 599 do
                      local c = t:get("s" .. code)
                      if c ~= nil then st[code] = (st[code] or 0) + c end
                    end
                    for j = 1, #markers do mk[j] = (mk[j] or 0) + t:get("m" .. j) end
                  end
                  local parts = {}
                  for code, c in pairs(st) do table.insert(parts, code .. ":" .. c) end
                  local e = summary.errors
                  io.write(string.format("DLC-RESULT answered=%d duration_us=%d p50_us=%d p99_us=%d max_us=%d"
                    .. " unexpected=%d filler=%d connect=%d read=%d write=%d timeout=%d statuses=%s markers=%s\\n",
                    a, summary.duration, latency:percentile(50), latency:percentile(99), latency.max,
                    u, f, e.connect, e.read, e.write, e.timeout, table.concat(parts, ","), table.concat(mk, ",")))
                  if fst ~= "" then
                    io.write("DLC-UNEXPECTED " .. fst:gsub("%s+", " "):sub(1, 400) .. "\\n")
                  end
                end
                """);
        return String.join("\n", s);
    }
}
