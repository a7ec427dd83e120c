package io.promwire.runtime.jdk;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;

/**
 * The exchange client_java's metrics handler answers on: a client that goes away mid-answer (a
 * scrape timeout, a reset) is noted in {@link ClientAborts}, and the rest of the answer is dropped.
 * Left to see the failure, the handler logs it at SEVERE with a stack trace for every such scrape,
 * and tries to send a 500 on the broken connection.
 */
final class AbortTolerantExchange extends HttpExchange {
  private final HttpExchange exchange;
  private final ClientAborts aborts;
  private boolean aborted;
  private OutputStream body;

  AbortTolerantExchange(HttpExchange exchange, ClientAborts aborts) {
    this.exchange = exchange;
    this.aborts = aborts;
  }

  @Override
  public void sendResponseHeaders(int status, long length) {
    if (aborted) {
      return;
    }
    try {
      exchange.sendResponseHeaders(status, length);
    } catch (IOException gone) {
      aborted(gone);
    }
  }

  @Override
  public OutputStream getResponseBody() {
    if (body == null) {
      body = new Tolerant(exchange.getResponseBody());
    }
    return body;
  }

  private void aborted(IOException gone) {
    aborted = true;
    aborts.log("a scrape was not answered", gone);
  }

  /** Passes writes on until the first failure, then drops them. */
  private final class Tolerant extends FilterOutputStream {
    Tolerant(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      if (aborted) {
        return;
      }
      try {
        out.write(bytes, offset, length);
      } catch (IOException gone) {
        aborted(gone);
      }
    }

    @Override
    public void flush() {
      if (aborted) {
        return;
      }
      try {
        out.flush();
      } catch (IOException gone) {
        aborted(gone);
      }
    }

    @Override
    public void close() {
      if (aborted) {
        return;
      }
      try {
        out.close();
      } catch (IOException gone) {
        aborted(gone);
      }
    }
  }

  @Override
  public Headers getRequestHeaders() {
    return exchange.getRequestHeaders();
  }

  @Override
  public Headers getResponseHeaders() {
    return exchange.getResponseHeaders();
  }

  @Override
  public URI getRequestURI() {
    return exchange.getRequestURI();
  }

  @Override
  public String getRequestMethod() {
    return exchange.getRequestMethod();
  }

  @Override
  public HttpContext getHttpContext() {
    return exchange.getHttpContext();
  }

  @Override
  public void close() {
    exchange.close();
  }

  @Override
  public InputStream getRequestBody() {
    return exchange.getRequestBody();
  }

  @Override
  public InetSocketAddress getRemoteAddress() {
    return exchange.getRemoteAddress();
  }

  @Override
  public int getResponseCode() {
    return exchange.getResponseCode();
  }

  @Override
  public InetSocketAddress getLocalAddress() {
    return exchange.getLocalAddress();
  }

  @Override
  public String getProtocol() {
    return exchange.getProtocol();
  }

  @Override
  public Object getAttribute(String name) {
    return exchange.getAttribute(name);
  }

  @Override
  public void setAttribute(String name, Object value) {
    exchange.setAttribute(name, value);
  }

  @Override
  public void setStreams(InputStream in, OutputStream out) {
    exchange.setStreams(in, out);
    body = null;
  }

  @Override
  public HttpPrincipal getPrincipal() {
    return exchange.getPrincipal();
  }
}
