package io.promwire.runtime;

import io.promwire.runtime.support.Outcomes;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Serves one request: routing, the handler call and every metric recorded around it, timed by one
 * {@code nanoTime} pair that the default metrics and the route's own metrics share. Knows no
 * server, so that the JDK server, other server adapters and benchmarks all go through it.
 */
final class Dispatcher {
  private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());
  private static final Response NOT_FOUND = Response.status(404).text("Not Found");
  private static final Response MALFORMED_PATH =
      Response.status(400).text("Bad Request: malformed percent-encoding in the path");
  // Fixed on purpose: a 500 must not reveal what failed to the client; the log has the details.
  private static final Response INTERNAL_ERROR =
      Response.status(500).text("Internal Server Error");

  private final Router<ServedRoute> router;
  private final DefaultMetrics defaults;
  private final PromwireOptions options;

  private Dispatcher(Router<ServedRoute> router, DefaultMetrics defaults, PromwireOptions options) {
    this.router = router;
    this.defaults = defaults;
    this.options = options;
  }

  /**
   * Resolves every route's metrics and builds the router.
   *
   * @param defaults the default metrics, or {@code null} when they are off
   * @throws IllegalStateException when two routes match the same requests, or a route has the
   *     metrics path, which the server would answer instead
   */
  static Dispatcher create(
      List<RouteTable> tables, Instruments instruments, DefaultMetrics defaults) {
    PromwireOptions options = instruments.options();
    List<ServedRoute> served = new ArrayList<>();
    for (RouteTable table : tables) {
      for (Route route : table.routes()) {
        if (route.template().equals(options.metricsPath())) {
          throw new IllegalStateException(
              route.endpoint() + " is routed at the metrics path " + route.template()
                  + ": change PromwireOptions.metricsPath or the route");
        }
        served.add(ServedRoute.of(route, instruments, defaults));
      }
    }
    return new Dispatcher(Router.build(served, ServedRoute::route), defaults, options);
  }

  Response dispatch(Request request) {
    long start = System.nanoTime();
    if (request.malformedPath()) {
      return unrouted(request, null, MALFORMED_PATH, start);
    }
    RouteMatch<ServedRoute> match = router.match(request);
    return switch (match.outcome()) {
      case FOUND -> serve(match.value(), request, start);
      case METHOD_NOT_ALLOWED ->
          unrouted(
              request,
              match.template(),
              Response.status(405).text("Method Not Allowed").header("Allow", match.allow()),
              start);
      case NOT_FOUND -> unrouted(request, null, NOT_FOUND, start);
    };
  }

  private Response unrouted(Request request, String template, Response response, long start) {
    if (defaults != null && !options.isExcluded(request.path())) {
      defaults.recordUnrouted(request, template, response.status(), System.nanoTime() - start);
    }
    return response;
  }

  private Response serve(ServedRoute served, Request request, long start) {
    Route route = served.route();
    boolean excluded = !route.excludeAll() && options.isExcluded(request.path());
    boolean ownMetrics = !route.excludeAll() && !(excluded && options.excludedPathsSilenceAll());
    if (ownMetrics) {
      route.metrics().enter(request);
      served.everyRoute().enter(request);
    }
    Response returned = null;
    Throwable error = null;
    Response response;
    try {
      returned = Outcomes.response(route.handler().handle(request));
      response = returned;
    } catch (HttpStatusException chosen) {
      error = chosen;
      String message = Objects.requireNonNullElse(chosen.getMessage(), "");
      response = Response.status(chosen.status()).text(message);
    } catch (Throwable failure) {
      error = failure;
      response = INTERNAL_ERROR;
      failed(route, failure);
    }
    long elapsed = System.nanoTime() - start;
    int status = response.status();
    DefaultSeries series = excluded ? null : served.defaultsFor(request);
    if (series != null) {
      series.record(request, status, returned, error, elapsed);
    }
    if (ownMetrics) {
      route.metrics().exit(request, status, returned, error, elapsed);
      served.everyRoute().exit(request, status, returned, error, elapsed);
    }
    if (error instanceof VirtualMachineError fatal) {
      throw fatal;
    }
    return response;
  }

  private static void failed(Route route, Throwable failure) {
    if (failure instanceof InterruptedException) {
      Thread.currentThread().interrupt();
    }
    if (!(failure instanceof VirtualMachineError)) {
      LOG.log(
          Level.ERROR,
          () -> route.method() + " " + route.template() + " (" + route.endpoint() + ") failed",
          failure);
    }
  }

}
