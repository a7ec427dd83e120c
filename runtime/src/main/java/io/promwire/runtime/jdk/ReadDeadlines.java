package io.promwire.runtime.jdk;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs the JDK server's exchanges on the workers, and frees a worker whose request does not arrive
 * in time ({@link ServerOptions#requestReadTimeout()}).
 *
 * <p>Why: the JDK server hands a connection to a worker as soon as its first bytes arrive; the
 * worker then reads the request line and headers with blocking reads that have no timeout of their
 * own (the JVM-wide {@code sun.net.httpserver.maxReqTime} is off by default and read once per JVM),
 * and the body is read there too. A client that sends part of a request and stops would hold the
 * worker for good, and a few such clients the whole pool.
 *
 * <p>How: each exchange gets a deadline. If it has not {@link #arrived} by then, its worker is
 * interrupted; a blocked {@code SocketChannel} read is interruptible, so the channel closes, the
 * read throws, the JDK closes the connection and the worker is free. Once the request has arrived
 * nothing is interrupted: route code never sees one.
 */
final class ReadDeadlines implements Executor {
  private final Executor workers;
  private final long timeoutNanos;
  private final ScheduledThreadPoolExecutor timer;
  private final ThreadLocal<Deadline> current = new ThreadLocal<>();

  ReadDeadlines(Executor workers, Duration timeout) {
    this.workers = workers;
    this.timeoutNanos = timeout.toNanos();
    this.timer =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread thread = new Thread(task, "promwire-read-deadlines");
              thread.setDaemon(true);
              return thread;
            });
    // Nearly every deadline is cancelled: without this they would pile up until they expire.
    timer.setRemoveOnCancelPolicy(true);
  }

  @Override
  public void execute(Runnable exchange) {
    workers.execute(new Deadline(exchange));
  }

  /**
   * Called on the worker once the whole request is read: from then on it may take its time.
   *
   * @return false when the deadline came first: the connection is closed, there is no one to answer
   */
  boolean arrived() {
    Deadline deadline = current.get();
    return deadline == null || deadline.arrive();
  }

  void shutdown() {
    timer.shutdownNow();
  }

  private final class Deadline implements Runnable {
    private static final int READING = 0;
    private static final int ARRIVED = 1;
    private static final int EXPIRED = 2;
    private static final int DONE = 3;

    private final Runnable exchange;
    // Guarded by this: expiring and arriving must not interleave, or an interrupt could reach
    // route code.
    private Thread worker;
    private int state;

    Deadline(Runnable exchange) {
      this.exchange = exchange;
    }

    @Override
    public void run() {
      synchronized (this) {
        worker = Thread.currentThread();
        state = READING;
      }
      current.set(this);
      Future<?> alarm = schedule();
      try {
        exchange.run();
      } finally {
        if (alarm != null) {
          alarm.cancel(false);
        }
        current.remove();
        if (finish() == EXPIRED) {
          // The interrupt was ours: it must not reach the next task of a pooled thread.
          Thread.interrupted();
        }
      }
    }

    private Future<?> schedule() {
      try {
        return timer.schedule(this::expire, timeoutNanos, TimeUnit.NANOSECONDS);
      } catch (RejectedExecutionException stopping) {
        return null;
      }
    }

    private synchronized void expire() {
      if (state == READING) {
        state = EXPIRED;
        worker.interrupt();
      }
    }

    synchronized boolean arrive() {
      if (state == READING) {
        state = ARRIVED;
      }
      return state == ARRIVED;
    }

    private synchronized int finish() {
      int was = state;
      state = DONE;
      return was;
    }
  }
}
