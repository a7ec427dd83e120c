package io.promwire.runtime.adapter;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The writes of one answer to a client that may go away mid-answer (a scrape timeout, a reset):
 * the first failure is noted in {@link ClientAborts}, and every write after it is dropped, so that
 * the code writing the answer (such as client_java's scrape handler) sees no failure to log or
 * answer with a 500 on the broken connection. Not thread-safe: one answer is written by one thread.
 */
public final class AbortTolerantWrites {
  /** One step of writing an answer. */
  @FunctionalInterface
  public interface Write {
    /**
     * Writes.
     *
     * @throws IOException when the client went away
     */
    void run() throws IOException;
  }

  private final ClientAborts aborts;
  private final String what;
  private boolean aborted;

  /**
   * The writes of one answer, none failed yet.
   *
   * @param aborts where a client that went away is noted
   * @param what what could not be done, such as {@code "a scrape was not answered"}
   */
  public AbortTolerantWrites(ClientAborts aborts, String what) {
    this.aborts = aborts;
    this.what = what;
  }

  /**
   * Runs {@code write} unless an earlier one failed; a failure is noted, not thrown.
   *
   * @param write what to write
   */
  public void run(Write write) {
    if (aborted) {
      return;
    }
    try {
      write.run();
    } catch (IOException gone) {
      aborted = true;
      aborts.log(what, gone);
    }
  }

  /**
   * {@return {@code out}, its writes, flushes and close run as by {@link #run}}
   *
   * @param out the answer's body
   */
  public OutputStream wrap(OutputStream out) {
    return new FilterOutputStream(out) {
      @Override
      public void write(int b) {
        AbortTolerantWrites.this.run(() -> out.write(b));
      }

      @Override
      public void write(byte[] bytes, int offset, int length) {
        AbortTolerantWrites.this.run(() -> out.write(bytes, offset, length));
      }

      @Override
      public void flush() {
        AbortTolerantWrites.this.run(out::flush);
      }

      @Override
      public void close() {
        AbortTolerantWrites.this.run(out::close);
      }
    };
  }
}
