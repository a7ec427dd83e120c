package io.promwire.runtime.internal;

import io.promwire.runtime.HttpStatusException;
import io.promwire.runtime.LabelDefinition;
import io.promwire.runtime.Request;
import io.promwire.runtime.Response;
import java.util.List;
import java.util.function.Supplier;

/**
 * The default HTTP metrics of the requests of one route (or of the unmatched ones) under one
 * {@code method} label. When the group label and the default labels are the same for every such
 * request, each metric keeps one data point per status ({@link Series}), so recording a request
 * looks nothing up and allocates nothing.
 *
 * <p>Computed default labels are computed once per request for all three metrics; a failure is
 * counted once, under the duration metric. No method throws.
 */
public final class RequestMetrics {
  private final DurationHandle duration;
  /** The request and exception counters, {@code null} under namings that have none. */
  private final CounterHandle requests;
  private final CounterHandle exceptions;
  /** The default labels, or {@code null} when they are all static and so need no computing. */
  private final LabelDefinition[] computedDefaults;
  private final SeriesGuard guard;

  RequestMetrics(
      DurationHandle duration,
      CounterHandle requests,
      CounterHandle exceptions,
      List<LabelDefinition> defaultLabels,
      Supplier<SeriesGuard> durationGuard) {
    this.duration = duration;
    this.requests = requests;
    this.exceptions = exceptions;
    boolean allStatic = defaultLabels.stream().allMatch(l -> LabelValues.isStatic(l, null, null));
    this.computedDefaults = allStatic ? null : defaultLabels.toArray(new LabelDefinition[0]);
    // Only labels taken from the request need one: no promwire_label_* metrics otherwise.
    this.guard = allStatic ? null : durationGuard.get();
  }

  /**
   * Records one request.
   *
   * @param response the response the handler returned, or the one an exception handler made of
   *     {@code error}; {@code null} when it threw and nothing answered the exception
   * @param error what the handler threw, or {@code null}; anything but {@link
   *     HttpStatusException} is counted in the exceptions counter, unless {@code response} answers
   *     it
   */
  public void record(
      Request request, int status, Response response, Throwable error, long elapsedNanos) {
    String[] defaults = computedDefaults == null ? null : defaults(request, status, response, error);
    duration.observe(elapsedNanos, request, status, response, error, defaults);
    if (requests != null) {
      requests.inc(request, status, response, error, defaults);
    }
    // An exception an exception handler answered arrives with its response: it is not counted.
    if (exceptions != null
        && error != null
        && response == null
        && !(error instanceof HttpStatusException)) {
      exceptions.inc(request, status, response, error, defaults);
    }
  }

  private String[] defaults(Request request, int status, Response response, Throwable error) {
    String[] values = new String[computedDefaults.length];
    for (int i = 0; i < values.length; i++) {
      LabelDefinition label = computedDefaults[i];
      values[i] =
          LabelValues.isFromRequest(label)
              ? guard.value(label, request, null, status, response, error, true)
              : LabelValues.of(label, request, null, status, response, error);
    }
    return values;
  }
}
