package io.promwire.runtime;

import io.prometheus.metrics.core.datapoints.GaugeDataPoint;
import io.promwire.runtime.internal.HttpMetrics;
import io.promwire.runtime.internal.Instruments;
import io.promwire.runtime.internal.Outcomes;
import io.promwire.runtime.internal.RequestMetrics;
import io.promwire.runtime.internal.Route;
import io.promwire.runtime.internal.RouteTable;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

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
  private final HttpMetrics http;
  private final PromwireOptions options;
  private final ExceptionHandlers exceptionHandlers;

  private Dispatcher(Router<ServedRoute> router, HttpMetrics http, PromwireOptions options) {
    this.router = router;
    this.http = http;
    this.options = options;
    this.exceptionHandlers = options.exceptionHandlers();
  }

  /**
   * Resolves every route's metrics and builds the router.
   *
   * @param http the default metrics, or {@code null} when they are off
   * @throws IllegalStateException when two routes match the same requests, or a route has the
   *     metrics path, which the server would answer instead
   */
  static Dispatcher create(List<RouteTable> tables, Instruments instruments, HttpMetrics http) {
    PromwireOptions options = instruments.options();
    List<ServedRoute> served = new ArrayList<>();
    for (RouteTable table : tables) {
      for (Route route : table.routes()) {
        if (route.template().equals(options.metricsPath())) {
          throw new IllegalStateException(
              route.endpoint() + " is routed at the metrics path " + route.template()
                  + ": change PromwireOptions.metricsPath or the route");
        }
        served.add(ServedRoute.of(route, instruments, http));
      }
    }
    return new Dispatcher(Router.build(served, ServedRoute::route), http, options);
  }

  Response dispatch(Request request) {
    long start = System.nanoTime();
    if (request.malformedPath()) {
      return unrouted(request, unmatched(request), MALFORMED_PATH, start);
    }
    RouteMatch<ServedRoute> match = router.match(request.method(), request.segments());
    return switch (match.outcome()) {
      case FOUND ->
          serve(match.value(), request.routed(match.template(), match.pathParams()), start);
      case METHOD_NOT_ALLOWED ->
          unrouted(
              request,
              match.value().refused(request.method()),
              Response.status(405).text("Method Not Allowed").header("Allow", match.allow()),
              start);
      case NOT_FOUND -> unrouted(request, unmatched(request), NOT_FOUND, start);
    };
  }

  private RequestMetrics unmatched(Request request) {
    return http == null ? null : http.unmatched(request.method());
  }

  private Response unrouted(
      Request request, RequestMetrics metrics, Response response, long start) {
    if (metrics != null && !options.isExcluded(request.path())) {
      metrics.record(request, response.status(), null, null, System.nanoTime() - start);
    }
    return response;
  }

  private Response serve(ServedRoute served, Request request, long start) {
    Route route = served.route();
    boolean excluded = options.isExcluded(request.path());
    boolean ownMetrics =
        !route.isExcludeAllMetrics() && !(excluded && options.excludedPathsSilenceAll());
    GaugeDataPoint[] entered = ownMetrics ? served.own().enter(request) : null;
    Response returned = null;
    Throwable error = null;
    Response response;
    try {
      returned = Outcomes.response(route.handler().handle(request));
      response = returned;
    } catch (Throwable thrown) {
      error = thrown;
      if (thrown instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      BiFunction<Throwable, Request, Response> handler = exceptionHandlers.find(thrown);
      // A handled exception is a response: metrics get it, which keeps it out of the exceptions
      // counter. A handler that fails leaves the exception unhandled.
      if (handler != null) {
        try {
          returned = handled(handler.apply(thrown, request));
        } catch (VirtualMachineError fatal) {
          error = fatal;
        } catch (Throwable handlerFailure) {
          String failedOn = thrown.getClass().getName();
          LOG.log(
              Level.ERROR,
              () -> "the exception handler of " + route + " failed on " + failedOn,
              handlerFailure);
        }
      }
      if (returned != null) {
        response = returned;
      } else if (thrown instanceof HttpStatusException chosen && handler == null) {
        String message = Objects.requireNonNullElse(chosen.getMessage(), "");
        response = Response.status(chosen.status()).text(message);
      } else {
        response = INTERNAL_ERROR;
        failed(route, error);
      }
    }
    long elapsed = System.nanoTime() - start;
    int status = response.status();
    RequestMetrics defaults = excluded ? null : served.defaultsFor(request.method());
    if (defaults != null) {
      defaults.record(request, status, returned, error, elapsed);
    }
    if (ownMetrics) {
      served.own().exit(entered, request, status, returned, error, elapsed);
    }
    if (error instanceof VirtualMachineError fatal) {
      throw fatal;
    }
    return response;
  }

  private static Response handled(Response response) {
    if (response == null) {
      throw new IllegalStateException("the exception handler returned no Response");
    }
    return response;
  }

  private static void failed(Route route, Throwable failure) {
    if (!(failure instanceof VirtualMachineError)) {
      LOG.log(Level.ERROR, () -> route + " failed", failure);
    }
  }
}
