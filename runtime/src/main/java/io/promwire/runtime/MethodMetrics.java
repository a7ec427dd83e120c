package io.promwire.runtime;

import java.lang.System.Logger.Level;
import java.util.List;

/**
 * The metrics of one decorated method, recorded around each call. Route calls are timed once by
 * the server, which shares that duration with the default HTTP metrics; direct calls of a
 * decorator are timed by the decorator.
 *
 * <p>Neither method ever throws: a failure on the metrics side is logged and the call goes on.
 */
public final class MethodMetrics {
  /** Records nothing. */
  public static final MethodMetrics NONE = new MethodMetrics(List.of());

  private static final System.Logger LOG = System.getLogger(MethodMetrics.class.getName());

  private final Recorder[] recorders;
  private final boolean hasEnter;

  MethodMetrics(List<Recorder> recorders) {
    this.recorders = recorders.toArray(new Recorder[0]);
    this.hasEnter = recorders.stream().anyMatch(Recorder.InProgress.class::isInstance);
  }

  /** Whether this records anything at all. */
  public boolean isEmpty() {
    return recorders.length == 0;
  }

  /** Called before the method runs. */
  public void enter(Request request) {
    if (!hasEnter) {
      return;
    }
    for (Recorder recorder : recorders) {
      try {
        recorder.enter(request);
      } catch (RuntimeException | LinkageError failure) {
        LOG.log(Level.WARNING, "promwire could not record a metric; the call goes on", failure);
      }
    }
  }

  /**
   * Called after the method returned or threw.
   *
   * @param request the request, or {@code null} for a direct call
   * @param status the response status (500 when the method threw anything but {@link
   *     HttpStatusException})
   * @param response the response, when there is one
   * @param error what the method threw, or {@code null}
   * @param durationNanos how long the call took; generated code passes 0 when no metric of the
   *     method observes durations, to spare the clock reads
   */
  public void exit(
      Request request, int status, Response response, Throwable error, long durationNanos) {
    for (Recorder recorder : recorders) {
      try {
        recorder.exit(request, status, response, error, durationNanos);
      } catch (RuntimeException | LinkageError failure) {
        LOG.log(Level.WARNING, "promwire could not record a metric; the call goes on", failure);
      }
    }
  }
}
