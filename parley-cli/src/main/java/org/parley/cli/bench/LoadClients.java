package org.parley.cli.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Closed-loop load on a loopback HTTP server: {@code clients} threads each send one GET at a time
 * until {@code requests} have been sent or {@code maxSeconds} have passed, whichever comes first.
 * Latency is measured per request, from send to the full body read.
 */
public final class LoadClients {
    public record Result(int clients, int requests, int errors, double seconds, double p50, double p95, double p99, double max,
                         double cpuMsPerRequest) {
        public double perSecond() { return requests / seconds; }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    /** @param base "http://127.0.0.1:PORT": loopback only */
    public LoadClients(String base) {
        if (!base.startsWith("http://127.0.0.1:") && !base.startsWith("http://localhost:")) {
            throw new IllegalArgumentException("load is only sent to loopback, not " + base);
        }
        this.base = base;
    }

    /** Runs one level; {@code path.apply(i)} is the path of request i. */
    public Result run(int clients, int requests, double maxSeconds, IntFunction<String> path) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long[] latencies = new long[requests];
        AtomicLong done = new AtomicLong();
        long cpu0 = processCpuNanos();
        long start = System.nanoTime();
        long deadline = start + (long) (maxSeconds * 1e9);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                int i;
                while ((i = next.getAndIncrement()) < requests && System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + path.apply(i)))
                                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) errors.incrementAndGet();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies[i] = System.nanoTime() - t0;
                    done.incrementAndGet();
                }
            }, "load-" + c);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) t.join();
        double seconds = (System.nanoTime() - start) / 1e9;
        int n = (int) done.get();
        long[] got = Arrays.stream(latencies).filter(l -> l > 0).sorted().toArray();
        double cpu = (processCpuNanos() - cpu0) / 1e6 / Math.max(1, n);
        return new Result(clients, n, errors.get(), seconds, pct(got, 50), pct(got, 95), pct(got, 99),
                got.length == 0 ? 0 : got[got.length - 1] / 1e6, cpu);
    }

    /** CPU time of this whole process (server and clients: the bench runs both), or 0 when unknown. */
    private static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    /** One GET, for harvesting ids before a run. */
    public String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
