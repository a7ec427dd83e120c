package io.promwire.runtime.jdk;

import com.sun.net.httpserver.HttpServer;
import io.promwire.runtime.adapter.ServedApp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An app served on the JDK's {@code com.sun.net.httpserver.HttpServer}: its routes and, unless the
 * options turn it off, the metrics endpoint. Made by {@link #start(ServedApp, ServerOptions)} or
 * {@code Promwire.serve}; stop
 * it with {@link #stop()} or try-with-resources.
 */
public final class PromwireServer implements AutoCloseable {
  /**
   * Requests waiting for a thread of the default pool; beyond them the JDK server closes new
   * connections rather than queueing without bound.
   */
  static final int DEFAULT_QUEUE_CAPACITY = 1000;

  /**
   * JDK 17's server flushes response headers apart from the body; with Nagle's algorithm on, each
   * keep-alive response then waits for the client's delayed ACK (40 ms on Linux). The JDK reads this
   * property once, when the first server of the JVM starts.
   */
  static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

  private final HttpServer server;
  private final InFlight inFlight;
  private final ExecutorService ownExecutor;
  private final ExchangeDeadlines deadlines;
  private final Duration stopTimeout;
  private final AtomicBoolean stopped = new AtomicBoolean();

  private PromwireServer(
      HttpServer server,
      InFlight inFlight,
      ExecutorService ownExecutor,
      ExchangeDeadlines deadlines,
      Duration timeout) {
    this.server = server;
    this.inFlight = inFlight;
    this.ownExecutor = ownExecutor;
    this.deadlines = deadlines;
    this.stopTimeout = timeout;
  }

  /**
   * Serves the app's routes and metrics endpoint on {@code port} of every interface.
   *
   * @param app the app to serve, such as a {@code Promwire}
   * @param port the port; 0 picks a free one, which {@link #port()} tells
   * @return the running server; close it to stop
   * @throws java.io.UncheckedIOException when the port cannot be listened on
   */
  public static PromwireServer start(ServedApp app, int port) {
    return start(app, ServerOptions.builder().port(port).build());
  }

  /**
   * Serves the app's routes and, unless its options turn it off, its metrics endpoint, as the
   * server options say.
   *
   * @param app the app to serve, such as a {@code Promwire}
   * @param options the address, port, executor and limits of the server
   * @return the running server; close it to stop
   * @throws java.io.UncheckedIOException when the address cannot be listened on
   */
  public static PromwireServer start(ServedApp app, ServerOptions options) {
    InetSocketAddress address =
        options.bindAddress() == null
            ? new InetSocketAddress(options.port())
            : new InetSocketAddress(options.bindAddress(), options.port());
    if (System.getProperty(NO_DELAY_PROPERTY) == null) {
      System.setProperty(NO_DELAY_PROPERTY, "true");
    }
    HttpServer server;
    try {
      server = HttpServer.create(address, options.backlog());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + address, e);
    }
    ExecutorService ownExecutor = options.executor() == null ? defaultExecutor() : null;
    Executor workers = ownExecutor != null ? ownExecutor : options.executor();
    ExchangeDeadlines deadlines =
        options.requestReadTimeout().isZero() && options.responseWriteTimeout().isZero()
            ? null
            : new ExchangeDeadlines(
                workers, options.requestReadTimeout(), options.responseWriteTimeout());
    InFlight inFlight = new InFlight(deadlines != null ? deadlines : workers);
    server.setExecutor(inFlight);
    LaterAnswers laterAnswers = new LaterAnswers(inFlight, workers, deadlines);
    server.createContext("/", new ExchangeHandler(app, options, deadlines, laterAnswers));
    server.start();
    return new PromwireServer(server, inFlight, ownExecutor, deadlines, options.stopTimeout());
  }

  /** {@return the port the server listens on: the one picked when the options asked for port 0} */
  public int port() {
    return server.getAddress().getPort();
  }

  /** {@return the address and port the server listens on} */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /** {@link #stop(Duration)} with the stop timeout of the options. */
  public void stop() {
    stop(stopTimeout);
  }

  /**
   * Stops accepting connections, lets the requests in flight finish for up to {@code timeout},
   * then closes every connection and shuts the server's own thread pool down (not an executor
   * given in the options). Only the first call does anything.
   *
   * @param timeout how long requests in flight may take to finish; rounded up to whole seconds
   */
  public void stop(Duration timeout) {
    if (!stopped.compareAndSet(false, true)) {
      return;
    }
    // With none in flight, JDK 17's HttpServer.stop waits out the whole delay: ask for none.
    if (inFlight.count() == 0) {
      server.stop(0);
    } else {
      stopWhenIdle(timeout);
    }
    if (ownExecutor != null) {
      // Interrupts only requests that outlived the timeout.
      ownExecutor.shutdownNow();
    }
    if (deadlines != null) {
      deadlines.shutdown();
    }
  }

  /**
   * {@code HttpServer.stop(seconds)}, cut short once promwire's own count of exchanges is zero. The
   * JDK's graceful stop cannot be relied on to end early: JDK 17 waits out the whole delay when the
   * last exchange ended before the stop began, or when its connection still counts as reading a
   * request (as after a refused body), and it sleeps in steps that swallow interrupts. So the JDK's
   * stop, which closes the listener at once, runs on a thread of its own while this one waits for
   * the count; then a second {@code stop(0)} ends the first one's wait (it marks the server
   * finished) and closes what is left. Both stops close connections under the server's own locks.
   */
  private void stopWhenIdle(Duration timeout) {
    Thread graceful = new Thread(() -> server.stop(wholeSeconds(timeout)), "promwire-stop");
    graceful.setDaemon(true);
    graceful.start();
    // An interrupt from before the stop is kept for the caller, not taken as a reason to cut it.
    boolean interrupted = Thread.interrupted();
    try {
      inFlight.awaitIdle(timeout);
    } catch (InterruptedException e) {
      // Interrupted while waiting: the caller wants it over, what is in flight is closed now.
      interrupted = true;
    }
    server.stop(0);
    // Short: JDK 17 sees the server finished within one of its 200 ms steps, newer JDKs at once.
    while (graceful.isAlive()) {
      try {
        graceful.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  private static int wholeSeconds(Duration timeout) {
    long seconds = timeout.getSeconds() + (timeout.getNano() > 0 ? 1 : 0);
    return (int) Math.min(Integer.MAX_VALUE, seconds);
  }

  /**
   * A virtual thread per exchange where the JDK has them (21 and newer): a client that stalls holds
   * a few kilobytes, not one of a few platform threads. On JDK 17, {@link #platformPool()}.
   */
  private static ExecutorService defaultExecutor() {
    ExecutorService virtual = VirtualThreads.perTaskExecutor();
    return virtual != null ? virtual : platformPool();
  }

  /** A fixed pool of {@code max(8, 4 * cores)} threads, idle ones ending after a minute. */
  private static ExecutorService platformPool() {
    int threads = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            60,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(DEFAULT_QUEUE_CAPACITY),
            threadFactory());
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  private static ThreadFactory threadFactory() {
    AtomicInteger count = new AtomicInteger();
    return task -> new Thread(task, "promwire-http-" + count.incrementAndGet());
  }
}
