package io.promwire.jaxrs;

import io.prometheus.metrics.core.datapoints.GaugeDataPoint;
import io.promwire.jaxrs.ResourceCatalogue.MethodTarget;
import io.promwire.runtime.Request;

/**
 * What promwire's filters hand each other about one request, under one request property: one
 * small object per request, instead of a property per item and a boxed start time.
 */
final class RequestState {
  /** The one request property promwire sets. */
  static final String PROPERTY = "io.promwire.jaxrs.request";

  /** When the request started, from {@link System#nanoTime()}. */
  final long start;

  /**
   * The request method as sent: containers may answer a {@code HEAD} with the {@code GET} method
   * and say {@code GET} from then on.
   */
  final String method;

  /** The matched resource method, once the container has matched one. */
  MethodTarget target;

  /** promwire's request for label values, made when the method is matched if anything reads it. */
  Request request;

  /** What the method's in-progress gauges entered, or {@code null} when they were not raised. */
  GaugeDataPoint[] entered;

  RequestState(long start, String method) {
    this.start = start;
    this.method = method;
  }
}
