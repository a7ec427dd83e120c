package io.promwire.runtime.jdk;

import io.promwire.runtime.Request;
import io.promwire.runtime.Response;
import io.promwire.runtime.TestApp;
import io.promwire.runtime.Scrape;
import io.promwire.runtime.RawHttp;
import static io.promwire.runtime.TestApp.route;
import static org.assertj.core.api.Assertions.assertThat;

import io.promwire.runtime.internal.Converter;
import io.promwire.runtime.internal.Outcomes;
import io.promwire.runtime.internal.Params;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests no well-behaved client sends, written byte for byte: each gets a fixed answer that
 * echoes nothing of it, and the server goes on serving others.
 */
class HostileHttpTest {
  /** Put into every hostile request; no answer may contain it. */
  private static final String MARKER = "<script>pwn</script>";

  private static final int MAX_HEADER_BYTES = 8 * 1024;
  private static final int MAX_BODY_BYTES = 1024;

  private final TestApp app =
      TestApp.of(
          i ->
              List.of(
                  route("GET", "/hello", "Routes.hello", r -> Outcomes.text("hi")),
                  route(
                      "GET",
                      "/count/{n}",
                      "Routes.count",
                      r -> Outcomes.text("n=" + Params.path(r, "n", Converter.INT))),
                  route(
                      "POST",
                      "/upload",
                      "Routes.upload",
                      r -> Outcomes.text(Integer.toString(r.body().length))),
                  route(
                      "GET",
                      "/echo-header",
                      "Routes.echoHeader",
                      r -> Response.ok("echoed").header("X-Echo", r.queryParam("v"))),
                  route(
                      "GET",
                      "/boom",
                      "Routes.boom",
                      r -> {
                        throw new IllegalStateException("failed on " + r.queryParam("q"));
                      })));
  private final PromwireServer server =
      app.promwire.serve(
          ServerOptions.builder()
              .bindAddress("127.0.0.1")
              .port(0)
              .maxRequestHeaderBytes(MAX_HEADER_BYTES)
              .maxRequestBodyBytes(MAX_BODY_BYTES)
              .build());

  @AfterEach
  void stop() {
    server.stop();
  }

  /** Request lines the JDK server itself refuses with 400 in every JDK 17 and later release. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "GARBAGE" + MARKER,
        "GET",
        "GET /hello" + MARKER,
        "GET /he" + MARKER + " HTTP/1.1",
        "GET /bad%zz" + MARKER + " HTTP/1.1",
      })
  void malformedRequestLinesGet400(String requestLine) {
    RawHttp.Reply reply = RawHttp.exchange(server.port(), requestLine + "\r\nHost: x\r\n\r\n");

    assertThat(reply.status()).isEqualTo(400);
    assertEchoesNothing(reply);
    assertStillServing();
  }

  /**
   * Header sections that newer JDK releases refuse with 400 and older ones pass on: either way the
   * answer is not a server error and echoes nothing.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "NoColon" + MARKER,
        "Bad Name" + MARKER + ": v",
        "X-Split: a\rInjected: " + MARKER,
        "Transfer-Encoding: gzip" + MARKER,
        "Content-Length: " + MARKER,
      })
  void malformedHeadersNeverReachAServerError(String headerLine) {
    RawHttp.Reply reply = RawHttp.get(server.port(), "/hello", headerLine);

    assertThat(reply.status()).isBetween(200, 501).isNotEqualTo(500);
    assertEchoesNothing(reply);
    assertStillServing();
  }

  /** As Jetty and nginx: a request line over 8 KiB gets 414, counted as unmatched. */
  @Test
  void requestLinesOverTheLimitGet414AndAreCounted() {
    String longPath = "/count/" + "9".repeat(ServerOptions.DEFAULT_MAX_REQUEST_LINE_BYTES);

    RawHttp.Reply reply = RawHttp.get(server.port(), longPath + "?m=x");

    assertThat(reply.status()).isEqualTo(414);
    assertEchoesNothing(reply);
    assertThat(app.scrape().samples("http_request_duration_seconds_count"))
        .containsExactly(Scrape.durationCount("GET", "<unmatched>", "414", 1));
    // Just within the limit: "GET ", target, " HTTP/1.1".
    String fits = "/count/" + "9".repeat(ServerOptions.DEFAULT_MAX_REQUEST_LINE_BYTES - 20);
    assertThat(RawHttp.get(server.port(), fits).status()).isEqualTo(400);
  }

