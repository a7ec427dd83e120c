package io.promwire.runtime.adapter;

import java.io.IOException;
import java.io.InputStream;

/** Reads request bodies for server adapters, never buffering past a limit. */
public final class RequestBodies {
  /** The largest request body server adapters accept by default: 10 MiB. */
  public static final int DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

  private RequestBodies() {}

  /**
   * {@return the whole body, or {@code null} when it is larger than {@code maxBytes}}
   *
   * <p>At most one byte past the limit is read. The stream is closed.
   *
   * @param in the request body stream
   * @param maxBytes the largest body accepted, such as {@link #DEFAULT_MAX_BYTES}
   * @throws IOException when reading or closing the stream fails
   */
  public static byte[] readAtMost(InputStream in, int maxBytes) throws IOException {
    try (in) {
      // One byte more than allowed tells a body at the limit from one beyond it.
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE, maxBytes + 1L));
      return body.length > maxBytes ? null : body;
    }
  }
}
