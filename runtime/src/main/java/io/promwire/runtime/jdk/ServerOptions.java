package io.promwire.runtime.jdk;

import io.promwire.runtime.adapter.BodyBudget;
import io.promwire.runtime.adapter.RequestBodies;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Where and how the JDK server ({@link PromwireServer}) listens. Immutable; made with {@link
 * #builder()}.
 *
 * <pre>{@code
 * app.serve(ServerOptions.builder()
 *     .bindAddress("127.0.0.1")
 *     .port(0)                                              // a free port: server.port() tells it
 *     .build());
 * }</pre>
 */
public final class ServerOptions {
  /** The port listened on unless the options say otherwise. */
  public static final int DEFAULT_PORT = 8080;
  /** How long stopping waits for requests in flight unless the options say otherwise. */
  public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(10);
  /** The largest request body accepted unless the options say otherwise: 10 MiB. */
  public static final int DEFAULT_MAX_REQUEST_BODY_BYTES = RequestBodies.DEFAULT_MAX_BYTES;
  /** The largest request header section accepted unless the options say otherwise: 64 KiB. */
  public static final int DEFAULT_MAX_REQUEST_HEADER_BYTES = 64 * 1024;
  /** How long a request may take to arrive unless the options say otherwise. */
  public static final Duration DEFAULT_REQUEST_READ_TIMEOUT = Duration.ofSeconds(30);
  /** How long answering a request may take unless the options say otherwise. */
  public static final Duration DEFAULT_RESPONSE_WRITE_TIMEOUT = Duration.ofSeconds(30);
  /** As Jetty and nginx: 8 KiB. */
  public static final int DEFAULT_MAX_REQUEST_LINE_BYTES = 8 * 1024;
  /** The listen backlog unless the options say otherwise: a burst of connections waits there. */
  public static final int DEFAULT_BACKLOG = 1024;

  private final String bindAddress;
  private final int port;
  private final Executor executor;
  private final Duration stopTimeout;
  private final int maxRequestBodyBytes;
  private final int maxRequestHeaderBytes;
  private final Duration requestReadTimeout;
  private final Duration responseWriteTimeout;
  private final int maxRequestLineBytes;
  private final long maxBufferedBodyBytes;
  private final int backlog;

  private ServerOptions(Builder b) {
    this.bindAddress = b.bindAddress;
    this.port = b.port;
    this.executor = b.executor;
    this.stopTimeout = b.stopTimeout;
    this.maxRequestBodyBytes = b.maxRequestBodyBytes;
    this.maxRequestHeaderBytes = b.maxRequestHeaderBytes;
    this.requestReadTimeout = b.requestReadTimeout;
    this.responseWriteTimeout = b.responseWriteTimeout;
    this.maxRequestLineBytes = b.maxRequestLineBytes;
    this.maxBufferedBodyBytes =
        b.maxBufferedBodyBytes < 0 ? BodyBudget.defaultMaxBytes() : b.maxBufferedBodyBytes;
    this.backlog = b.backlog;
  }

  /** {@return a builder with every option at its default} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the host name or address to listen on, or {@code null} for every interface} */
  public String bindAddress() {
    return bindAddress;
  }

  /** {@return the port to listen on; 0 picks a free one} */
  public int port() {
    return port;
  }

  /**
   * {@return the executor that runs requests, or {@code null} for the server's own: a virtual
   * thread per request on JDK 21 and newer, a bounded pool of platform threads on JDK 17}
   */
  public Executor executor() {
    return executor;
  }

  /** {@return how long {@link PromwireServer#stop()} waits for requests in flight} */
  public Duration stopTimeout() {
    return stopTimeout;
  }

  /**
   * {@return the largest request body accepted}
   *
   * <p>One whose {@code Content-Length} says it is larger is answered with 413 at once, unread, and
   * counted under {@code path="<unmatched>"}; a chunked one is read by the route that asks for it
   * up to one byte past the limit, and the route answers 413 (see {@code Request.body()}).
   */
  public int maxRequestBodyBytes() {
    return maxRequestBodyBytes;
  }

  /**
   * {@return the largest request header section accepted}
   *
   * <p>Counted as sent: each header line's name, value, {@code ": "} and line end. Larger ones are
   * answered with 431 before routing, also on the metrics path. The JDK server has its own,
   * JVM-wide cap (the system property {@code sun.net.httpserver.maxReqHeaderSize}, 380 KiB by
   * default): beyond it, it closes the connection without an answer.
   */
  public int maxRequestHeaderBytes() {
    return maxRequestHeaderBytes;
  }

  /**
   * {@return how long a request may take to arrive, from its first byte to the last of its body;
   * {@link Duration#ZERO} for no limit}
   *
   * <p>A request still arriving then has its connection closed and its worker thread freed. The
   * handler's own time does not count.
   */
  public Duration requestReadTimeout() {
    return requestReadTimeout;
  }

  /**
   * How long answering a request may take, from its first byte written to its last; {@link
   * Duration#ZERO} for no limit. A client that does not read its answer in time has its connection
   * closed and its worker thread freed.
   *
   * @return the time
   */
  public Duration responseWriteTimeout() {
    return responseWriteTimeout;
  }

  /**
   * The longest request line accepted, counted as sent: method, target and protocol. Longer ones
   * are answered with 414 before routing, and counted under {@code path="<unmatched>"}.
   *
   * @return the limit in bytes
   */
  public int maxRequestLineBytes() {
    return maxRequestLineBytes;
  }

  /**
   * How many bytes the request bodies that routes read may take together, across every request in
   * flight. A body that would go past it is not read: its route answers 503.
   *
   * @return the budget in bytes
   */
  public long maxBufferedBodyBytes() {
    return maxBufferedBodyBytes;
  }

  /**
   * How many connections the operating system queues for the server before it accepts them (the
   * {@code listen} backlog); Linux caps it at {@code net.core.somaxconn}, 4096 by default.
   *
   * @return the backlog
   */
  public int backlog() {
    return backlog;
  }

  /** Builds {@link ServerOptions}. */
  public static final class Builder {
    private String bindAddress;
    private int port = DEFAULT_PORT;
    private Executor executor;
    private Duration stopTimeout = DEFAULT_STOP_TIMEOUT;
    private int maxRequestBodyBytes = DEFAULT_MAX_REQUEST_BODY_BYTES;
    private int maxRequestHeaderBytes = DEFAULT_MAX_REQUEST_HEADER_BYTES;
    private Duration requestReadTimeout = DEFAULT_REQUEST_READ_TIMEOUT;
    private Duration responseWriteTimeout = DEFAULT_RESPONSE_WRITE_TIMEOUT;
    private int maxRequestLineBytes = DEFAULT_MAX_REQUEST_LINE_BYTES;
    private long maxBufferedBodyBytes = -1;
    private int backlog = DEFAULT_BACKLOG;

    private Builder() {}

    /**
     * Listen on one address only, such as {@code "127.0.0.1"}; every interface by default.
     *
     * @param bindAddress the host name or address, or {@code null} for every interface
     * @return this builder
     */
    public Builder bindAddress(String bindAddress) {
      this.bindAddress = bindAddress;
      return this;
    }

    /**
     * Sets the port, {@value ServerOptions#DEFAULT_PORT} by default; 0 picks a free one.
     *
     * @param port the port, 0 to 65535
     * @return this builder
     * @throws IllegalArgumentException when the port is outside 0..65535
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be within 0..65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Runs requests on this executor, which the caller owns: stopping the server does not shut it
     * down. By default the server runs each on a virtual thread of its own on JDK 21 and newer, and
     * on a bounded pool of its own on JDK 17.
     *
     * @param executor the executor
     * @return this builder
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor);
      return this;
    }

    /**
     * Sets how long stopping waits for requests in flight; 10 seconds by default.
     *
     * @param stopTimeout the timeout, zero or more
     * @return this builder
     * @throws IllegalArgumentException when the timeout is negative
     */
    public Builder stopTimeout(Duration stopTimeout) {
      if (stopTimeout.isNegative()) {
        throw new IllegalArgumentException("stop timeout must not be negative: " + stopTimeout);
      }
      this.stopTimeout = stopTimeout;
      return this;
    }

    /**
     * Sets the largest request body accepted, 10 MiB by default.
     *
     * @param maxRequestBodyBytes the limit in bytes, zero or more
     * @return this builder
     * @throws IllegalArgumentException when the limit is negative
     */
    public Builder maxRequestBodyBytes(int maxRequestBodyBytes) {
      if (maxRequestBodyBytes < 0) {
        throw new IllegalArgumentException("maxRequestBodyBytes must not be negative");
      }
      this.maxRequestBodyBytes = maxRequestBodyBytes;
      return this;
    }

    /**
     * Sets the largest request header section accepted, 64 KiB by default.
     *
     * @param maxRequestHeaderBytes the limit in bytes, at least 1
     * @return this builder
     * @throws IllegalArgumentException when the limit is below 1
     */
    public Builder maxRequestHeaderBytes(int maxRequestHeaderBytes) {
      if (maxRequestHeaderBytes < 1) {
        throw new IllegalArgumentException("maxRequestHeaderBytes must be positive");
      }
      this.maxRequestHeaderBytes = maxRequestHeaderBytes;
      return this;
    }

    /**
     * Sets how long a request may take to arrive, 30 seconds by default; zero for no limit.
     *
     * @param requestReadTimeout the timeout, zero or more
     * @return this builder
     * @throws IllegalArgumentException when the timeout is negative
     */
    public Builder requestReadTimeout(Duration requestReadTimeout) {
      if (requestReadTimeout.isNegative()) {
        throw new IllegalArgumentException(
            "request read timeout must not be negative: " + requestReadTimeout);
      }
      this.requestReadTimeout = requestReadTimeout;
      return this;
    }

    /**
     * How long answering a request may take, 30 seconds by default; zero for no limit.
     *
     * @param responseWriteTimeout the time a response may take to be written
     * @return this builder
     */
    public Builder responseWriteTimeout(Duration responseWriteTimeout) {
      if (responseWriteTimeout.isNegative()) {
        throw new IllegalArgumentException(
            "response write timeout must not be negative: " + responseWriteTimeout);
      }
      this.responseWriteTimeout = responseWriteTimeout;
      return this;
    }

    /**
     * The longest request line accepted, {@value ServerOptions#DEFAULT_MAX_REQUEST_LINE_BYTES} bytes
     * by default; a longer one is answered with 414.
     *
     * @param maxRequestLineBytes the limit in bytes
     * @return this builder
     */
    public Builder maxRequestLineBytes(int maxRequestLineBytes) {
      if (maxRequestLineBytes < 1) {
        throw new IllegalArgumentException("maxRequestLineBytes must be positive");
      }
      this.maxRequestLineBytes = maxRequestLineBytes;
      return this;
    }

    /**
     * What the request bodies in flight may take together; by default a quarter of the maximum
     * heap, at most 256 MiB ({@link BodyBudget#defaultMaxBytes()}).
     *
     * @param maxBufferedBodyBytes the budget in bytes
     * @return this builder
     */
    public Builder maxBufferedBodyBytes(long maxBufferedBodyBytes) {
      if (maxBufferedBodyBytes < 0) {
        throw new IllegalArgumentException("maxBufferedBodyBytes must not be negative");
      }
      this.maxBufferedBodyBytes = maxBufferedBodyBytes;
      return this;
    }

    /**
     * The listen backlog, {@value ServerOptions#DEFAULT_BACKLOG} connections by default.
     *
     * @param backlog how many connections the operating system queues before they are accepted
     * @return this builder
     */
    public Builder backlog(int backlog) {
      if (backlog < 1) {
        throw new IllegalArgumentException("backlog must be positive");
      }
      this.backlog = backlog;
      return this;
    }

    /** {@return the options} */
    public ServerOptions build() {
      return new ServerOptions(this);
    }
  }
}
