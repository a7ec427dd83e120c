package io.promwire.runtime.adapter;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.promwire.runtime.PromwireOptions;
import io.promwire.runtime.Request;
import io.promwire.runtime.Response;

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
