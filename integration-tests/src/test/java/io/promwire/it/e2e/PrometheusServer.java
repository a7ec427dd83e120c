package io.promwire.it.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A real Prometheus server on a free loopback port, started from a generated configuration in a
 * temporary directory, and the parts of its HTTP API the tests ask. Close it to stop it.
 */
final class PrometheusServer implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

  private final Process process;
  private final int port;

  private PrometheusServer(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /**
   * Starts Prometheus scraping {@code targets} ({@code host:port}) as job {@code job} every second,
   * evaluating {@code ruleFiles} every second, with the given {@code --enable-feature} flags.
   */
  static PrometheusServer start(
      Path directory, String job, List<String> targets, List<Path> ruleFiles, String... features)
      throws IOException, InterruptedException {
    Path config = directory.resolve("prometheus.yml");
    Files.writeString(config, config(job, targets, ruleFiles));
    // The free port is found before Prometheus binds it; another process may take it in between,
    // which Prometheus reports and a new port fixes.
    for (int attempt = 1; ; attempt++) {
      int port = freePort();
      Path log = directory.resolve("prometheus-" + attempt + ".log");
      List<String> command = new ArrayList<>();
      command.add(PrometheusTools.prometheus().toString());
      command.add("--config.file=" + config);
      command.add("--storage.tsdb.path=" + directory.resolve("data-" + attempt));
      command.add("--web.listen-address=127.0.0.1:" + port);
      for (String feature : features) {
        command.add("--enable-feature=" + feature);
      }
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      PrometheusServer server = new PrometheusServer(process, port);
      if (server.awaitReady()) {
        return server;
      }
      String output = Files.readString(log);
      if (attempt == 3 || !output.contains("address already in use")) {
        throw new AssertionError("Prometheus did not start:\n" + output);
      }
    }
  }

  private static String config(String job, List<String> targets, List<Path> ruleFiles) {
    String rules =
        ruleFiles.stream()
            .map(file -> "  - '" + file.toAbsolutePath() + "'\n")
            .collect(Collectors.joining());
    String quotedTargets =
        targets.stream().map(target -> "'" + target + "'").collect(Collectors.joining(", "));
    return "global:\n"
        + "  scrape_interval: 1s\n"
        + "  scrape_timeout: 1s\n"
        + "  evaluation_interval: 1s\n"
        + (rules.isEmpty() ? "" : "rule_files:\n" + rules)
        + "scrape_configs:\n"
        + "  - job_name: '" + job + "'\n"
        + "    static_configs:\n"
        + "      - targets: [" + quotedTargets + "]\n";
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Whether {@code /-/ready} answered 200 before the process ended or the time ran out. */
  private boolean awaitReady() throws InterruptedException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        return false;
      }
      try {
        if (send("/-/ready").statusCode() == 200) {
          return true;
        }
      } catch (UncheckedIOException notYetListening) {
        // keep polling
      }
      Thread.sleep(50);
    }
    close();
    return false;
  }

  /**
   * The samples of an instant query, each with its {@code metric} labels and either a {@code
   * value} or a {@code histogram}.
   */
  List<Map<String, Object>> query(String promql) {
    return MiniJson.at(api("/api/v1/query?query=" + encode(promql)), "data", "result");
  }

  /** The values of a label, of the series {@code match} selects. */
  List<String> labelValues(String label, String match) {
    return MiniJson.at(
        api("/api/v1/label/" + label + "/values?match%5B%5D=" + encode(match)), "data");
  }

  /**
   * The exemplars Prometheus stored in the last hour for the series {@code promql} selects, each
   * with its {@code seriesLabels} and its {@code exemplars} (their {@code labels}, {@code value} and
   * {@code timestamp}).
   */
  List<Map<String, Object>> exemplars(String promql) {
    long now = System.currentTimeMillis() / 1000;
    return MiniJson.at(
        api("/api/v1/query_exemplars?query=" + encode(promql)
            + "&start=" + (now - 3600) + "&end=" + (now + 60)),
        "data");
  }

  /** The rule groups as {@code /api/v1/rules} lists them, each with its rules and their health. */
  List<Map<String, Object>> ruleGroups() {
    return MiniJson.at(api("/api/v1/rules"), "data", "groups");
  }

  /** The value of an instant query's sample, such as "3" or "NaN". */
  static String value(Map<String, Object> sample) {
    List<Object> value = MiniJson.at(sample, "value");
    return (String) value.get(1);
  }

  /** A label of an instant query's sample. */
  static String label(Map<String, Object> sample, String name) {
    return MiniJson.at(sample, "metric", name);
  }

  /**
   * Waits until Prometheus holds a scrape of each of the job's {@code targets} that started after
   * {@code instant} (milliseconds since the epoch): from then on, queries see what the apps had
   * recorded by that instant.
   */
  void awaitScrapesAfter(String job, int targets, long instant) {
    Await.until(
        targets + " scrapes of job " + job + " after " + instant,
        Duration.ofSeconds(20),
        () -> query("timestamp(up{job=\"" + job + "\"})"),
        samples -> samples.size() == targets
            && samples.stream().allMatch(s -> Double.parseDouble(value(s)) * 1000 > instant));
  }

  private Object api(String pathAndQuery) {
    HttpResponse<String> response = send(pathAndQuery);
    Object body = MiniJson.parse(response.body());
    if (response.statusCode() != 200 || !"success".equals(MiniJson.at(body, "status"))) {
      throw new AssertionError(pathAndQuery + " answered " + response.statusCode() + ": "
          + response.body());
    }
    return body;
  }

  private HttpResponse<String> send(String pathAndQuery) {
    return Http.send(Http.request(URI.create("http://127.0.0.1:" + port + pathAndQuery)).build());
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** Stops Prometheus: politely first, so it does not leave a lock behind, then forcibly. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
