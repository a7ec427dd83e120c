package io.promwire.processor.model;

/** The kinds of metric annotation, with the names the annotations and the runtime give them. */
public enum MetricKind {
  COUNTER("Counted", "counter"),
  HISTOGRAM("Histogram", "histogram"),
  SUMMARY("Summary", "summary"),
  GAUGE("Gauge", "gauge"),
  INFO("Info", "info");

  private final String annotation;
  private final String factory;

  MetricKind(String annotation, String factory) {
    this.annotation = annotation;
    this.factory = factory;
  }

  /** The simple name of the annotation that declares this kind, such as {@code Counted}. */
  public String annotation() {
    return annotation;
  }

  /** The {@code MetricDefinition} factory method and the word used in messages. */
  public String factory() {
    return factory;
  }

  /** Whether the metric observes the call's duration, so that the call must be timed. */
  public boolean isTimed() {
    return this == HISTOGRAM || this == SUMMARY;
  }

  /** Whether the annotation has an {@code initialValue} attribute. */
  public boolean hasInitialValue() {
    return this == COUNTER || this == HISTOGRAM || this == SUMMARY || this == GAUGE;
  }
}
