package io.promwire.runtime.internal;

import io.prometheus.metrics.tracer.initializer.SpanContextSupplier;
import io.promwire.runtime.PromwireOptions;

/**
 * Whether the metrics made now carry exemplars. client_java samples them itself, inside {@code
 * inc} and {@code observe}, from the span its tracer support finds current: the OpenTelemetry Java
 * agent's, an OpenTelemetry API on the class path (an SDK the app set up), or a span context an app
 * gave {@link SpanContextSupplier#setSpanContext}. Without any of them, the metrics are built
 * without exemplars, so that recording costs exactly what it does with exemplars off.
 */
final class TracedExemplars {
  private TracedExemplars() {}

  static boolean enabled(PromwireOptions options) {
    return options.exemplars() && tracerPresent();
  }

  private static boolean tracerPresent() {
    try {
      return SpanContextSupplier.hasSpanContext();
    } catch (LinkageError absent) {
      // An app that left client_java's tracer modules out of its class path has no tracer.
      return false;
    }
  }
}
