package io.promwire.runtime;

import static io.promwire.runtime.TestApp.route;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.promwire.runtime.internal.Route;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

/** App-wide exception handlers, as Flask's {@code @app.errorhandler}, and what metrics see. */
class ExceptionHandlerTest {
  private static final String OWN = "own_calls_total";

  /** {@code GET /parse/{n}} parses its parameter; {@code GET /status} throws a 404 of its own. */
  private static TestApp app(Function<PromwireOptions.Builder, PromwireOptions.Builder> options) {
    return TestApp.of(
        options,
        i ->
            List.of(
                Route.of(
                        "GET",
                        "/parse/{n}",
                        "Routes.parse",
                        r -> Response.ok(Integer.toString(Integer.parseInt(r.pathParam("n")))))
                    .recording(
                        MetricDefinition.counter("own_calls", "Own calls")
                            .label(LabelDefinition.status("status"))
                            .label(LabelDefinition.exception("exception"))
                            .label(
                                LabelDefinition.resolver(
                                    "answered",
                                    (request, response, error) ->
                                        response == null ? "nothing" : response.header("X-Kind")))),
                route(
                    "GET",
                    "/status",
                    "Routes.status",
                    r -> {
                      throw new HttpStatusException(404, "no such thing");
                    })));
  }

  private static Response unprocessable(Throwable e, String kind) {
    return Response.status(422).text("bad number").header("X-Kind", kind);
  }

  @Test
  void theMostSpecificHandlerAnswersAndMetricsSeeItsResponse() {
    TestApp app =
        app(
            options ->
                options
                    .exceptionHandler(RuntimeException.class, (e, r) -> unprocessable(e, "runtime"))
                    .exceptionHandler(
                        IllegalArgumentException.class, (e, r) -> unprocessable(e, "argument")));

    // NumberFormatException extends IllegalArgumentException extends RuntimeException.
    Response response = app.call("GET", "/parse/x");

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.header("X-Kind")).isEqualTo("argument");
    assertThat(response.bodyAsString()).isEqualTo("bad number");
    Scrape scrape = app.scrape();
    assertThat(scrape.samples("http_request_total"))
        .containsExactly(Scrape.total("GET", "422", 1.0));
    assertThat(scrape.samples("http_request_exceptions_total")).isEmpty();
    assertThat(scrape.samples(OWN))
        .containsExactly(
            OWN + "{answered=\"argument\",exception=\"NumberFormatException\",status=\"422\"} 1.0");
  }

  @Test
  void aHandlerThatThrowsLeavesAnUnhandledExceptionCountedAndLogged() {
    try (LogCapture log = LogCapture.of(Dispatcher.class)) {
      TestApp app =
          app(
              options ->
                  options.exceptionHandler(
                      NumberFormatException.class,
                      (e, r) -> {
                        throw new IllegalStateException("handler broke");
                      }));

      Response response = app.call("GET", "/parse/x");

      assertThat(response.status()).isEqualTo(500);
      assertThat(response.bodyAsString()).isEqualTo("Internal Server Error");
      Scrape scrape = app.scrape();
      assertThat(scrape.samples("http_request_exceptions_total"))
          .containsExactly("http_request_exceptions_total{method=\"GET\",status=\"500\"} 1.0");
      assertThat(scrape.samples(OWN))
          .containsExactly(
              OWN + "{answered=\"nothing\",exception=\"NumberFormatException\",status=\"500\"} 1.0");
      assertThat(log.records())
          .filteredOn(record -> record.getLevel() == Level.SEVERE)
          .extracting(record -> record.getThrown().getClass().getSimpleName())
          .containsExactly("IllegalStateException", "NumberFormatException");
    }
  }

  @Test
  void aHandlerThatReturnsNoResponseIsAFailingHandler() {
    TestApp app = app(options -> options.exceptionHandler(RuntimeException.class, (e, r) -> null));

    assertThat(app.call("GET", "/parse/x").status()).isEqualTo(500);
    assertThat(app.scrape().samples("http_request_exceptions_total")).hasSize(1);
  }

  @Test
  void httpStatusExceptionIsTakenOnlyByAHandlerForItself() {
    TestApp general =
        app(options -> options.exceptionHandler(Exception.class, (e, r) -> unprocessable(e, "x")));
    Response untouched = general.call("GET", "/status");
    assertThat(untouched.status()).isEqualTo(404);
    assertThat(untouched.bodyAsString()).isEqualTo("no such thing");

    TestApp own =
        app(
            options ->
                options.exceptionHandler(
                    HttpStatusException.class,
                    (e, r) -> Response.status(e.status()).text("{\"error\":\"" + e.getMessage() + "\"}")));
    Response shaped = own.call("GET", "/status");
    assertThat(shaped.status()).isEqualTo(404);
    assertThat(shaped.bodyAsString()).isEqualTo("{\"error\":\"no such thing\"}");
    assertThat(own.scrape().samples("http_request_total"))
        .containsExactly(Scrape.total("GET", "404", 1.0));
  }

  @Test
  void withoutAMatchingHandlerNothingChanges() {
    TestApp app =
        app(options -> options.exceptionHandler(IllegalStateException.class, (e, r) -> null));

    assertThat(app.call("GET", "/parse/x").status()).isEqualTo(500);
    assertThat(app.call("GET", "/parse/7").bodyAsString()).isEqualTo("7");
    assertThat(app.scrape().samples("http_request_exceptions_total")).hasSize(1);
  }

  @Test
  void virtualMachineErrorsCannotBeHandled() {
    assertThatThrownBy(
            () ->
                PromwireOptions.builder()
                    .exceptionHandler(OutOfMemoryError.class, (e, r) -> Response.ok("")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("OutOfMemoryError");
  }
}
