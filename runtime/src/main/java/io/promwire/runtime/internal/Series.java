package io.promwire.runtime.internal;

import io.promwire.runtime.LabelDefinition;
import io.promwire.runtime.Request;
import io.promwire.runtime.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Finds the data point of one metric, recorded at one place (a route, or a decorated method), for
 * one call. What the code bounds is looked up once and kept, so that no such call looks anything
 * up or allocates:
 *
 * <ul>
 *   <li>labels that are all static for the place: one data point, kept;
 *   <li>labels that are static but for the status and the exception name: one data point per
 *       status of the calls that threw nothing, kept in an array indexed by status;
 *   <li>one label taken from the request, the rest static: the data point of each admitted value,
 *       kept in a map from the value, so a repeated value costs one lookup of a string;
 *   <li>otherwise the values are computed and the data point looked up per call.
 * </ul>
 *
 * Labels taken from the request go through the metric's {@link SeriesGuard}: a failing label source
 * and the series limit are handled there, never thrown at the call. Racing threads may look up the
 * same data point twice; client_java hands out one per label set, so nothing is lost.
 */
final class Series<D> {
  private static final int FIRST_STATUS = 100;
  private static final int LAST_STATUS = 599;

  private final Function<String[], D> lookup;
  private final LabelDefinition[] labels;
  /** The static values; {@code null} where a label takes its value per call. */
  private final String[] staticValues;
  private final boolean[] fromRequest;
  /** Labels at and after this position may be given by the caller, computed once per request. */
  private final int firstGiven;
  private final SeriesGuard guard;
  private final Shape shape;
  /** The position of the one per-call label of {@link Shape#ONE_FROM_REQUEST}. */
  private final int dynamicPosition;
  private final boolean exceptionLabel;
  private final Object[] byStatus;
  private final Map<String, D> byValue;
  private volatile D fixed;

  private enum Shape {
    STATIC,
    PER_STATUS,
    ONE_FROM_REQUEST,
    PER_CALL
  }

  /**
   * @param labels every label of the metric, default labels included
   * @param routeMethod the HTTP method of the route, or {@code null} for a method that is not one
   * @param routeTemplate the template of the route, or {@code null}
   * @param firstGiven the position of the first label whose value callers may give ({@link
   *     #point(Request, DirectCall, int, Response, Throwable, String[])}), or {@code labels.size()}
   * @param initialValue whether a series whose labels are all static exists from now on, at 0
   * @param guard the metric's guard, asked for only when a label is taken from the request
   */
  Series(
      Function<String[], D> lookup,
      List<LabelDefinition> labels,
      String routeMethod,
      String routeTemplate,
      int firstGiven,
      boolean initialValue,
      Supplier<SeriesGuard> guard) {
    this.lookup = lookup;
    this.labels = labels.toArray(new LabelDefinition[0]);
    this.staticValues = new String[labels.size()];
    this.fromRequest = new boolean[labels.size()];
    this.firstGiven = firstGiven;
    int perOutcome = 0;
    boolean exceptionLabel = false;
    int requestDerived = 0;
    int perCall = 0;
    int lastDynamic = -1;
    for (int i = 0; i < labels.size(); i++) {
      LabelDefinition label = labels.get(i);
      if (LabelValues.isStatic(label, routeMethod, routeTemplate)) {
        staticValues[i] = LabelValues.staticValue(label, routeMethod, routeTemplate);
        continue;
      }
      lastDynamic = i;
      perCall++;
      if (LabelValues.isPerOutcome(label)) {
        perOutcome++;
        exceptionLabel |= LabelValues.isException(label);
      }
      if (LabelValues.isFromRequest(label)) {
        fromRequest[i] = true;
        requestDerived++;
      }
    }
    this.guard = requestDerived > 0 ? guard.get() : null;
    this.dynamicPosition = perCall == 1 ? lastDynamic : -1;
    if (perCall == 0) {
      shape = Shape.STATIC;
    } else if (perOutcome == perCall) {
      shape = Shape.PER_STATUS;
    } else if (perCall == 1 && requestDerived == 1 && lastDynamic < firstGiven) {
      shape = Shape.ONE_FROM_REQUEST;
    } else {
      shape = Shape.PER_CALL;
    }
    this.exceptionLabel = exceptionLabel;
    this.byStatus = shape == Shape.PER_STATUS ? new Object[LAST_STATUS - FIRST_STATUS + 1] : null;
    this.byValue = shape == Shape.ONE_FROM_REQUEST ? new ConcurrentHashMap<>() : null;
    if (shape == Shape.STATIC && initialValue) {
      fixed = lookup.apply(staticValues);
    }
  }

