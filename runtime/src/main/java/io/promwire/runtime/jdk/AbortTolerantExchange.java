package io.promwire.runtime.jdk;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import io.promwire.runtime.adapter.AbortTolerantWrites;
import io.promwire.runtime.adapter.ClientAborts;
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
  private final AbortTolerantWrites writes;
  private OutputStream body;

  AbortTolerantExchange(HttpExchange exchange, ClientAborts aborts) {
    this.exchange = exchange;
    this.writes = new AbortTolerantWrites(aborts, "a scrape was not answered");
  }

  @Override
  public void sendResponseHeaders(int status, long length) {
    writes.run(() -> exchange.sendResponseHeaders(status, length));
  }

  @Override
  public OutputStream getResponseBody() {
    if (body == null) {
      body = writes.wrap(exchange.getResponseBody());
    }
    return body;
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
