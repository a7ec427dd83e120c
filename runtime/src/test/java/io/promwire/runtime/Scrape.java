package io.promwire.runtime;

import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads metrics as Prometheus sees them: client_java's own text writer, line by line. */
public final class Scrape {
  private final String text;

  private Scrape(String text) {
    this.text = text;
  }

  public static Scrape of(PrometheusRegistry registry) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PrometheusTextFormatWriter.create().write(out, registry.scrape());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Scrape(out.toString(StandardCharsets.UTF_8));
  }

  public static Scrape of(String text) {
    return new Scrape(text);
  }

  public String text() {
    return text;
  }

  /** The sample lines of one exact sample name, such as {@code http_request_total}. */
  public List<String> samples(String name) {
    return text.lines()
        .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
        .toList();
  }

  /** The names of every metric family, from the {@code # TYPE} lines. */
  public List<String> families() {
    return text.lines()
        .filter(line -> line.startsWith("# TYPE "))
        .map(line -> line.split(" ")[2])
        .toList();
  }

  /** The {@code # TYPE} line of a family, such as {@code # TYPE x counter}, or null. */
  public String type(String family) {
    return text.lines()
        .filter(line -> line.startsWith("# TYPE " + family + " "))
        .findFirst()
        .orElse(null);
  }

  /** The expected {@code http_request_total} line of the default labels only. */
  public static String total(String method, String status, double value) {
    return "http_request_total{method=\"" + method + "\",status=\"" + status + "\"} " + value;
  }

  /** The expected {@code http_request_duration_seconds_count} line, grouped by {@code path}. */
  public static String durationCount(String method, String path, String status, long count) {
    return "http_request_duration_seconds_count{method=\""
        + method
        + "\",path=\""
        + path
        + "\",status=\""
        + status
        + "\"} "
        + count;
  }

  /** The value of one series, written as name and labels exactly as exposed; null when absent. */
  public Double value(String series) {
    return text.lines()
        .filter(line -> line.startsWith(series + " "))
        .map(line -> Double.valueOf(line.substring(series.length() + 1)))
        .findFirst()
        .orElse(null);
  }
}