  /**
   * A header value with a line break cannot be sent: the handler fails when it sets it, so the
   * client's 500 is also the status counted, and nothing is split into the answer.
   */
  @Test
  void aHeaderValueWithALineBreakIsA500CountedAsSent() {
    RawHttp.Reply reply =
        RawHttp.get(server.port(), "/echo-header?v=a%0D%0ASet-Cookie:%20" + "x");

    assertThat(reply.status()).isEqualTo(500);
    assertThat(reply.header("Set-Cookie")).isNull();
    assertThat(app.scrape().samples("http_request_total"))
        .containsExactly(Scrape.total("GET", "500", 1.0));
  }

  @Test
  void headersOverTheLimitGet431OnRoutesAndTheMetricsPath() {
    String big = "X-Big: " + "a".repeat(MAX_HEADER_BYTES);

    for (String target : List.of("/hello", "/metrics", "/nowhere")) {
      RawHttp.Reply reply = RawHttp.get(server.port(), target, big, "X-Marker: " + MARKER);
      assertThat(reply.status()).as(target).isEqualTo(431);
      assertThat(reply.body()).isEqualTo("Request Header Fields Too Large");
    }
    // Just within the limit: the header section counts name, value, ": " and CRLF of each line.
    String fits = "X-Big: " + "a".repeat(MAX_HEADER_BYTES - 200);
    assertThat(RawHttp.get(server.port(), "/hello", fits).status()).isEqualTo(200);
    // Answered before routing, yet counted as sent: unmatched, whatever the path (the metrics path
    // too, which is otherwise never measured).
    assertThat(app.scrape().samples("http_request_total"))
        .containsExactlyInAnyOrder(
            Scrape.total("GET", "200", 1.0), Scrape.total("GET", "431", 3.0));
    assertThat(app.scrape().samples("http_request_duration_seconds_count"))
        .contains(Scrape.durationCount("GET", "<unmatched>", "431", 3));
  }

  /**
   * Beyond the JDK's own cap ({@code sun.net.httpserver.maxReqHeaderSize}, 380 KiB by default) the
   * JDK closes the connection without an answer; promwire never sees the request. Older JDKs
   * without that cap pass it on, and promwire's own limit answers 431.
   */
  @Test
  void headersBeyondTheJdksCapAreCutOffWithoutMemoryToMatch() {
    String huge = "X-Huge: " + "a".repeat(1024 * 1024);

    RawHttp.Reply reply = RawHttp.get(server.port(), "/hello", huge);

    assertThat(reply.status()).isIn(-1, 431);
    assertStillServing();
  }

  @Test
  void bodyDeclaredTooLargeGets413WithoutBeingRead() {
    String request =
        "POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000000000\r\n\r\n" + MARKER;

    RawHttp.Reply reply = RawHttp.exchange(server.port(), request);

    assertThat(reply.status()).isEqualTo(413);
    assertThat(reply.body()).isEqualTo("Payload Too Large");
    assertStillServing();
  }

  @Test
  void chunkedBodyOverTheLimitGets413AndOneAtTheLimitIsServed() {
    assertThat(RawHttp.exchange(server.port(), chunkedUpload(MAX_BODY_BYTES + 1)).status())
        .isEqualTo(413);
    RawHttp.Reply atLimit = RawHttp.exchange(server.port(), chunkedUpload(MAX_BODY_BYTES));
    assertThat(atLimit.status()).isEqualTo(200);
    assertThat(atLimit.body()).isEqualTo(Integer.toString(MAX_BODY_BYTES));
  }

