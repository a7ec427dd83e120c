package io.promwire.runtime;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Finds the data point of one metric for one call. When every label is static for the route, the
 * data point is looked up once and kept, so a call costs no lookup and no allocation. Otherwise a
 * metric with labels taken from the request goes through its {@link SeriesGuard}: a failing label
 * source and the series limit are handled there, never thrown at the call.
 */
final class Series<D> {
  private final Function<String[], D> lookup;
  private final LabelDefinition[] dynamicLabels;
  private final String[] values;
  private final boolean[] isDynamic;
  private final boolean[] overflows;
  private final SeriesGuard guard;
  private D fixed;

  /**
   * @param guard the metric's guard, asked for only when a label is taken from the request
   */
  Series(
      Function<String[], D> lookup,
      List<LabelDefinition> labels,
      String routeMethod,
      String routeTemplate,
      boolean initialValue,
      Supplier<SeriesGuard> guard) {
    this.lookup = lookup;
    this.values = new String[labels.size()];
    this.isDynamic = new boolean[labels.size()];
    this.overflows = new boolean[labels.size()];
    boolean anyDynamic = false;
    boolean anyFromRequest = false;
    for (int i = 0; i < labels.size(); i++) {
      LabelDefinition label = labels.get(i);
      if (label.isStaticFor(routeMethod, routeTemplate)) {
        values[i] = label.staticValue(routeMethod, routeTemplate);
      } else {
        isDynamic[i] = true;
        overflows[i] = label.isFromRequest();
        anyDynamic = true;
        anyFromRequest |= overflows[i];
      }
    }
    this.dynamicLabels = anyDynamic ? labels.toArray(new LabelDefinition[0]) : null;
    this.guard = anyFromRequest ? guard.get() : null;
    if (dynamicLabels == null && initialValue) {
      fixed = lookup.apply(values);
    }
  }

  /** The data point of one call; an overflow or a failing label is counted. */
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
    return lookUp(request, status, response, error, true);
  }

  /**
   * The data point {@link #get} gave the same call before, without counting its overflow or label
   * failure a second time: for gauges, which look their series up on entry and on exit.
   */
  D again(Request request) {
    return dynamicLabels == null ? get(request, 0, null, null) : lookUp(request, 0, null, null, false);
  }

  private D lookUp(
      Request request, int status, Response response, Throwable error, boolean count) {
    String[] callValues = values.clone();
    for (int i = 0; i < callValues.length; i++) {
      if (isDynamic[i]) {
        LabelDefinition label = dynamicLabels[i];
        callValues[i] =
            guard == null
                ? label.valueFor(request, status, response, error)
                : guard.value(label, request, status, response, error, count);
      }
    }
    if (guard != null && !guard.admit(callValues, count)) {
      for (int i = 0; i < callValues.length; i++) {
        if (overflows[i]) {
          callValues[i] = LabelDefinition.OVERFLOW_VALUE;
        }
      }
    }
    return lookup.apply(callValues);
  }
}
