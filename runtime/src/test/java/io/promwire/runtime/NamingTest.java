package io.promwire.runtime;

import static io.promwire.runtime.TestApp.route;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.promwire.runtime.internal.Outcomes;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** How {@link DefaultNaming} combines with the other options. */
class NamingTest {

  /** {@code GET /items/{type}}, and {@code GET /busy}, which answers 503 with an exception. */
  private static TestApp items(Function<PromwireOptions.Builder, PromwireOptions.Builder> options) {
    return TestApp.of(
        options,
        i ->
            List.of(
                route("GET", "/items/{type}", "ItemRoutes.byType", r -> Outcomes.text("x")),
                route(
                    "GET",
                    "/busy",
                    "BusyRoutes.busy",
                    r -> {
                      throw new HttpStatusException(503, "busy");
                    })));
  }

  @Test
  void flaskNamingIsThePrefixFlaskAndRefusesAnotherPrefix() {
    assertThat(PromwireOptions.builder().naming(DefaultNaming.FLASK).build().prefix())
        .isEqualTo("flask");
    assertThat(
            PromwireOptions.builder().prefix("flask").naming(DefaultNaming.FLASK).build().prefix())
        .isEqualTo("flask");
    assertThatThrownBy(
            () -> PromwireOptions.builder().prefix("shop").naming(DefaultNaming.FLASK).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("prefix(\"shop\")");
  }

  @Test
  void aPrefixGoesBeforeEveryNamingsNames() {
    TestApp app =
        items(options -> options.naming(DefaultNaming.MICROMETER).prefix("shop"));
    app.call("GET", "/items/a");

    assertThat(app.scrape().families())
        .containsExactlyInAnyOrder("shop_exporter_info", "shop_http_server_requests_seconds");
  }

  @Test
  void aStatusExceptionIsAnErrorTypeOnlyAsItsFiveHundredStatus() {
    TestApp app = items(options -> options.naming(DefaultNaming.OPENTELEMETRY));
    app.call("GET", "/busy");

    assertThat(app.scrape().samples("http_server_request_duration_seconds_count"))
        .containsExactly(
            "http_server_request_duration_seconds_count{error_type=\"503\",http_request_method=\"GET\",http_response_status_code=\"503\",http_route=\"/busy\"} 1");
  }

  @Test
  void anExceptionAnExceptionHandlerAnsweredIsAnErrorTypeOnlyAsItsFiveHundredStatus() {
    TestApp app =
        TestApp.of(
            options ->
                options
                    .naming(DefaultNaming.OPENTELEMETRY)
                    .exceptionHandler(
                        IllegalArgumentException.class,
                        (e, request) -> Response.status(422).text("no"))
                    .exceptionHandler(
                        IllegalStateException.class,
                        (e, request) -> Response.status(503).text("later")),
            i ->
                List.of(
                    route(
                        "GET",
                        "/bad",
                        "Routes.bad",
                        r -> {
                          throw new IllegalArgumentException("bad");
                        }),
                    route(
                        "GET",
                        "/down",
                        "Routes.down",
                        r -> {
                          throw new IllegalStateException("down");
                        })));
    app.call("GET", "/bad");
    app.call("GET", "/down");

    assertThat(app.scrape().samples("http_server_request_duration_seconds_count"))
        .containsExactlyInAnyOrder(
            "http_server_request_duration_seconds_count{error_type=\"\",http_request_method=\"GET\",http_response_status_code=\"422\",http_route=\"/bad\"} 1",
            "http_server_request_duration_seconds_count{error_type=\"503\",http_request_method=\"GET\",http_response_status_code=\"503\",http_route=\"/down\"} 1");
  }

  @Test
  void groupingsOtherThanTheRouteKeepTheirOwnLabelName() {
    TestApp app =
        items(
            options -> options.naming(DefaultNaming.OPENTELEMETRY).groupBy(GroupBy.endpoint()));
    app.call("GET", "/items/a");

    assertThat(app.scrape().samples("http_server_request_duration_seconds_count"))
        .containsExactly(
            "http_server_request_duration_seconds_count{endpoint=\"ItemRoutes.byType\",error_type=\"\",http_request_method=\"GET\",http_response_status_code=\"200\"} 1");
  }

  @Test
  void aDefaultLabelNamedLikeALabelOfTheNamingIsRefused() {
    assertThatThrownBy(
            () ->
                items(
                    options ->
                        options.naming(DefaultNaming.MICROMETER).defaultLabel("outcome", "x")))
        .hasMessageContaining("'outcome'");
  }

  @Test
  void nativeHistogramsGoOnTheNamingsDuration() {
    TestApp app =
        items(options -> options.naming(DefaultNaming.OPENTELEMETRY).nativeHistograms(true));
    app.call("GET", "/items/a");

    HistogramSnapshot duration =
        (HistogramSnapshot)
            app.registry.scrape(name -> name.startsWith("http_server_request_duration")).get(0);
    assertThat(duration.getDataPoints().get(0).hasNativeHistogramData()).isTrue();
  }
}
