package io.promwire.runtime;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.promwire.runtime.internal.Handlers;
import io.promwire.runtime.internal.Instruments;
import io.promwire.runtime.internal.PromwireModule;
import io.promwire.runtime.internal.Route;
import io.promwire.runtime.internal.RouteHandler;
import io.promwire.runtime.internal.RouteTable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An app wired the way generated code wires one: a hand-written route table in a module, built
 * into its own registry.
 */
public final class TestApp {
  public final PrometheusRegistry registry = new PrometheusRegistry();
  public final Promwire promwire;

  private TestApp(PromwireOptions options, Function<Instruments, List<Route>> routes) {
    PromwireModule module =
        new PromwireModule() {
          @Override
          public List<Class<?>> handlerTypes() {
            return List.of(TestApp.class);
          }

          @Override
          public List<RouteTable> wire(Handlers handlers, Instruments instruments) {
            return List.of(new RouteTable(TestApp.class, this, routes.apply(instruments)));
          }
        };
    this.promwire = Promwire.builder().registry(registry).options(options).module(module).build();
  }

  /** JVM metrics are off unless the options builder turns them on, to keep scrapes small. */
  public static TestApp of(
      Function<PromwireOptions.Builder, PromwireOptions.Builder> options,
      Function<Instruments, List<Route>> routes) {
    return new TestApp(options.apply(PromwireOptions.builder().jvmMetrics(false)).build(), routes);
  }

  public static TestApp of(Function<Instruments, List<Route>> routes) {
    return of(options -> options, routes);
  }

  /** A route with no metrics of its own, tracked by the default metrics. */
  public static Route route(String method, String template, String endpoint, RouteHandler handler) {
    return Route.of(method, template, endpoint, handler);
  }

  /** A {@code GET} route with metrics of its own, made as generated code makes them. */
  public static Route withOwnMetrics(
      Instruments instruments, String template, RouteHandler handler, MetricDefinition... own) {
    return Route.of("GET", template, "Routes" + template, handler).recording(own);
  }

  /** The route with its {@code @DoNotTrack} and {@code @ExcludeAllMetrics} flags set as given. */
  public static Route flagged(Route route, boolean doNotTrack, boolean excludeAll) {
    Route flagged = doNotTrack ? route.doNotTrack() : route;
    return excludeAll ? flagged.excludeAllMetrics() : flagged;
  }

  /** Dispatches a request given as it would be sent: raw path and optional query. */
  public Response call(String method, String target) {
    return call(method, target, Map.of());
  }

  public Response call(String method, String target, Map<String, List<String>> headers) {
    int query = target.indexOf('?');
    String rawPath = query < 0 ? target : target.substring(0, query);
    String rawQuery = query < 0 ? null : target.substring(query + 1);
    return promwire.dispatch(Request.fromRawPath(method, rawPath, rawQuery, headers, new byte[0]));
  }

  public Scrape scrape() {
    return Scrape.of(registry);
  }
}
