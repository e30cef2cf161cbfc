package org.dlc.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.dlc.it.Server;

/**
 * The load client: java.net.http.HttpClient over HTTP/1.1, a fixed pool of threads each doing blocking sends,
 * taking the next request index until all are sent. Records each request's latency (send to full response).
 */
final class Load {

    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** What one request's answer means: ok, or an error (HTTP status or an unexpected body). */
    interface Check {
        boolean ok(int index, HttpResponse<String> response);
    }

    record Result(String name, int requests, double seconds, int errors, long[] sortedNanos, List<String> firstErrors) {

        double rate() {
            return requests / seconds;
        }

        double percentileMillis(double p) {
            if (sortedNanos.length == 0) {
                return 0;
            }
            int i = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, i))] / 1e6;
        }

        double maxMillis() {
            return sortedNanos.length == 0 ? 0 : sortedNanos[sortedNanos.length - 1] / 1e6;
        }
    }

    private Load() {
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(Server.BASE + path)).timeout(Duration.ofSeconds(120));
    }

    /** Sends {@code n} requests from {@code concurrency} threads. */
    static Result run(String name, int n, int concurrency, IntFunction<HttpRequest> requests, Check check) {
        long[] nanos = new long[n];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<String> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    HttpRequest request = requests.apply(i);
                    long t0 = System.nanoTime();
                    boolean ok;
                    String error = null;
                    try {
                        HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
                        ok = check.ok(i, r);
                        if (!ok) {
                            error = r.statusCode() + " " + r.body();
                        }
                    } catch (IOException e) {
                        ok = false;
                        error = e.toString();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    nanos[i] = System.nanoTime() - t0;
                    if (!ok) {
                        errors.incrementAndGet();
                        if (firstErrors.size() < 5) {
                            firstErrors.add(request.uri() + ": " + error);
                        }
                    }
                }
            }));
        }
        for (Future<?> w : workers) {
            try {
                w.get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Arrays.sort(nanos);
        return new Result(name, n, seconds, errors.get(), nanos, List.copyOf(firstErrors));
    }
}
