package io.promwire.runtime;

import io.prometheus.metrics.core.datapoints.GaugeDataPoint;
import io.promwire.runtime.internal.HttpMetrics;
import io.promwire.runtime.internal.Instruments;
import io.promwire.runtime.internal.Outcomes;
import io.promwire.runtime.internal.RequestMetrics;
import io.promwire.runtime.internal.Route;
import io.promwire.runtime.internal.RouteTable;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
  /** A stage that was cancelled or not completed in time: the service gave no answer. */
  private static final Response UNAVAILABLE =
      Response.status(503).text("Service Unavailable");
  /** Completes a route's stage at its timeout; compared by identity, never sent. */
  private static final Response TIMED_OUT = Response.status(503).text("");

  private final Router<ServedRoute> router;
  private final HttpMetrics http;
  private final PromwireOptions options;
  private final ExceptionHandlers exceptionHandlers;
  private final Duration asyncTimeout;

  private Dispatcher(Router<ServedRoute> router, HttpMetrics http, PromwireOptions options) {
    this.router = router;
    this.http = http;
    this.options = options;
    this.exceptionHandlers = options.exceptionHandlers();
    this.asyncTimeout = options.asyncTimeout();
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

  /** Serves a request, waiting for a route that answers later (within its timeout). */
  Response dispatch(Request request) {
    long start = System.nanoTime();
    RouteMatch<ServedRoute> match = match(request);
    if (answersLater(match)) {
      return serveLater(match.value(), routed(request, match), start).join();
    }
    return answer(request, match, start);
  }

  /**
   * Serves a request; the stage is already complete unless the route answers later, and never
   * completes exceptionally.
   */
  CompletionStage<Response> dispatchAsync(Request request) {
    long start = System.nanoTime();
    RouteMatch<ServedRoute> match = match(request);
    if (answersLater(match)) {
      return serveLater(match.value(), routed(request, match), start);
    }
    return CompletableFuture.completedFuture(answer(request, match, start));
  }

  /** The route of a request, or {@code null} when its path is malformed. */
  private RouteMatch<ServedRoute> match(Request request) {
    return request.malformedPath() ? null : router.match(request.method(), request.segments());
  }

  private static boolean answersLater(RouteMatch<ServedRoute> match) {
    return match != null
        && match.outcome() == RouteMatch.Outcome.FOUND
        && match.value().route().isAsync();
  }

  private static Request routed(Request request, RouteMatch<ServedRoute> match) {
    return request.routed(match.template(), match.pathParams());
  }

  /** The answer to a request that a synchronous route serves, or that no route serves. */
  private Response answer(Request request, RouteMatch<ServedRoute> match, long start) {
    if (match == null) {
      return unrouted(request, unmatched(request), MALFORMED_PATH, start);
    }
    return switch (match.outcome()) {
      case FOUND -> serve(match.value(), routed(request, match), start);
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
    boolean excluded = options.isExcluded(request.path());
    GaugeDataPoint[] entered = enter(served, request, excluded);
    Response returned = null;
    Throwable error = null;
    try {
      returned = Outcomes.response(served.route().handler().handle(request));
    } catch (Throwable thrown) {
      error = thrown;
      if (thrown instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
    }
    return end(served, request, start, excluded, entered, returned, error);
  }

  /**
   * Serves a request with a route that answers through a stage: the gauges are raised now, and the
   * answer made and every metric recorded when the stage completes, fails, is cancelled or passes
   * the timeout, whichever comes first.
   */
  private CompletableFuture<Response> serveLater(
      ServedRoute served, Request request, long start) {
    boolean excluded = options.isExcluded(request.path());
    GaugeDataPoint[] entered = enter(served, request, excluded);
    CompletionStage<Response> stage;
    try {
      stage = served.route().asyncHandler().handle(request);
      if (stage == null) {
        throw new IllegalStateException("route method returned a null CompletionStage");
      }
    } catch (Throwable thrown) {
      return CompletableFuture.completedFuture(
          end(served, request, start, excluded, entered, null, thrown));
    }
    // A stage of our own, so that the timeout completes it and not the route's stage.
    CompletableFuture<Response> settled = new CompletableFuture<>();
    stage.whenComplete(
        (response, failure) -> {
          if (failure == null) {
            settled.complete(response);
          } else {
            settled.completeExceptionally(failure);
          }
        });
    return settled
        .completeOnTimeout(TIMED_OUT, asyncTimeout.toNanos(), TimeUnit.NANOSECONDS)
        .handle(
            (response, failure) -> {
              if (response == TIMED_OUT) {
                return end(served, request, start, excluded, entered, null, timedOut());
              }
              return end(
                  served, request, start, excluded, entered, response, Outcomes.cause(failure));
            });
  }

  private TimeoutException timedOut() {
    return new TimeoutException("no answer within " + asyncTimeout);
  }

  /**
   * Raises the gauges of a route's own metrics.
   *
   * @return what {@link #end} lowers, or {@code null} when the route's own metrics are not recorded
   *     for this request
   */
  private GaugeDataPoint[] enter(ServedRoute served, Request request, boolean excluded) {
    boolean ownMetrics =
        !served.route().isExcludeAllMetrics() && !(excluded && options.excludedPathsSilenceAll());
    return ownMetrics ? served.own().enter(request) : null;
  }

  /**
   * The answer to a request a route served, from what its method returned or threw, with every
   * metric recorded. Throws only a {@link VirtualMachineError}, once recorded.
   */
  private Response end(
      ServedRoute served,
      Request request,
      long start,
      boolean excluded,
      GaugeDataPoint[] entered,
      Response returned,
      Throwable error) {
    Response response = returned;
    if (error != null) {
      Route route = served.route();
      BiFunction<Throwable, Request, Response> handler = exceptionHandlers.find(error);
      // A handled exception is a response: metrics get it, which keeps it out of the exceptions
      // counter. A handler that fails leaves the exception unhandled.
      if (handler != null) {
        try {
          returned = handled(handler.apply(error, request));
        } catch (VirtualMachineError fatal) {
          error = fatal;
        } catch (Throwable handlerFailure) {
          String failedOn = error.getClass().getName();
          LOG.log(
              Level.ERROR,
              () -> "the exception handler of " + route + " failed on " + failedOn,
              handlerFailure);
        }
      }
      if (returned != null) {
        response = returned;
      } else if (error instanceof HttpStatusException chosen && handler == null) {
        String message = Objects.requireNonNullElse(chosen.getMessage(), "");
        response = Response.status(chosen.status()).text(message);
      } else if (error instanceof TimeoutException || error instanceof CancellationException) {
        // The answer promwire chose, as an exception handler's: EXCEPTION labels name the
        // exception, and the exceptions counter, whose status is always 500, leaves it out.
        returned = UNAVAILABLE;
        response = UNAVAILABLE;
        String why = error instanceof TimeoutException ? "timed out" : "was cancelled";
        LOG.log(Level.WARNING, () -> "the answer of " + route + " " + why + ": answered 503");
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
    if (entered != null) {
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
