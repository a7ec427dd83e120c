package io.promwire.runtime.internal;

import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.promwire.runtime.LabelDefinition;
import io.promwire.runtime.Request;
import io.promwire.runtime.Response;
import java.lang.System.Logger.Level;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Protects one metric from what requests put in its labels ({@link
 * LabelValues#isFromRequest}):
 *
 * <ul>
 *   <li>{@link #admit} bounds the distinct label value combinations that calls create. Past the
 *       limit the caller records the combination with those labels set to {@link
 *       LabelDefinition#OVERFLOW_VALUE}; {@code promwire_label_overflow_total{metric}} counts such
 *       observations and a warning is logged once.
 *   <li>{@link #admit} also bounds the characters of all the admitted combinations together,
 *       with the same overflow past it.
 *   <li>{@link #value} turns a label source that throws into {@link LabelDefinition#ERROR_VALUE},
 *       counted in {@code promwire_label_errors_total{metric}} and logged once; and a value longer
 *       than the limit into {@link LabelDefinition#OVERFLOW_VALUE}, counted in {@code
 *       promwire_label_too_long_total{metric}} and logged once.
 * </ul>
 *
 * One guard per metric name, shared by every route and method that records the metric; metrics
 * without such labels have none and pay nothing. Thread-safe.
 */
final class SeriesGuard {
  private static final System.Logger LOG = System.getLogger(SeriesGuard.class.getName());

  /** What one metric may hold of what requests send. */
  record Limits(int series, int valueLength, int textChars) {}

  private final String metric;
  private final int limit;
  private final int maxValueLength;
  private final int maxTextChars;
  private final CounterDataPoint tooLong;
  private final AtomicBoolean tooLongLogged = new AtomicBoolean();
  private long textChars; // guarded by this
  // The keys wrap the label value arrays that client_java keeps as its own keys: never mutated.
  private final Map<List<String>, Boolean> admitted = new ConcurrentHashMap<>();
  private final CounterDataPoint overflowed;
  private final CounterDataPoint labelErrors;
  private final AtomicBoolean overflowLogged = new AtomicBoolean();
  private final AtomicBoolean errorLogged = new AtomicBoolean();
  private int size; // guarded by this
  // Written under the lock after the last key was added: a thread that reads true sees every key.
  private volatile boolean full;

  SeriesGuard(
      String metric,
      Limits limits,
      CounterDataPoint overflowed,
      CounterDataPoint labelErrors,
      CounterDataPoint tooLong) {
    this.metric = metric;
    this.limit = limits.series();
    this.maxValueLength = limits.valueLength();
    this.maxTextChars = limits.textChars();
    this.tooLong = tooLong;
    this.overflowed = overflowed;
    this.labelErrors = labelErrors;
  }

  /**
   * Whether a combination of label values may have a series of its own: it has one already, or
   * the metric is still below its limit. Once full, the admitted set never changes, so a call that
   * looks its series up twice (a gauge on entry and exit) gets the same answer both times.
   *
   * @param values every label value of the metric, in order; not modified
   * @param count whether a refusal is an observation to count, false for the second lookup
   */
  boolean admit(String[] values, boolean count) {
    List<String> key = Arrays.asList(values);
    if (admitted.containsKey(key)) {
      return true;
    }
    // Adding takes a lock, but only until the limit is reached; after that it is a flag read.
    boolean admittedNow = full ? admitted.containsKey(key) : add(key);
    if (!admittedNow && count) {
      overflowed();
    }
    return admittedNow;
  }

  /**
   * The value of a label for one call, never throwing: a resolver or function that throws gives
   * {@link LabelDefinition#ERROR_VALUE} (a {@link VirtualMachineError} is left to propagate, as the
   * JVM is in trouble then); {@code null} gives the empty value, as documented for resolvers.
   *
   * @param count whether a failure is counted and may be logged, false for the second lookup
   */
  String value(
      LabelDefinition label,
      Request request,
      DirectCall direct,
      int status,
      Response response,
      Throwable error,
      boolean count) {
    try {
      String value = LabelValues.of(label, request, direct, status, response, error);
      if (value.length() > maxValueLength) {
        if (count) {
          tooLong(label);
        }
        return LabelDefinition.OVERFLOW_VALUE;
      }
      return value;
    } catch (VirtualMachineError fatal) {
      throw fatal;
    } catch (Throwable failure) {
      if (count) {
        failed(label, failure);
      }
      return LabelDefinition.ERROR_VALUE;
    }
  }

  /** How many combinations have a series of their own: for tests. */
  synchronized int admittedCount() {
    return size;
  }

  private synchronized boolean add(List<String> key) {
    if (admitted.containsKey(key)) {
      return true;
    }
    long chars = 0;
    for (String value : key) {
      chars += value.length();
    }
    if (size >= limit || textChars + chars > maxTextChars) {
      return false;
    }
    admitted.put(key, Boolean.TRUE);
    textChars += chars;
    if (++size >= limit) {
      full = true;
    }
    return true;
  }

  private void tooLong(LabelDefinition label) {
    tooLong.inc();
    if (tooLongLogged.compareAndSet(false, true)) {
      LOG.log(
          Level.WARNING,
          "label ''{0}'' of metric ''{1}'' got a value longer than {2} characters: such values are"
              + " recorded as {3} and counted in promwire_label_too_long_total (raise the limit"
              + " with PromwireOptions.Builder.maxLabelValueLength); logged once per metric",
          label.name(),
          metric,
          maxValueLength,
          LabelDefinition.OVERFLOW_VALUE);
    }
  }

  private void overflowed() {
    overflowed.inc();
    if (overflowLogged.compareAndSet(false, true)) {
      // Never the label values: they are the client's input, and may be hostile or private.
      LOG.log(
          Level.WARNING,
          "metric ''{0}'' reached its limit of {1} series or {2} characters of label values: new"
              + " label values are recorded as {3} and counted in promwire_label_overflow_total"
              + " (raise the limits with PromwireOptions.Builder.seriesLimit and"
              + " maxLabelTextChars); logged once per metric",
          metric,
          limit,
          maxTextChars,
          LabelDefinition.OVERFLOW_VALUE);
    }
  }

  private void failed(LabelDefinition label, Throwable failure) {
    labelErrors.inc();
    if (errorLogged.compareAndSet(false, true)) {
      LOG.log(
          Level.WARNING,
          () ->
              "label '" + label.name() + "' of metric '" + metric + "' could not be computed: "
                  + "recorded as " + LabelDefinition.ERROR_VALUE + " and counted in "
                  + "promwire_label_errors_total; logged once per metric",
          failure);
    }
  }
}
