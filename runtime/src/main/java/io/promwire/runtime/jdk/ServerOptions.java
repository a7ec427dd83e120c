package io.promwire.runtime.jdk;

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
 *     .executor(Executors.newVirtualThreadPerTaskExecutor()) // JDK 21+
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

  private final String bindAddress;
  private final int port;
  private final Executor executor;
  private final Duration stopTimeout;
  private final int maxRequestBodyBytes;
  private final int maxRequestHeaderBytes;
  private final Duration requestReadTimeout;

  private ServerOptions(Builder b) {
    this.bindAddress = b.bindAddress;
    this.port = b.port;
    this.executor = b.executor;
    this.stopTimeout = b.stopTimeout;
    this.maxRequestBodyBytes = b.maxRequestBodyBytes;
    this.maxRequestHeaderBytes = b.maxRequestHeaderBytes;
    this.requestReadTimeout = b.requestReadTimeout;
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
   * {@return the executor that runs requests, or {@code null} for the server's own bounded pool}
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
   * <p>A larger one is answered with 413 before routing, so it is not in the default metrics: at
   * once when its {@code Content-Length} says so, else after reading one byte more than allowed.
   * Nothing beyond that is read into memory.
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

  /** Builds {@link ServerOptions}. */
  public static final class Builder {
    private String bindAddress;
    private int port = DEFAULT_PORT;
    private Executor executor;
    private Duration stopTimeout = DEFAULT_STOP_TIMEOUT;
    private int maxRequestBodyBytes = DEFAULT_MAX_REQUEST_BODY_BYTES;
    private int maxRequestHeaderBytes = DEFAULT_MAX_REQUEST_HEADER_BYTES;
    private Duration requestReadTimeout = DEFAULT_REQUEST_READ_TIMEOUT;

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
     * down. By default the server runs them on a bounded pool of its own.
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

    /** {@return the options} */
    public ServerOptions build() {
      return new ServerOptions(this);
    }
  }
}
