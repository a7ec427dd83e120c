package io.promwire.processor.model;

import java.util.List;

/**
 * One {@code @Label} of a metric.
 *
 * @param name the label name
 * @param sources every value source the annotation sets, in attribute order
 * @param site the {@code @Label} annotation inside the metric's {@code labels}
 */
public record LabelModel(String name, List<LabelSourceModel> sources, Site site) {
  /** Copies the sources, so the model is immutable. */
  public LabelModel {
    sources = List.copyOf(sources);
  }

  /** {@return the one source of a valid label} */
  public LabelSourceModel source() {
    return sources.get(0);
  }

  /** {@return the {@code name} attribute, as a place to report at} */
  public Site nameSite() {
    return site.attribute("name");
  }
}
