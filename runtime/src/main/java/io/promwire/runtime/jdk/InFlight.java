package io.promwire.runtime.jdk;

import java.util.concurrent.Executor;
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
  private volatile Runnable whenIdle;

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

  /** Runs the action each time the last exchange ends, and now if there is none. */
  void whenIdle(Runnable action) {
    whenIdle = action;
    if (count.get() == 0) {
      action.run();
    }
  }

  private void ended() {
    Runnable idle = whenIdle;
    if (count.decrementAndGet() == 0 && idle != null) {
      idle.run();
    }
  }
}
