package io.promwire.servlet;

import io.promwire.runtime.adapter.AbortTolerantWrites;
import io.promwire.runtime.adapter.ClientAborts;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The response client_java's metrics servlet answers on: a client that goes away mid-answer (a
 * scrape timeout, a reset) is noted in {@link ClientAborts}, and the rest of the answer is dropped.
 * Left to see the failure, client_java's servlet throws it to the container, which may log it with
 * a stack trace for every such scrape.
 */
final class AbortTolerantResponse extends HttpServletResponseWrapper {
  private final AbortTolerantWrites writes;
  private ServletOutputStream body;

  AbortTolerantResponse(HttpServletResponse response, ClientAborts aborts) {
    super(response);
    this.writes = new AbortTolerantWrites(aborts, "a scrape was not answered");
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (body == null) {
      body = new Tolerant(super.getOutputStream());
    }
    return body;
  }

  @Override
  public void flushBuffer() {
    writes.run(super::flushBuffer);
  }

  /** The container's stream, its writes run through {@link AbortTolerantWrites}. */
  private final class Tolerant extends ServletOutputStream {
    private final ServletOutputStream container;
    private final OutputStream out;

    Tolerant(ServletOutputStream container) {
      this.container = container;
      this.out = writes.wrap(container);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }

    @Override
    public boolean isReady() {
      return container.isReady();
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      container.setWriteListener(listener);
    }
  }
}
