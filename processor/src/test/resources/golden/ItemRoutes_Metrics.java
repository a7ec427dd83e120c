package com.example.shop;

import io.prometheus.metrics.core.datapoints.GaugeDataPoint;
import io.promwire.runtime.LabelDefinition;
import io.promwire.runtime.MetricDefinition;
import io.promwire.runtime.Request;
import io.promwire.runtime.Response;
import io.promwire.runtime.internal.Converter;
import io.promwire.runtime.internal.CounterHandle;
import io.promwire.runtime.internal.DirectCall;
import io.promwire.runtime.internal.DurationHandle;
import io.promwire.runtime.internal.InProgressHandle;
import io.promwire.runtime.internal.Instruments;
import io.promwire.runtime.internal.Outcomes;
import io.promwire.runtime.internal.Params;
import io.promwire.runtime.internal.Route;
import io.promwire.runtime.internal.RouteTable;
import java.util.List;
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

  private final CounterHandle invocationByType;

  private final InProgressHandle inProgress;

  private final DurationHandle requestsByStatus;

  private final DurationHandle requestsByStatusAndPath;

  private final CounterHandle paints;

  public ItemRoutes_Metrics(ItemRoutes delegate, Instruments instruments) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    instruments.info(APP_INFO);
    this.invocationByType = instruments.counter(INVOCATION_BY_TYPE, "GET", "/items/{type}");
    this.inProgress = instruments.inProgress(IN_PROGRESS, "GET", "/long-running");
    this.requestsByStatus = instruments.duration(REQUESTS_BY_STATUS, "GET", "/status/{status}");
    this.requestsByStatusAndPath = instruments.duration(REQUESTS_BY_STATUS_AND_PATH,
        "GET", "/status/{status}");
    this.paints = instruments.counter(PAINTS, "POST", "/colors/{color}");
  }

  public String byType(String type) {
    DirectCall call = DirectCall.of("type", String.valueOf(type));
    try {
      return delegate.byType(type);
    } finally {
      invocationByType.inc(call);
    }
  }

  public String longRunning() throws InterruptedException {
    GaugeDataPoint entered = inProgress.enter();
    try {
      return delegate.longRunning();
    } finally {
      inProgress.exit(entered);
    }
  }

  public Response echoStatus(int status) {
    DirectCall call = DirectCall.of();
    long start = System.nanoTime();
    try {
      Response result = delegate.echoStatus(status);
      call.returned(result);
      return result;
    } catch (Throwable e) {
      call.threw(e);
      throw e;
    } finally {
      long elapsed = System.nanoTime() - start;
      requestsByStatus.observe(elapsed, call);
      requestsByStatusAndPath.observe(elapsed, call);
    }
  }

  public void paint(ItemRoutes.Color color, int coats, Optional<String> note, Request request) {
    DirectCall call = DirectCall.of("color", String.valueOf(color));
    try {
      delegate.paint(color, coats, note, request);
    } finally {
      paints.inc(call);
    }
  }

  /**
   * The routes of {@link ItemRoutes}, in declaration order.
   */
  public RouteTable routes() {
    return new RouteTable(ItemRoutes.class, this, List.of(
        Route.of("GET", "/", "ItemRoutes.main", this::serveMain),
        Route.of("GET", "/skip", "ItemRoutes.skip", this::serveSkip)
            .doNotTrack(),
        Route.of("GET", "/items/{type}", "ItemRoutes.byType", this::serveByType)
            .recording(INVOCATION_BY_TYPE)
            .doNotTrack(),
        Route.of("GET", "/long-running", "ItemRoutes.longRunning", this::serveLongRunning)
            .recording(IN_PROGRESS),
        Route.of("GET", "/status/{status}", "ItemRoutes.echoStatus", this::serveEchoStatus)
            .recording(REQUESTS_BY_STATUS, REQUESTS_BY_STATUS_AND_PATH)
            .doNotTrack(),
        Route.of("POST", "/colors/{color}", "ItemRoutes.paint", this::servePaint)
            .recording(PAINTS),
        Route.of("GET", "/bytes", "ItemRoutes.bytes", this::serveBytes)
            .excludeAllMetrics()));
  }

  private Response serveMain(Request request) throws Exception {
    return Outcomes.text(delegate.main());
  }

  private Response serveSkip(Request request) throws Exception {
    return Outcomes.text(delegate.skip());
  }

  private Response serveByType(Request request) throws Exception {
    return Outcomes.text(delegate.byType(Params.path(request, "type", Converter.STRING)));
  }

  private Response serveLongRunning(Request request) throws Exception {
    return Outcomes.text(delegate.longRunning());
  }

  private Response serveEchoStatus(Request request) throws Exception {
    return Outcomes.response(delegate.echoStatus(Params.path(request, "status", Converter.INT)));
  }

  private Response servePaint(Request request) throws Exception {
    delegate.paint(Params.path(request, "color", COLOR),
        Params.requiredQuery(request, "coats", Converter.INT),
        Params.optionalQuery(request, "note", Converter.STRING), request);
    return Outcomes.noContent();
  }

  private Response serveBytes(Request request) throws Exception {
    return Outcomes.bytes(delegate.bytes(Params.query(request, "size", Converter.INT)));
  }
}
