package io.promwire.runtime.adapter;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.promwire.runtime.PromwireOptions;
import io.promwire.runtime.Request;
import io.promwire.runtime.Response;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * What a server adapter serves of one app: its routes, its metrics and its options. {@code
 * io.promwire.runtime.Promwire} is one; adapters take this type so that they depend on what they
 * use, not on how the app was built.
 */
public interface ServedApp {
  /**
   * Serves one request: routing, the handler call and every metric recorded around it. Never
   * throws, except a {@link VirtualMachineError} from the handler.
   *
   * @param request the request, with its path decoded
   * @return the response to send; errors are responses too (404, 405, 400, 500)
   */
  Response dispatch(Request request);

  /**
   * Serves one request as {@link #dispatch} does, without waiting for a route that answers later,
   * through a {@code CompletionStage}: the stage returned completes with the answer once every
   * metric of the request is recorded, and never exceptionally, except with a {@link
   * VirtualMachineError}. For every other request it is complete on return, so an adapter can write
   * the answer at once and hold the exchange open only when it is not.
   *
   * <p>By default, {@link #dispatch}'s answer, complete: right for an app whose routes all answer
   * at once.
   *
   * @param request the request, with its path decoded
   * @return the answer to send, now or later
   */
  default CompletionStage<Response> dispatchAsync(Request request) {
    return CompletableFuture.completedFuture(dispatch(request));
  }

  /** {@return the registry the metrics endpoint exposes} */
  PrometheusRegistry registry();

  /** {@return the options: metrics path and its protection, excluded paths, ...} */
  PromwireOptions options();

  /**
   * {@return the default HTTP metrics, for requests that something other than {@link #dispatch}
   * served}
   */
  DefaultHttpMetrics defaultHttpMetrics();
}
