package io.promwire.runtime;

import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.promwire.runtime.adapter.RequestedMetrics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/** Renders a registry for exposing it yourself, always with client_java's own writers. */
final class MetricsExposition {
  private MetricsExposition() {}

  /**
   * The registry's current metrics in the Prometheus text format 0.0.4: the families {@code
   * names} ask for, as the metrics endpoint's {@code name[]} does ({@link RequestedMetrics}), or
   * every family when there are none.
   */
  static String text(PrometheusRegistry registry, String... names) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PrometheusTextFormatWriter.create()
          .write(out, RequestedMetrics.scrape(registry, Set.copyOf(List.of(names))));
    } catch (IOException impossible) {
      throw new UncheckedIOException("writing to memory failed", impossible);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
