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
import io.promwire.runtime.internal.Stages;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import javax.annotation.processing.Generated;

/**
 * Records the metrics of {@link Shipping} around its methods and serves its routes.
 */
@Generated("io.promwire.processor.PromwireProcessor")
public final class Shipping_Metrics {
  static final MetricDefinition SHIPMENT_LOOKUP_SECONDS =
      MetricDefinition.histogram("shipment_lookup_seconds", "Shipment lookups by status", 0.005,
          0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0)
          .label(LabelDefinition.status("status"));

  static final MetricDefinition CANCELLATIONS_IN_PROGRESS = MetricDefinition.gauge("cancellations_in_progress",
      "Cancellations in progress");

  static final MetricDefinition QUOTES =
      MetricDefinition.counter("quotes", "Shipping quotes by outcome")
          .label(LabelDefinition.exception("exception"));

  static final MetricDefinition QUOTES_IN_PROGRESS = MetricDefinition.gauge("quotes_in_progress",
      "Quotes in progress");

  private final Shipping delegate;

  private final DurationHandle shipmentLookupSeconds;

  private final InProgressHandle cancellationsInProgress;

  private final CounterHandle quotes;

  private final InProgressHandle quotesInProgress;

  public Shipping_Metrics(Shipping delegate, Instruments instruments) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.shipmentLookupSeconds = instruments.duration(SHIPMENT_LOOKUP_SECONDS,
        "GET", "/shipments/{id}");
    this.cancellationsInProgress = instruments.inProgress(CANCELLATIONS_IN_PROGRESS,
        "POST", "/shipments/{id}/cancel");
    this.quotes = instruments.counter(QUOTES);
    this.quotesInProgress = instruments.inProgress(QUOTES_IN_PROGRESS);
  }

  public CompletableFuture<String> shipment(String id) {
    DirectCall call = DirectCall.of();
    long start = System.nanoTime();
    BiConsumer<Object, Throwable> ended = (result, e) -> {
      call.completed(200, e);
      long elapsed = System.nanoTime() - start;
      shipmentLookupSeconds.observe(elapsed, call);
    };
    CompletableFuture<String> stage;
    try {
      stage = delegate.shipment(id);
    } catch (Throwable e) {
      ended.accept(null, e);
      throw e;
    }
    return Stages.recorded(stage, ended);
  }

  public CompletableFuture<Void> cancel(String id) {
    GaugeDataPoint entered = cancellationsInProgress.enter();
    BiConsumer<Object, Throwable> ended = (result, e) -> {
      cancellationsInProgress.exit(entered);
    };
    CompletableFuture<Void> stage;
    try {
      stage = delegate.cancel(id);
    } catch (Throwable e) {
      ended.accept(null, e);
      throw e;
    }
    return Stages.recorded(stage, ended);
  }

  public CompletionStage<Integer> quote(String region) {
    DirectCall call = DirectCall.of();
    GaugeDataPoint entered = quotesInProgress.enter(call);
    BiConsumer<Object, Throwable> ended = (result, e) -> {
      call.completed(200, e);
      quotes.inc(call);
      quotesInProgress.exit(entered);
    };
    CompletionStage<Integer> stage;
    try {
      stage = delegate.quote(region);
    } catch (Throwable e) {
      ended.accept(null, e);
      throw e;
    }
    return Stages.recorded(stage, ended);
  }

  /**
   * The routes of {@link Shipping}, in declaration order.
   */
  public RouteTable routes() {
    return new RouteTable(Shipping.class, this, List.of(
        Route.async("GET", "/shipments/{id}", "Shipping.shipment", this::serveShipment)
            .recording(SHIPMENT_LOOKUP_SECONDS),
        Route.async("GET", "/shipments/{id}/label", "Shipping.label", this::serveLabel),
        Route.async("POST", "/shipments/{id}/cancel", "Shipping.cancel", this::serveCancel)
            .recording(CANCELLATIONS_IN_PROGRESS),
        Route.async("GET", "/shipments/{id}/manifest", "Shipping.manifest", this::serveManifest)));
  }

  private CompletionStage<Response> serveShipment(Request request) throws Exception {
    return Outcomes.later(delegate.shipment(Params.path(request, "id", Converter.STRING)),
        Outcomes::text);
  }

  private CompletionStage<Response> serveLabel(Request request) throws Exception {
    return Outcomes.later(delegate.label(Params.path(request, "id", Converter.STRING)),
        Outcomes::response);
  }

  private CompletionStage<Response> serveCancel(Request request) throws Exception {
    return Outcomes.noContentLater(delegate.cancel(Params.path(request, "id", Converter.STRING)));
  }

  private CompletionStage<Response> serveManifest(Request request) throws Exception {
    return Outcomes.later(delegate.manifest(Params.path(request, "id", Converter.STRING)),
        Outcomes::bytes);
  }
}
