package io.promwire.runtime.jdk;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs the JDK server's exchanges on the workers, and frees a worker whose client does not send
 * its request in time ({@link ServerOptions#requestReadTimeout()}) or does not take its response in
 * time ({@link ServerOptions#responseWriteTimeout()}).
 *
 * <p>Why: the JDK server hands a connection to a worker as soon as its first bytes arrive; the
 * worker then reads the request line and headers, and later writes the response, with blocking
 * socket calls that have no timeout of their own (the JVM-wide {@code sun.net.httpserver.maxReqTime}
 * and {@code maxRspTime} are off by default and read once per JVM). A client that sends part of a
 * request and stops, or pipelines requests and never reads the answers, would hold the worker for
 * good, and a few such clients the whole pool.
 *
 * <p>How: each exchange gets a read deadline, and a write deadline once it starts answering. While
 * the worker is in a socket read or write of the exchange and its deadline passes, the worker is
 * interrupted; a blocked {@code SocketChannel} call is interruptible, so the channel closes, the
 * call throws, the JDK closes the connection and the worker is free. Route code runs between
 * {@link #arrived} and {@link #writing}, where nothing is interrupted, except while it reads the
 * body ({@link #readBody}), which is part of reading the request.
 */
final class ExchangeDeadlines implements Executor {
  private final Executor workers;
  private final long readNanos;
  private final long writeNanos;
  private final ScheduledThreadPoolExecutor timer;
  private final ThreadLocal<Deadline> current = new ThreadLocal<>();

  /** A zero duration turns that deadline off. */
  ExchangeDeadlines(Executor workers, Duration readTimeout, Duration writeTimeout) {
    this.workers = workers;
    this.readNanos = readTimeout.toNanos();
    this.writeNanos = writeTimeout.toNanos();
    this.timer =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread thread = new Thread(task, "promwire-deadlines");
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
   * Called on the worker once the request line and headers are read: from then on route code may
   * take its time.
   *
   * @return false when the deadline came first: the connection is closed, there is no one to answer
   */
  boolean arrived() {
    Deadline deadline = current.get();
    return deadline == null || deadline.arrive();
  }

  /** The deadline of the exchange running on this thread, or {@code null} outside one. */
  Deadline current() {
    return current.get();
  }

  /** Called on the worker before it writes the response: the write deadline starts. */
  void writing() {
    Deadline deadline = current.get();
    if (deadline != null) {
      deadline.writing();
    }
  }

  /**
   * Called on the worker when the answer of its exchange comes later: the exchange keeps its
   * deadline, and its body may still be read under it, on any thread, until {@link #resume}.
   *
   * @return the exchange's deadline, or {@code null} outside one
   */
  Deadline hold() {
    Deadline deadline = current.get();
    if (deadline != null) {
      deadline.hold();
    }
    return deadline;
  }

  /**
   * Runs the rest of a held exchange, such as writing its answer, on a worker and under its own
   * deadline: the write deadline starts at {@link #writing}.
   *
   * @throws RejectedExecutionException when the workers take no more tasks
   */
  void resume(Deadline deadline, Runnable rest) {
    workers.execute(() -> deadline.resume(rest));
  }

  void shutdown() {
    timer.shutdownNow();
  }

  /** Something read from the client, such as a part of the body. */
  interface Read<T> {
    T run() throws java.io.IOException;
  }

  /** The deadline of one exchange. */
  final class Deadline implements Runnable {
    private static final int READING = 0;
    private static final int HANDLING = 1;
    private static final int WRITING = 2;
    private static final int EXPIRED = 3;
    private static final int DONE = 4;

    private final Runnable exchange;
    // Guarded by this: expiring and the state changes must not interleave, or an interrupt could
    // reach route code.
    private Thread worker;
    private int state;
    /** The read deadline passed while route code ran: any further read of the request fails. */
    private boolean readLate;
    private Future<?> alarm;
    /**
     * The tasks of the exchange that have not ended: its own, and the one {@link #hold} promises
     * for its answer. The deadline ends with the last.
     */
    private int tasks;

    Deadline(Runnable exchange) {
      this.exchange = exchange;
    }

    @Override
    public void run() {
      synchronized (this) {
        worker = Thread.currentThread();
        state = READING;
        tasks = 1;
        alarm = schedule(this::readExpired, readNanos);
      }
      runAndLeave(exchange);
    }

    private synchronized void hold() {
      tasks++;
    }

    private void resume(Runnable rest) {
      synchronized (this) {
        worker = Thread.currentThread();
      }
      runAndLeave(rest);
    }

    private void runAndLeave(Runnable task) {
      current.set(this);
      try {
        task.run();
      } finally {
        current.remove();
        if (leave()) {
          // The interrupt was ours: it must not reach the next task of a pooled thread.
          Thread.interrupted();
        }
      }
    }

    /** Ends this thread's task; the deadline ends with the last. Whether to clear an interrupt. */
    private synchronized boolean leave() {
      boolean interruptedHere = state == EXPIRED && worker == Thread.currentThread();
      if (--tasks == 0) {
        if (alarm != null) {
          alarm.cancel(false);
        }
        state = DONE;
      }
      return interruptedHere;
    }

    /**
     * Reads a part of the request under the read deadline, on whatever thread route code reads it.
     *
     * @throws java.net.SocketTimeoutException when the deadline has passed, before or during the read
     */
    <T> T readBody(Read<T> read) throws java.io.IOException {
      synchronized (this) {
        if (readLate || state != HANDLING) {
          throw new java.net.SocketTimeoutException("the request took too long to arrive");
        }
        worker = Thread.currentThread();
        state = READING;
      }
      try {
        return read.run();
      } finally {
        synchronized (this) {
          if (state == EXPIRED) {
            Thread.interrupted();
            readLate = true;
          }
          state = HANDLING;
        }
      }
    }

    private Future<?> schedule(Runnable expire, long nanos) {
      if (nanos == 0) {
        return null;
      }
      try {
        return timer.schedule(expire, nanos, TimeUnit.NANOSECONDS);
      } catch (RejectedExecutionException stopping) {
        return null;
      }
    }

    private synchronized void readExpired() {
      if (state == READING) {
        state = EXPIRED;
        worker.interrupt();
      } else if (state == HANDLING) {
        readLate = true;
      }
    }

    private synchronized void writeExpired() {
      if (state == WRITING) {
        state = EXPIRED;
        worker.interrupt();
      }
    }

    synchronized boolean arrive() {
      if (state == READING) {
        state = HANDLING;
      }
      return state == HANDLING;
    }

    private synchronized void writing() {
      if (state != HANDLING) {
        return;
      }
      if (alarm != null) {
        alarm.cancel(false);
      }
      worker = Thread.currentThread();
      state = WRITING;
      alarm = schedule(this::writeExpired, writeNanos);
    }
  }
}
