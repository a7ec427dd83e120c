package io.promwire.it.e2e;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls until a condition holds, within a bound: the tests wait for events, not fixed times. */
final class Await {
  private static final long POLL_MILLIS = 50;

  private Await() {}

  /**
   * Calls {@code probe} until {@code done} accepts its value and returns that value; fails after
   * {@code timeout}, showing the last value.
   */
  static <T> T until(String what, Duration timeout, Supplier<T> probe, Predicate<T> done) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      T value = probe.get();
      if (done.test(value)) {
        return value;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("gave up after " + timeout + " waiting for " + what
            + "; last seen: " + value);
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + what, e);
      }
    }
  }
}
