package io.promwire.runtime.adapter;

import io.promwire.runtime.Response;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;

/** Writes response bodies for server adapters. */
public final class ResponseBodies {
  /** Large enough for most bodies in one write, small enough to take no notice of. */
  private static final int CHUNK_BYTES = 8192;

  private ResponseBodies() {}

  /**
   * Writes the whole body of {@code response} to {@code out}, which stays open.
   *
   * @param response the response whose body is written; its status and headers are not
   * @param out the stream to write to
   * @throws IOException when writing fails
   */
  public static void write(Response response, OutputStream out) throws IOException {
    ByteBuffer body = response.bodyBuffer();
    byte[] chunk = new byte[Math.min(CHUNK_BYTES, body.remaining())];
    while (body.hasRemaining()) {
      int length = Math.min(chunk.length, body.remaining());
      body.get(chunk, 0, length);
      out.write(chunk, 0, length);
    }
  }
}
