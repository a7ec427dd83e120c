package io.promwire.runtime;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An app wired the way generated code wires one: a hand-written route table in a module, built
 * into its own registry.
 */
final class TestApp {
  final PrometheusRegistry registry = new PrometheusRegistry();
  final Promwire promwire;

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
  static TestApp of(
      Function<PromwireOptions.Builder, PromwireOptions.Builder> options,
      Function<Instruments, List<Route>> routes) {
    return new TestApp(options.apply(PromwireOptions.builder().jvmMetrics(false)).build(), routes);
  }

  static TestApp of(Function<Instruments, List<Route>> routes) {
    return of(options -> options, routes);
  }

  /** A route with no metrics of its own, tracked by the default metrics. */
  static Route route(String method, String template, String endpoint, RouteHandler handler) {
    return new Route(method, template, endpoint, handler, MethodMetrics.NONE, false, false);
  }

  /** A {@code GET} route with metrics of its own, made as generated code makes them. */
  static Route withOwnMetrics(
      Instruments instruments, String template, RouteHandler handler, MetricDefinition... own) {
    return new Route(
        "GET",
        template,
        "Routes" + template,
        handler,
        instruments.method("GET", template, own),
        false,
        false);
  }

  /** The route with its {@code @DoNotTrack} and {@code @ExcludeAllMetrics} flags set as given. */
  static Route flagged(Route route, boolean doNotTrack, boolean excludeAll) {
    return new Route(
        route.method(),
        route.template(),
        route.endpoint(),
        route.handler(),
        route.metrics(),
        doNotTrack,
        excludeAll);
  }

  /** Dispatches a request given as it would be sent: raw path and optional query. */
  Response call(String method, String target) {
    return call(method, target, Map.of());
  }

  Response call(String method, String target, Map<String, List<String>> headers) {
    int query = target.indexOf('?');
    String rawPath = query < 0 ? target : target.substring(0, query);
    String rawQuery = query < 0 ? null : target.substring(query + 1);
    return promwire.dispatch(Request.fromRawPath(method, rawPath, rawQuery, headers, new byte[0]));
  }

  Scrape scrape() {
    return Scrape.of(registry);
  }
}
