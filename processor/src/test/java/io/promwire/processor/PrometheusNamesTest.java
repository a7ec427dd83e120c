package io.promwire.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.core.metrics.Info;
import io.prometheus.metrics.core.metrics.Summary;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.promwire.processor.model.MetricKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compile-time naming rules agree with what client_java's registry does at run time. */
class PrometheusNamesTest {
  private static final List<String> NAMES =
      List.of("x", "x_total", "x_created", "x_bucket", "x_count", "x_sum", "x_info", "x_total_total");

  @Test
  void collideExactlyWhenTheRegistryRejectsTheSecondMetric() {
    List<String> disagreements = new ArrayList<>();
    for (MetricKind kind : MetricKind.values()) {
      for (String name : NAMES) {
        for (MetricKind otherKind : MetricKind.values()) {
          for (String otherName : NAMES) {
            if (kind == otherKind && name.equals(otherName)) {
              continue; // identical declarations share one metric; the runtime registers it once
            }
            boolean rejected = rejectsSecond(kind, name, otherKind, otherName);
            boolean predicted = PrometheusNames.collide(kind, name, otherKind, otherName);
            if (rejected != predicted) {
              disagreements.add(kind + " " + name + " / " + otherKind + " " + otherName
                  + ": registry " + (rejected ? "rejects" : "accepts"));
            }
          }
        }
      }
    }
    assertThat(disagreements).isEmpty();
  }

  @Test
  void registryNamesStripTheSuffixesClientJavaStrips() {
    assertThat(PrometheusNames.registryName(MetricKind.COUNTER, "jobs_total")).isEqualTo("jobs");
    assertThat(PrometheusNames.registryName(MetricKind.INFO, "build_info")).isEqualTo("build");
    assertThat(PrometheusNames.registryName(MetricKind.INFO, "build")).isEqualTo("build");
    assertThat(PrometheusNames.registryName(MetricKind.GAUGE, "jobs_total")).isEqualTo("jobs_total");
    assertThat(PrometheusNames.registryName(MetricKind.COUNTER, "_total")).isEmpty();
  }

  @Test
  void exposedNamesAreTheFamilyNamesOfClientJavasTextFormat() throws IOException {
    for (MetricKind kind : MetricKind.values()) {
      for (String name : NAMES) {
        PrometheusRegistry registry = new PrometheusRegistry();
        register(kind, name, registry);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        PrometheusTextFormatWriter.create().write(text, registry.scrape());
        String type =
            text.toString(StandardCharsets.UTF_8).lines()
                .filter(line -> line.startsWith("# TYPE "))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no # TYPE for " + kind + " " + name));
        assertThat(type.split(" ")[2])
            .as(kind + " " + name)
            .isEqualTo(PrometheusNames.exposedName(kind, name));
      }
    }
  }

  @Test
  void infoMetricsAreExposedUnderTheNameAsWritten() {
    assertThat(PrometheusNames.exposedName(MetricKind.INFO, "info")).isEqualTo("info");
    assertThat(PrometheusNames.exposedName(MetricKind.INFO, "no_labels")).isEqualTo("no_labels");
    assertThat(PrometheusNames.exposedName(MetricKind.INFO, "app_info")).isEqualTo("app_info");
  }

  @Test
  void reservedLabelsAreThoseClientJavaRejects() {
    for (MetricKind kind : List.of(MetricKind.HISTOGRAM, MetricKind.SUMMARY)) {
      String label = PrometheusNames.reservedLabel(kind).orElseThrow();
      boolean rejected;
      try {
        register(kind, "m", new PrometheusRegistry(), label);
        rejected = false;
      } catch (IllegalArgumentException expected) {
        rejected = true;
      }
      assertThat(rejected).as(kind + " " + label).isTrue();
    }
    assertThat(PrometheusNames.reservedLabel(MetricKind.COUNTER)).isEmpty();
  }

  private static boolean rejectsSecond(
      MetricKind kind, String name, MetricKind otherKind, String otherName) {
    PrometheusRegistry registry = new PrometheusRegistry();
    register(kind, name, registry);
    try {
      register(otherKind, otherName, registry);
      return false;
    } catch (IllegalArgumentException rejected) {
      return true;
    }
  }

  /** Registers a metric as the runtime's {@code Instruments} builds it. */
  private static void register(
      MetricKind kind, String name, PrometheusRegistry registry, String... labels) {
    switch (kind) {
      case COUNTER -> Counter.builder().name(name).help("h").labelNames(labels).register(registry);
      case HISTOGRAM ->
          Histogram.builder().name(name).help("h").labelNames(labels).classicOnly().register(registry);
      case SUMMARY -> Summary.builder().name(name).help("h").labelNames(labels).register(registry);
      case GAUGE -> Gauge.builder().name(name).help("h").labelNames(labels).register(registry);
      case INFO -> {
        if (name.endsWith("_info")) {
          Info info = Info.builder().name(name).help("h").labelNames(labels).register(registry);
          if (labels.length == 0) {
            info.setLabelValues(); // an info metric shows only once it has its values
          }
        } else {
          // Any other name keeps it: a gauge at 1, as prometheus-flask-exporter exposes it.
          Gauge.builder().name(name).help("h").labelNames(labels).register(registry);
        }
      }
    }
  }
}
