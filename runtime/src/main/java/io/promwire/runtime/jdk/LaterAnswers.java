package io.promwire.runtime.jdk;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Holds the exchanges of routes that answer later, through a {@code CompletionStage}: the worker
 * that dispatched one is free as soon as it has the pending stage, and the answer is written by a
 * worker when the stage completes, under the exchange's write deadline. A held exchange counts as
 * in flight, so a graceful stop waits for it.
 */
final class LaterAnswers {
  private final InFlight inFlight;
  private final Executor workers;
  private final ExchangeDeadlines deadlines;

  /** @param deadlines the server's deadlines, or {@code null} when there are none */
  LaterAnswers(InFlight inFlight, Executor workers, ExchangeDeadlines deadlines) {
    this.inFlight = inFlight;
    this.workers = workers;
    this.deadlines = deadlines;
  }

  /** Holds the exchange running on this thread. Call once, on its worker. */
  Held hold() {
    inFlight.hold();
    return new Held(deadlines == null ? null : deadlines.hold());
  }

  /** An exchange waiting for its answer. */
  final class Held {
    private final ExchangeDeadlines.Deadline deadline;

    private Held(ExchangeDeadlines.Deadline deadline) {
      this.deadline = deadline;
    }

    /**
     * Runs the rest of the exchange (writing the answer, then ending it) on a worker; when the
     * workers take no more tasks, as after a stop, runs {@code abandon} here instead.
     */
    void resume(Runnable rest, Runnable abandon) {
      Runnable counted =
          () -> {
            try {
              rest.run();
            } finally {
              inFlight.release();
            }
          };
      try {
        if (deadline == null) {
          workers.execute(counted);
        } else {
          deadlines.resume(deadline, counted);
        }
      } catch (RejectedExecutionException stopped) {
        try {
          abandon.run();
        } finally {
          inFlight.release();
        }
      }
    }
  }
}