  /**
   * A body streamed without end is read one byte past the limit, then the connection is closed:
   * the client cannot push more than the limit plus what socket buffers hold, let alone the
   * gigabyte it offers.
   */
  @Test
  void anEndlessBodyIsCutOffNotBuffered() throws Exception {
    long offered = 1L << 30;
    AtomicLong written = new AtomicLong();
    try (Socket socket = RawHttp.connect(server.port())) {
      CompletableFuture<RawHttp.Reply> reply =
          CompletableFuture.supplyAsync(() -> readQuietly(socket));
      OutputStream out = socket.getOutputStream();
      out.write(
          "POST /upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
              .getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = chunk(64 * 1024);
      try {
        while (written.get() < offered) {
          out.write(chunk);
          written.addAndGet(chunk.length);
        }
      } catch (IOException closedByServer) {
        // What should happen.
      }
      assertThat(reply.get().status()).isIn(-1, 413);
    }
    // Loopback socket buffers hold a few MiB at most; a server reading it all would take 1 GiB.
    assertThat(written.get()).isLessThan(64L * 1024 * 1024);
    assertStillServing();
  }

  @Test
  void errorBodiesAreFixedTextsWithoutInputOrStackTraces() {
    String encoded = "%3Cscript%3Epwn%3C%2Fscript%3E";
    List<RawHttp.Reply> replies =
        List.of(
            RawHttp.get(server.port(), "/nowhere/" + encoded),
            RawHttp.get(server.port(), "/count/" + encoded),
            RawHttp.get(server.port(), "/boom?q=" + encoded),
            RawHttp.get(server.port(), "/hello/%C3%28" + encoded),
            RawHttp.exchange(
                server.port(), "DELETE /hello HTTP/1.1\r\nHost: x\r\nX-M: " + MARKER + "\r\n\r\n"));

    assertThat(replies).extracting(RawHttp.Reply::status).containsExactly(404, 400, 500, 400, 405);
    assertThat(replies)
        .extracting(RawHttp.Reply::body)
        .containsExactly(
            "Not Found",
            "Invalid path parameter 'n': expected an integer",
            "Internal Server Error",
            "Bad Request: malformed percent-encoding in the path",
            "Method Not Allowed");
    for (RawHttp.Reply reply : replies) {
      assertThat(reply.header("Content-Type")).isEqualTo("text/plain; charset=utf-8");
      assertEchoesNothing(reply);
    }
  }

  private void assertStillServing() {
    RawHttp.Reply reply = RawHttp.get(server.port(), "/hello");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).isEqualTo("hi");
  }

  /** No trace of the request's hostile text, nor of a stack trace (the JDK's texts are fixed). */
  private static void assertEchoesNothing(RawHttp.Reply reply) {
    String all = reply.headers() + reply.body();
    assertThat(all)
        .doesNotContainIgnoringCase("script")
        .doesNotContain("pwn", "\tat ", "java.", "io.promwire");
  }

  private static String chunkedUpload(int bodyBytes) {
    return "POST /upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
        + Integer.toHexString(bodyBytes)
        + "\r\n"
        + "b".repeat(bodyBytes)
        + "\r\n0\r\n\r\n";
  }

  private static byte[] chunk(int size) {
    String chunk = Integer.toHexString(size) + "\r\n" + "c".repeat(size) + "\r\n";
    return chunk.getBytes(StandardCharsets.US_ASCII);
  }

  private static RawHttp.Reply readQuietly(Socket socket) {
    try {
      return RawHttp.read(socket.getInputStream());
    } catch (IOException reset) {
      return RawHttp.Reply.CLOSED;
    }
  }
}
