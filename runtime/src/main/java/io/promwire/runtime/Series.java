package io.promwire.runtime;

import java.util.List;
import java.util.function.Function;

/**
 * Finds the data point of one metric for one call. When every label is static for the route, the
 * data point is looked up once and kept, so a call costs no lookup and no allocation.
 */
final class Series<D> {
  private final Function<String[], D> lookup;
  private final LabelDefinition[] dynamicLabels;
  private final String[] values;
  private final boolean[] isDynamic;
  private D fixed;

  Series(
      Function<String[], D> lookup,
      List<LabelDefinition> labels,
      String routeMethod,
      String routeTemplate,
      boolean initialValue) {
    this.lookup = lookup;
    this.values = new String[labels.size()];
    this.isDynamic = new boolean[labels.size()];
    int dynamic = 0;
    for (int i = 0; i < labels.size(); i++) {
      LabelDefinition label = labels.get(i);
      if (label.isStaticFor(routeMethod, routeTemplate)) {
        values[i] = label.staticValue(routeMethod, routeTemplate);
      } else {
        isDynamic[i] = true;
        dynamic++;
      }
    }
    this.dynamicLabels = dynamic == 0 ? null : labels.toArray(new LabelDefinition[0]);
    if (dynamicLabels == null && initialValue) {
      fixed = lookup.apply(values);
    }
  }

  /** Whether every label is static, so that {@link #get} never looks anything up after once. */
  boolean isStatic() {
    return dynamicLabels == null;
  }

  D get(Request request, int status, Response response, Throwable error) {
    if (dynamicLabels == null) {
      D point = fixed;
      if (point == null) {
        // Racing threads look up the same data point; client_java hands out one per label set.
        point = lookup.apply(values);
        fixed = point;
      }
      return point;
    }
    String[] callValues = values.clone();
    for (int i = 0; i < callValues.length; i++) {
      if (isDynamic[i]) {
        callValues[i] = dynamicLabels[i].valueFor(request, status, response, error);
      }
    }
    return lookup.apply(callValues);
  }
}
