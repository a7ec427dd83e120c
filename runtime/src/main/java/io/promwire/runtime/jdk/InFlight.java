package io.promwire.runtime.jdk;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server's executor, counting the exchanges it was given until they end: those still queued
 * for a thread, reading their request, being handled or waiting for a route's later answer. A
 * graceful stop waits for this count, not only for the requests inside a handler, so that nothing
 * accepted is dropped.
 */
final class InFlight implements Executor {
  private final Executor workers;
  private final AtomicInteger count = new AtomicInteger();
  private final Object idle = new Object();

  InFlight(Executor workers) {
    this.workers = workers;
  }

  @Override
  public void execute(Runnable exchange) {
    count.incrementAndGet();
    try {
      workers.execute(
          () -> {
            try {
              exchange.run();
            } finally {
              ended();
            }
          });
    } catch (RuntimeException rejected) {
      ended();
      throw rejected;
    }
  }

  /**
   * An exchange whose answer comes later, after its task ended: it counts until {@link #release}.
   */
  void hold() {
    count.incrementAndGet();
  }

  /** A held exchange ended. */
  void release() {
    ended();
  }

  /** How many exchanges were given and have not ended. */
  int count() {
    return count.get();
  }

  /**
   * Waits until no exchange is in flight, for at most {@code timeout}.
   *
   * @return whether none is
   */
  boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (idle) {
      while (count.get() > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(idle, left);
      }
    }
    return true;
  }

  private void ended() {
    // Decremented before taking the lock that awaitIdle checks the count under: a waiter either
    // sees zero or is already waiting when the notification comes.
    if (count.decrementAndGet() == 0) {
      synchronized (idle) {
        idle.notifyAll();
      }
    }
  }
}
