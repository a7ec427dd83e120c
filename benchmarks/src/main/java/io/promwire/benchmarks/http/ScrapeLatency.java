package io.promwire.benchmarks.http;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.promwire.runtime.Promwire;
import io.promwire.runtime.PromwireOptions;
import io.promwire.runtime.jdk.PromwireServer;
import io.promwire.runtime.jdk.ServerOptions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@code /metrics} scrape latency of one registry of 10,000 series, served by promwire's metrics
 * endpoint (the app's server) and by client_java's own {@code HTTPServer}, over loopback,
 * alternating between the two. Run by {@code benchmarks/scrape-latency.sh}; stops by itself.
 *
 * <p>Options: {@code --scrapes N} measured scrapes of each server (default 500), {@code --warmup N}
 * (default 200), {@code --max-seconds S} stops measuring earlier (default 120), {@code --series N}
 * (default 10000, a multiple of 100), {@code --accept TYPE} the Accept header (default none: text
 * format 0.0.4), {@code --gzip} asks for gzip.
 */
public final class ScrapeLatency {
  private static final int SERIES_PER_METRIC = 100;

  private ScrapeLatency() {}

  public static void main(String[] args) throws Exception {
    int scrapes = intOption(args, "--scrapes", 500);
    int warmup = intOption(args, "--warmup", 200);
    int maxSeconds = intOption(args, "--max-seconds", 120);
    int series = intOption(args, "--series", 10_000);
    String accept = option(args, "--accept");
    boolean gzip = Arrays.asList(args).contains("--gzip");

    PrometheusRegistry registry = registry(series);
    PromwireServer promwire =
        Promwire.builder()
            .registry(registry)
            .options(PromwireOptions.builder().defaultMetrics(false).jvmMetrics(false).build())
            .build()
            .serve(ServerOptions.builder().bindAddress("127.0.0.1").port(0).build());
    HTTPServer clientJava =
        HTTPServer.builder().hostname("127.0.0.1").port(0).registry(registry).buildAndStart();
    try {
      HttpClient client =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(5))
              .build();
      Side[] sides = {
        new Side("promwire", request(promwire.port(), accept, gzip)),
        new Side("client_java HTTPServer", request(clientJava.getPort(), accept, gzip))
      };
      System.out.printf(
          Locale.ROOT,
          "%d series in %d metrics; Accept: %s; gzip: %s; %d warm-up and %d measured scrapes each,"
              + " alternating%n",
          series, series / SERIES_PER_METRIC, accept == null ? "(none: text 0.0.4)" : accept,
          gzip, warmup, scrapes);
      for (int i = 0; i < warmup; i++) {
        for (Side side : sides) {
          side.scrape(client, false);
        }
      }
      long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
      int done = 0;
      while (done < scrapes && System.nanoTime() < deadline) {
        // Alternate, and swap which goes first each time, so neither always follows the other.
        Side first = sides[done % 2];
        Side second = sides[(done + 1) % 2];
        first.scrape(client, true);
        second.scrape(client, true);
        done++;
      }
      if (done < scrapes) {
        System.out.printf("stopped after %d scrapes each: --max-seconds %d reached%n", done, maxSeconds);
      }
      System.out.printf(
          Locale.ROOT, "%-24s %8s %8s %8s %8s %8s %8s %10s%n",
          "server", "scrapes", "mean ms", "p50 ms", "p90 ms", "p99 ms", "max ms", "bytes");
      for (Side side : sides) {
        side.print();
      }
      double p50 = sides[0].percentile(50) / sides[1].percentile(50);
      double mean = sides[0].mean() / sides[1].mean();
      System.out.printf(
          Locale.ROOT,
          "promwire / client_java: p50 %.3f, mean %.3f (below 1: promwire is faster)%n",
          p50, mean);
    } finally {
      promwire.stop(Duration.ZERO);
      clientJava.close();
    }
  }

  /**
   * {@code series / 100} metrics, counters and gauges in turn, each with 100 label sets over two
   * labels: {@code series} samples in the text format.
   */
  static PrometheusRegistry registry(int series) {
    if (series <= 0 || series % SERIES_PER_METRIC != 0) {
      throw new IllegalArgumentException("--series must be a positive multiple of 100: " + series);
    }
    PrometheusRegistry registry = new PrometheusRegistry();
    for (int m = 0; m < series / SERIES_PER_METRIC; m++) {
      if (m % 2 == 0) {
        Counter counter =
            Counter.builder()
                .name("scrape_bench_requests_" + m)
                .help("Requests of service " + m)
                .labelNames("route", "status")
                .register(registry);
        for (int s = 0; s < SERIES_PER_METRIC; s++) {
          counter.labelValues("/route/" + (s / 5), String.valueOf(200 + s % 5)).inc(s + m);
        }
      } else {
        Gauge gauge =
            Gauge.builder()
                .name("scrape_bench_queue_depth_" + m)
                .help("Queue depth of service " + m)
                .labelNames("queue", "shard")
                .register(registry);
        for (int s = 0; s < SERIES_PER_METRIC; s++) {
          gauge.labelValues("queue-" + (s / 10), String.valueOf(s % 10)).set(s * 1.5 + m);
        }
      }
    }
    return registry;
  }

  private static HttpRequest request(int port, String accept, boolean gzip) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
            .timeout(Duration.ofSeconds(30))
            .GET();
    if (accept != null) {
      builder.header("Accept", accept);
    }
    if (gzip) {
      builder.header("Accept-Encoding", "gzip");
    }
    return builder.build();
  }

  private static final class Side {
    private final String name;
    private final HttpRequest request;
    private long[] nanos = new long[1024];
    private int count;
    private long bytes = -1;

    Side(String name, HttpRequest request) {
      this.name = name;
      this.request = request;
    }

    void scrape(HttpClient client, boolean measured) throws IOException, InterruptedException {
      long start = System.nanoTime();
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      long elapsed = System.nanoTime() - start;
      if (response.statusCode() != 200) {
        throw new IllegalStateException(name + " answered " + response.statusCode());
      }
      bytes = response.body().length;
      if (measured) {
        if (count == nanos.length) {
          nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsed;
      }
    }

    double mean() {
      return Arrays.stream(nanos, 0, count).average().orElse(Double.NaN) / 1e6;
    }

    double percentile(double p) {
      long[] sorted = Arrays.copyOf(nanos, count);
      Arrays.sort(sorted);
      int index = (int) Math.ceil(p / 100 * count) - 1;
      return sorted[Math.max(0, Math.min(count - 1, index))] / 1e6;
    }

    void print() {
      System.out.printf(
          Locale.ROOT, "%-24s %8d %8.3f %8.3f %8.3f %8.3f %8.3f %10d%n",
          name, count, mean(), percentile(50), percentile(90), percentile(99), percentile(100),
          bytes);
    }
  }

  private static String option(String[] args, String name) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals(name) && i + 1 < args.length) {
        return args[i + 1];
      }
      if (args[i].startsWith(name + "=")) {
        return args[i].substring(name.length() + 1);
      }
    }
    return null;
  }

  private static int intOption(String[] args, String name, int otherwise) {
    String value = option(args, name);
    return value == null ? otherwise : Integer.parseInt(value);
  }
}
