package io.promwire.runtime.jdk;

import io.promwire.runtime.TestApp;
import io.promwire.runtime.RawHttp;
import io.promwire.runtime.MetricsAuth;
import static io.promwire.runtime.TestApp.route;
import static org.assertj.core.api.Assertions.assertThat;

import io.promwire.runtime.internal.Outcomes;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The metrics endpoint against wrong, empty, malformed and very long credentials, while another
 * client is served throughout; no log line, at any level, carries a secret or a guess. A metrics
 * port bound to loopback is reachable there only.
 */
class MetricsEndpointSecurityTest {
  private static final String SECRET = "s3cret-Zq9";
  private static final String TOKEN = "t0ken-Wx7";

  private final List<LogRecord> logged = new ArrayList<>();
  private final Handler everything = new Collector();
  private final Logger root = Logger.getLogger("");
  private final Level rootLevel = root.getLevel();

  MetricsEndpointSecurityTest() {
    root.setLevel(Level.ALL);
    root.addHandler(everything);
  }

  @AfterEach
  void restoreLogging() {
    root.removeHandler(everything);
    root.setLevel(rootLevel);
  }

  @Test
  void basicAuthRefusesEveryWrongCredentialAndLogsNone() throws Exception {
    List<String> wrong =
        List.of(
            "",
            "Basic",
            "Basic ",
            "Basic !!!not-base64!!!",
            "Basic " + base64("prom:wrong"),
            "Basic " + base64("prom"),
            "Basic " + base64(":" + SECRET),
            "Basic " + base64("prom:" + SECRET + "x"),
            "Basic " + base64("prom:" + SECRET.substring(1)),
            "Bearer " + base64("prom:" + SECRET),
            "Basic " + base64("prom:" + "x".repeat(40_000)),
            "Basic " + "A".repeat(60_000));

    assertRefusedWhileOthersAreServed(
        MetricsAuth.basic("prom", SECRET), wrong, "Basic " + base64("prom:" + SECRET));
  }

  @Test
  void bearerTokensRefuseEveryWrongTokenAndLogNone() throws Exception {
    List<String> wrong =
        List.of(
            "Bearer",
            "Bearer ",
            "Bearer " + TOKEN.toUpperCase(),
            "Bearer " + TOKEN + "0",
            "Bearer " + TOKEN.substring(0, TOKEN.length() - 1),
            "Basic " + TOKEN,
            "Token " + TOKEN,
            "Bearer " + "x".repeat(60_000),
            "Bearer \u00e9\u00e8\u00ea");

    assertRefusedWhileOthersAreServed(MetricsAuth.bearer(TOKEN), wrong, "Bearer " + TOKEN);
  }

  /**
   * All of 127.0.0.0/8 is loopback on Linux: a server bound to 127.0.0.1 alone refuses
   * connections to 127.0.0.2, where one bound to every interface accepts them.
   */
  @Test
  void aMetricsPortBoundToLoopbackListensThereOnly() throws Exception {
    TestApp app =
        TestApp.of(options -> options.metricsAuth(MetricsAuth.bearer(TOKEN)), i -> List.of());
    try (PromwireServer loopbackOnly = app.promwire.serveMetrics("127.0.0.1", 0);
        PromwireServer everywhere = app.promwire.serveMetrics(0)) {
      assertThat(RawHttp.get(loopbackOnly.port(), "/metrics").status()).isEqualTo(401);
      assertThat(connects("127.0.0.2", everywhere.port())).isTrue();
      assertThat(connects("127.0.0.2", loopbackOnly.port())).isFalse();
    }
  }

  private static boolean connects(String host, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 2_000);
      return true;
    } catch (IOException refused) {
      return false;
    }
  }

  private void assertRefusedWhileOthersAreServed(
      MetricsAuth auth, List<String> wrong, String right) throws Exception {
    TestApp app =
        TestApp.of(
            options -> options.metricsAuth(auth),
            i -> List.of(route("GET", "/hello", "Routes.hello", r -> Outcomes.text("hi"))));
    try (PromwireServer server =
        app.promwire.serve(ServerOptions.builder().bindAddress("127.0.0.1").port(0).build())) {
      AtomicBoolean guessing = new AtomicBoolean(true);
      CompletableFuture<Integer> other =
          CompletableFuture.supplyAsync(() -> serveOtherClient(server.port(), guessing));

      for (String authorization : wrong) {
        RawHttp.Reply reply =
            authorization.isEmpty()
                ? RawHttp.get(server.port(), "/metrics")
                : RawHttp.get(server.port(), "/metrics", "Authorization: " + authorization);
        String shown = authorization.substring(0, Math.min(20, authorization.length()));
        assertThat(reply.status()).as(shown).isEqualTo(401);
        assertThat(reply.header("WWW-Authenticate")).isEqualTo(auth.challenge());
        assertThat(reply.body()).isEmpty();
      }
      // Longer than any header section may be: refused before the credentials are looked at.
      String huge =
          right.substring(0, 7) + "x".repeat(ServerOptions.DEFAULT_MAX_REQUEST_HEADER_BYTES);
      assertThat(RawHttp.get(server.port(), "/metrics", "Authorization: " + huge).status())
          .isEqualTo(431);
      RawHttp.Reply allowed = RawHttp.get(server.port(), "/metrics", "Authorization: " + right);
      guessing.set(false);

      assertThat(allowed.status()).isEqualTo(200);
      assertThat(allowed.body()).contains("http_request_total");
      assertThat(other.get()).as("requests of the other client").isPositive();
    }
    for (LogRecord record : logged) {
      Object[] parameters = record.getParameters() == null ? new Object[0] : record.getParameters();
      String text = record.getMessage() + " " + List.of(parameters) + " " + record.getThrown();
      assertThat(text)
          .doesNotContain(SECRET, TOKEN, base64("prom:" + SECRET), "prom:wrong", "xxxxxxxx");
    }
  }

  /** GETs /hello until told to stop; the number answered, every one of which must be a 200. */
  private static int serveOtherClient(int port, AtomicBoolean running) {
    int served = 0;
    while (running.get()) {
      RawHttp.Reply reply = RawHttp.get(port, "/hello");
      if (reply.status() != 200) {
        throw new AssertionError("the other client got " + reply.status());
      }
      served++;
    }
    return served;
  }

  private static String base64(String credentials) {
    return Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }

  private final class Collector extends Handler {
    @Override
    public void publish(LogRecord record) {
      synchronized (logged) {
        logged.add(record);
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
