package io.promwire.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.promwire.example.shop.ShopApp;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shop's {@code main} in a JVM of its own, as {@code java -jar} starts it: credentials from
 * the environment, flags from the command line.
 */
class ShopMainTest {
  private static final Pattern SERVING =
      Pattern.compile("Serving the shop on http://127\\.0\\.0\\.1:(\\d+)/ .*");

  @Test
  void withoutCredentialsItSaysWhatToSetAndExits() throws Exception {
    Process shop = start(Map.of(), "--port", "0", "--bind", "127.0.0.1");
    String output = readAll(shop);

    assertThat(shop.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(shop.exitValue()).isEqualTo(2);
    assertThat(output)
        .contains("environment variable " + ShopApp.METRICS_USER + " is not set")
        .contains(
            ShopApp.METRICS_USER + "=prom " + ShopApp.METRICS_PASSWORD + "=demo java -jar "
                + "examples/shop/target/shop.jar")
        .doesNotContain("Exception", "\tat ");
  }

  @Test
  void anUnknownFlagIsAUsageError() throws Exception {
    Process shop =
        start(
            Map.of(ShopApp.METRICS_USER, "prom", ShopApp.METRICS_PASSWORD, "demo"),
            "--prot", "8081");
    String output = readAll(shop);

    assertThat(shop.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(shop.exitValue()).isEqualTo(2);
    assertThat(output)
        .isEqualTo(
            "unknown flag or missing value: --prot\n"
                + "flags: --port VALUE, --bind VALUE, --region VALUE\n");
  }

  @Test
  void withCredentialsItServesWhereItsFlagsSay() throws Exception {
    Process shop =
        start(
            Map.of(ShopApp.METRICS_USER, "prom", ShopApp.METRICS_PASSWORD, "demo"),
            "--port", "0", "--bind", "127.0.0.1", "--region", "eu-2");
    try {
      BufferedReader lines =
          new BufferedReader(
              new InputStreamReader(shop.getInputStream(), StandardCharsets.UTF_8));
      String first = CompletableFuture.supplyAsync(() -> readLine(lines)).get(30, TimeUnit.SECONDS);
      Matcher serving = SERVING.matcher(String.valueOf(first));
      assertThat(serving.matches()).as(first).isTrue();
      String base = "http://127.0.0.1:" + serving.group(1);

      assertThat(get(base + "/products/p-1", null).body()).isEqualTo("p-1 teapot 25.00");
      String credentials =
          Base64.getEncoder().encodeToString("prom:demo".getBytes(StandardCharsets.UTF_8));
      assertThat(get(base + "/metrics", null).statusCode()).isEqualTo(401);
      HttpResponse<String> scrape = get(base + "/metrics", "Basic " + credentials);
      assertThat(scrape.statusCode()).isEqualTo(200);
      assertThat(Scrape.series(scrape.body(), "shop_http_request_total"))
          .containsExactly(
              "shop_http_request_total{method=\"GET\",region=\"eu-2\",status=\"200\"} 1.0");
    } finally {
      shop.destroy();
      if (!shop.waitFor(10, TimeUnit.SECONDS)) {
        shop.destroyForcibly();
      }
    }
  }

  /** Starts {@code ShopApp} on this test's class path, with no {@code SHOP_} variables but these. */
  private static Process start(Map<String, String> environment, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ShopApp.class.getName());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().keySet().removeIf(name -> name.startsWith("SHOP_"));
    builder.environment().putAll(environment);
    return builder.start();
  }

  /** Everything the process writes until it exits; bounded, since it exits at once or is killed. */
  private static String readAll(Process process) throws Exception {
    CompletableFuture<String> output =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    try {
      return output.get(30, TimeUnit.SECONDS);
    } finally {
      process.destroyForcibly();
    }
  }

  private static String readLine(BufferedReader lines) {
    try {
      return lines.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static HttpResponse<String> get(String uri, String authorization) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return RunningApp.send(request.build());
  }
}
