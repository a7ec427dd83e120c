package io.promwire.processor.model;

import java.util.List;

/**
 * One metric annotation: {@code @Counted}, {@code @Histogram}, {@code @Summary}, {@code @Gauge}
 * on a method or {@code @Info} on a class.
 *
 * @param buckets the histogram's bucket bounds, else empty
 * @param quantiles the summary's quantiles, else empty
 * @param initialValue whether series with static labels start at 0; true where the annotation has
 *     no such attribute
 * @param site the annotation
 */
public record MetricModel(
    MetricKind kind,
    String name,
    String help,
    List<LabelModel> labels,
    List<Double> buckets,
    List<Double> quantiles,
    boolean initialValue,
    Site site) {

  /** Copies the lists, so the model is immutable. */
  public MetricModel {
    labels = List.copyOf(labels);
    buckets = List.copyOf(buckets);
    quantiles = List.copyOf(quantiles);
  }

  /** {@return the label names, in order} */
  public List<String> labelNames() {
    return labels.stream().map(LabelModel::name).toList();
  }

  /** {@return the {@code name} attribute, as a place to report at} */
  public Site nameSite() {
    return site.attribute("name");
  }
}
