package io.promwire.runtime.adapter;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The heap that request bodies read by routes may take together, across every request in flight of
 * one server. A body that would take the total past it is refused with 503 instead of read, so a
 * burst of large uploads cannot exhaust the heap however many arrive at once. Thread-safe.
 */
public final class BodyBudget {
  /** The most the default budget takes: 256 MiB. */
  public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;

  private final long maxBytes;
  private final AtomicLong inUse = new AtomicLong();

  private BodyBudget(long maxBytes) {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("a body budget must not be negative: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /**
   * {@return a budget of {@code maxBytes} in total}
   *
   * @param maxBytes what every body in flight may take together, in bytes
   */
  public static BodyBudget of(long maxBytes) {
    return new BodyBudget(maxBytes);
  }

  /**
   * {@return the default: a quarter of the largest heap the JVM may use ({@code -Xmx}), at most
   * {@value #DEFAULT_MAX_BYTES} bytes; 32 MiB at {@code -Xmx128m}}
   */
  public static long defaultMaxBytes() {
    return Math.min(DEFAULT_MAX_BYTES, Runtime.getRuntime().maxMemory() / 4);
  }

  /** {@return the budget in bytes} */
  public long maxBytes() {
    return maxBytes;
  }

  /** {@return the bytes taken by bodies in flight now} */
  public long inUse() {
    return inUse.get();
  }

  /** Takes {@code bytes} of the budget, or nothing and false when that would exceed it. */
  boolean take(long bytes) {
    long now = inUse.get();
    while (true) {
      if (bytes > maxBytes - now) {
        return false;
      }
      long witness = inUse.compareAndExchange(now, now + bytes);
      if (witness == now) {
        return true;
      }
      now = witness;
    }
  }

  /** Gives back bytes {@link #take taken} before. */
  void give(long bytes) {
    inUse.addAndGet(-bytes);
  }
}