  /** Whether every label is static, so that {@link #fixed()} is the one data point. */
  boolean isStatic() {
    return shape == Shape.STATIC;
  }

  /** The data point of a place whose labels are all static. */
  D fixed() {
    D point = fixed;
    if (point == null) {
      point = lookup.apply(staticValues);
      fixed = point;
    }
    return point;
  }

  /**
   * The data point of a call that nothing but default labels may tell apart: a direct call of a
   * method whose own labels are all static.
   */
  D withoutOutcome() {
    return shape == Shape.STATIC ? fixed() : point(null, null, 0, null, null, null);
  }

  /** The data point of one call; an overflow or a failing label is counted. */
  D point(Request request, DirectCall direct, int status, Response response, Throwable error) {
    return point(request, direct, status, response, error, null);
  }

  /**
   * As {@link #point(Request, DirectCall, int, Response, Throwable)}, with the values of the labels
   * from {@code firstGiven} on computed by the caller, once for several metrics of one request.
   *
   * @param given those values, or {@code null} to compute them here
   */
  @SuppressWarnings("unchecked")
  D point(
      Request request,
      DirectCall direct,
      int status,
      Response response,
      Throwable error,
      String[] given) {
    switch (shape) {
      case STATIC:
        return fixed();
      case PER_STATUS:
        if (status < FIRST_STATUS || status > LAST_STATUS || (error != null && exceptionLabel)) {
          return lookUp(request, direct, status, response, error, given);
        }
        Object kept = byStatus[status - FIRST_STATUS];
        if (kept == null) {
          kept = lookUp(request, direct, status, response, error, given);
          byStatus[status - FIRST_STATUS] = kept;
        }
        return (D) kept;
      case ONE_FROM_REQUEST:
        String value =
            guard.value(labels[dynamicPosition], request, direct, status, response, error, true);
        D point = byValue.get(value);
        return point != null ? point : admit(value);
      default:
        return lookUp(request, direct, status, response, error, given);
    }
  }

  /** The first call with a value of {@link Shape#ONE_FROM_REQUEST}: keeps it if admitted. */
  private D admit(String value) {
    String[] values = staticValues.clone();
    values[dynamicPosition] = value;
    if (!guard.admit(values, true)) {
      values[dynamicPosition] = LabelDefinition.OVERFLOW_VALUE;
      return lookup.apply(values);
    }
    D point = lookup.apply(values);
    byValue.put(value, point);
    return point;
  }

  private D lookUp(
      Request request,
      DirectCall direct,
      int status,
      Response response,
      Throwable error,
      String[] given) {
    String[] values = staticValues.clone();
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        continue;
      }
      if (given != null && i >= firstGiven) {
        values[i] = given[i - firstGiven];
      } else if (fromRequest[i]) {
        values[i] = guard.value(labels[i], request, direct, status, response, error, true);
      } else {
        values[i] = LabelValues.of(labels[i], request, direct, status, response, error);
      }
    }
    if (guard != null && !guard.admit(values, true)) {
      for (int i = 0; i < values.length; i++) {
        if (fromRequest[i]) {
          values[i] = LabelDefinition.OVERFLOW_VALUE;
        }
      }
    }
    return lookup.apply(values);
  }
}
