package io.promwire.it;

import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Renders a registry with client_java's own text writer and picks out series lines. */
final class Scrape {
  private Scrape() {}

  static String text(PrometheusRegistry registry) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PrometheusTextFormatWriter.create().write(out, registry.scrape());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The sample lines (no comments) of a text exposition whose metric name starts with a prefix. */
  static List<String> series(String exposition, String namePrefix) {
    return exposition.lines()
        .filter(line -> !line.startsWith("#") && line.startsWith(namePrefix))
        .sorted()
        .toList();
  }
}
