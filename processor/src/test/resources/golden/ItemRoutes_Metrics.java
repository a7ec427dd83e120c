package com.example.shop;

import io.promwire.runtime.Instruments;
import io.promwire.runtime.LabelDefinition;
import io.promwire.runtime.MethodMetrics;
import io.promwire.runtime.MetricDefinition;
import io.promwire.runtime.Request;
import io.promwire.runtime.Response;
import io.promwire.runtime.Route;
import io.promwire.runtime.RouteTable;
import io.promwire.runtime.support.Converter;
import io.promwire.runtime.support.Outcomes;
import io.promwire.runtime.support.Params;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Records the metrics of {@link ItemRoutes} around its methods and serves its routes.
 */
@Generated("io.promwire.processor.PromwireProcessor")
public final class ItemRoutes_Metrics {
  static final MetricDefinition APP_INFO =
      MetricDefinition.info("app_info", "Application info")
          .label(LabelDefinition.constant("version", "1.0.3"));

  static final MetricDefinition INVOCATION_BY_TYPE =
      MetricDefinition.counter("invocation_by_type", "Number of invocations by type")
          .label(LabelDefinition.pathParam("item_type", "type"));

  static final MetricDefinition IN_PROGRESS = MetricDefinition.gauge("in_progress",
      "Long running requests in progress");

  static final MetricDefinition REQUESTS_BY_STATUS =
      MetricDefinition.summary("requests_by_status", "Request latencies by status")
          .label(LabelDefinition.status("status"));

  static final MetricDefinition REQUESTS_BY_STATUS_AND_PATH =
      MetricDefinition.histogram("requests_by_status_and_path",
          "Request latencies by status and path", 0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5,
          0.75, 1.0, 2.5, 5.0, 7.5, 10.0)
          .label(LabelDefinition.status("status"))
          .label(LabelDefinition.path("path"));

  static final MetricDefinition PAINTS =
      MetricDefinition.counter("paints", "Paint jobs by color and tenant")
          .label(LabelDefinition.pathParam("color", "color"))
          .label(LabelDefinition.header("tenant", "X-Tenant"));

  private static final Converter<ItemRoutes.Color> COLOR = Converter.ofEnum("one of RED, GREEN, BLUE",
      ItemRoutes.Color::valueOf);

  private final ItemRoutes delegate;

  private final MethodMetrics byTypeMetrics;

  private final MethodMetrics longRunningMetrics;

  private final MethodMetrics echoStatusMetrics;

  private final MethodMetrics paintMetrics;

  public ItemRoutes_Metrics(ItemRoutes delegate, Instruments instruments) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    instruments.info(APP_INFO);
    this.byTypeMetrics = instruments.method("GET", "/items/{type}", INVOCATION_BY_TYPE);
    this.longRunningMetrics = instruments.method("GET", "/long-running", IN_PROGRESS);
    this.echoStatusMetrics = instruments.method("GET", "/status/{status}", REQUESTS_BY_STATUS,
        REQUESTS_BY_STATUS_AND_PATH);
    this.paintMetrics = instruments.method("POST", "/colors/{color}", PAINTS);
  }

  public String byType(String type) {
    Request request = Request.forCall("GET", "/items/{type}", Map.of("type", String.valueOf(type)));
    byTypeMetrics.enter(request);
    try {
      String result = delegate.byType(type);
      byTypeMetrics.exit(request, 200, null, null, 0L);
      return result;
    } catch (Throwable e) {
      byTypeMetrics.exit(request, Outcomes.status(e), null, e, 0L);
      throw e;
    }
  }

  public String longRunning() throws InterruptedException {
    Request request = null;
    longRunningMetrics.enter(request);
    try {
      String result = delegate.longRunning();
      longRunningMetrics.exit(request, 200, null, null, 0L);
      return result;
    } catch (Throwable e) {
      longRunningMetrics.exit(request, Outcomes.status(e), null, e, 0L);
      throw e;
    }
  }

  public Response echoStatus(int status) {
    Request request = null;
    long start = System.nanoTime();
    echoStatusMetrics.enter(request);
    try {
      Response result = delegate.echoStatus(status);
      echoStatusMetrics.exit(request, Outcomes.status(result), result, null, System.nanoTime() - start);
      return result;
    } catch (Throwable e) {
      echoStatusMetrics.exit(request, Outcomes.status(e), null, e, System.nanoTime() - start);
      throw e;
    }
  }

  public void paint(ItemRoutes.Color color, int coats, Optional<String> note, Request request) {
    Request request2 = Request.forCall("POST", "/colors/{color}", Map.of("color", String.valueOf(color)));
    paintMetrics.enter(request2);
    try {
      delegate.paint(color, coats, note, request);
      paintMetrics.exit(request2, 204, null, null, 0L);
    } catch (Throwable e) {
      paintMetrics.exit(request2, Outcomes.status(e), null, e, 0L);
      throw e;
    }
  }

  /**
   * The routes of {@link ItemRoutes}, in declaration order.
   */
  public RouteTable routes() {
    return new RouteTable(ItemRoutes.class, this, List.of(
        new Route("GET", "/", "ItemRoutes.main",
            request -> Outcomes.text(delegate.main()),
            MethodMetrics.NONE, false, false),
        new Route("GET", "/skip", "ItemRoutes.skip",
            request -> Outcomes.text(delegate.skip()),
            MethodMetrics.NONE, true, false),
        new Route("GET", "/items/{type}", "ItemRoutes.byType",
            request -> Outcomes.text(delegate.byType(Params.path(request, "type", Converter.STRING))),
            byTypeMetrics, true, false),
        new Route("GET", "/long-running", "ItemRoutes.longRunning",
            request -> Outcomes.text(delegate.longRunning()),
            longRunningMetrics, false, false),
        new Route("GET", "/status/{status}", "ItemRoutes.echoStatus",
            request -> Outcomes.response(delegate.echoStatus(Params.path(request, "status", Converter.INT))),
            echoStatusMetrics, true, false),
        new Route("POST", "/colors/{color}", "ItemRoutes.paint",
            request -> {
              delegate.paint(Params.path(request, "color", COLOR),
                  Params.requiredQuery(request, "coats", Converter.INT),
                  Params.optionalQuery(request, "note", Converter.STRING), request);
              return Outcomes.noContent();
            },
            paintMetrics, false, false),
        new Route("GET", "/bytes", "ItemRoutes.bytes",
            request -> Outcomes.bytes(delegate.bytes(Params.query(request, "size", Converter.INT))),
            MethodMetrics.NONE, false, true)));
  }
}
