package io.promwire.jaxrs.internal;

import io.promwire.runtime.MetricDefinition;
import io.promwire.runtime.PromwireOptions;
import io.promwire.runtime.internal.Instruments;
import io.promwire.runtime.internal.RouteMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * A resource method with its metrics registered and their handles resolved: its own metrics and
 * the options' {@code everyRoute} metrics, as promwire's own routes have them.
 *
 * @param method the method as generated
 * @param own the handles of its own and every-route metrics
 */
public record ResolvedResourceMethod(ResourceMethod method, RouteMetrics own) {
  static ResolvedResourceMethod of(ResourceMethod method, Instruments instruments) {
    PromwireOptions options = instruments.options();
    List<MetricDefinition> metrics = new ArrayList<>(method.metrics());
    if (!method.isExcludeAllMetrics()) {
      metrics.addAll(options.everyRoute());
    }
    return new ResolvedResourceMethod(
        method, RouteMetrics.of(instruments, metrics, method.httpMethod(), method.template()));
  }
}
