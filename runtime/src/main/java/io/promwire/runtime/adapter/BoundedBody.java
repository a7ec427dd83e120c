package io.promwire.runtime.adapter;

import io.promwire.runtime.HttpStatusException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A request body that is read only when route code first asks for it ({@code Request.body()}),
 * never past the server's limit and only within its {@link BodyBudget}. Requests that match no
 * route, are refused with 405 or go to routes that never look at the body never read it. Give it
 * to {@code Request.fromRawPath}; once the request is answered, {@link #release} it.
 *
 * <p>What route code sees when the body cannot be read, as the status it answers with (an {@link
 * HttpStatusException}, so counted under that status and never logged): 413 for a body over the
 * limit, 503 when the budget is spent, 408 when the client took too long to send it and 400 when
 * it closed the connection before the end. Thread-safe; read at most once.
 */
public final class BoundedBody implements Supplier<byte[]> {
  /** The unit a body of unknown length is read and counted against the budget in. */
  private static final int CHUNK_BYTES = 64 * 1024;

  private static final byte[] EMPTY = new byte[0];

  /** How the adapter reads the stream, such as under a deadline of its own. */
  @FunctionalInterface
  public interface Reader {
    /**
     * Reads up to {@code length} bytes into {@code buffer} as {@link InputStream#readNBytes}.
     *
     * @param in the body's stream
     * @param buffer where the bytes go
     * @param offset where in {@code buffer} the first byte goes
     * @param length the most bytes to read
     * @return how many bytes were read; fewer than {@code length} only at the end of the stream
     * @throws IOException when the stream fails
     */
    int read(InputStream in, byte[] buffer, int offset, int length) throws IOException;
  }

  private final Supplier<InputStream> stream;
  private final long declaredLength;
  private final int maxBytes;
  private final BodyBudget budget;
  private final Reader reader;
  // Guarded by this.
  private byte[] body;
  private RuntimeException failure;
  private long taken;
  private boolean readToEnd;
  private boolean released;

  private BoundedBody(
      Supplier<InputStream> stream,
      long declaredLength,
      int maxBytes,
      BodyBudget budget,
      Reader reader) {
    this.stream = stream;
    this.declaredLength = declaredLength;
    this.maxBytes = maxBytes;
    this.budget = budget;
    this.reader = reader;
    this.readToEnd = declaredLength == 0;
  }

  /**
   * {@return the body, not read yet}
   *
   * @param stream opens the body, called at most once, on first access
   * @param declaredLength the {@code Content-Length}, 0 when the request has no body, -1 when its
   *     length is not known before reading it (chunked)
   * @param maxBytes the largest body accepted
   * @param budget what every body in flight may take together
   * @param reader how to read the stream, such as under a deadline
   */
  public static BoundedBody of(
      Supplier<InputStream> stream,
      long declaredLength,
      int maxBytes,
      BodyBudget budget,
      Reader reader) {
    return new BoundedBody(stream, declaredLength, maxBytes, budget, reader);
  }

  /**
   * {@return the body, not read yet, read with {@link InputStream#readNBytes(byte[], int, int)},
   * without a deadline}
   *
   * @param stream opens the body, called at most once, on first access
   * @param declaredLength the {@code Content-Length}, 0 when the request has no body, -1 when its
   *     length is not known before reading it (chunked)
   * @param maxBytes the largest body accepted
   * @param budget what every body in flight may take together
   */
  public static BoundedBody of(
      Supplier<InputStream> stream, long declaredLength, int maxBytes, BodyBudget budget) {
    return of(stream, declaredLength, maxBytes, budget, InputStream::readNBytes);
  }

  /**
   * {@return the body, read on the first call}
   *
   * @throws HttpStatusException 413, 503, 408 or 400, as the class says; the same on every call
   */
  @Override
  public synchronized byte[] get() {
    if (body == null && failure == null) {
      try {
        body = read();
      } catch (HttpStatusException refused) {
        failure = refused;
      } catch (SocketTimeoutException | java.nio.channels.ClosedByInterruptException late) {
        failure = new HttpStatusException(408, "Request Timeout");
      } catch (IOException broken) {
        failure = new HttpStatusException(400, "Bad Request: the body could not be read");
      } catch (UncheckedIOException broken) {
        failure = new HttpStatusException(400, "Bad Request: the body could not be read");
      }
    }
    if (failure != null) {
      throw failure;
    }
    return body;
  }

  /**
   * {@return whether the request may have body bytes that were not read: then its connection
   * cannot serve another request and should be closed after the answer, without waiting for the
   * rest}
   */
  public synchronized boolean leftUnread() {
    return !readToEnd;
  }

  /** Gives the bytes the body took back to the budget; the body must not be used after. */
  public synchronized void release() {
    if (!released) {
      released = true;
      budget.give(taken);
      taken = 0;
    }
  }

  private byte[] read() throws IOException {
    if (declaredLength == 0) {
      return EMPTY;
    }
    if (declaredLength > maxBytes) {
      throw tooLarge();
    }
    InputStream in = stream.get();
    if (declaredLength > 0) {
      int length = (int) declaredLength;
      take(length);
      byte[] whole = new byte[length];
      int read = reader.read(in, whole, 0, length);
      if (read < length) {
        throw new IOException("the body ended early");
      }
      readToEnd = true;
      return whole;
    }
    return readChunked(in);
  }

  /**
   * A body of unknown length, taken from the budget a chunk at a time as it arrives, then once more
   * for the joined copy while the chunks are joined.
   */
  private byte[] readChunked(InputStream in) throws IOException {
    List<byte[]> chunks = new ArrayList<>();
    long chunkBytes = 0;
    int length = 0;
    int lastRead;
    do {
      // One byte past the limit tells a body at the limit from one beyond it.
      int room = (int) Math.min(CHUNK_BYTES, maxBytes + 1L - length);
      take(room);
      chunkBytes += room;
      byte[] chunk = new byte[room];
      lastRead = reader.read(in, chunk, 0, room);
      chunks.add(chunk);
      length += lastRead;
      if (length > maxBytes) {
        throw tooLarge();
      }
    } while (lastRead == CHUNK_BYTES);
    readToEnd = true;
    take(length);
    byte[] whole = new byte[length];
    int at = 0;
    for (byte[] chunk : chunks) {
      int part = Math.min(chunk.length, length - at);
      System.arraycopy(chunk, 0, whole, at, part);
      at += part;
    }
    budget.give(chunkBytes);
    taken -= chunkBytes;
    return whole;
  }

  private void take(long bytes) {
    if (!budget.take(bytes)) {
      throw new HttpStatusException(503, "Service Unavailable: too many request bodies in flight");
    }
    taken += bytes;
  }

  private static HttpStatusException tooLarge() {
    return new HttpStatusException(413, "Payload Too Large");
  }
}
