package io.promwire.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Speaks HTTP/1.1 byte for byte on a loopback socket, for requests no HTTP client would send:
 * malformed, oversized, or never finished.
 */
public final class RawHttp {
  private static final int READ_TIMEOUT_MILLIS = 10_000;

  private RawHttp() {}

  /**
   * What came back on one connection.
   *
   * @param status the status code, or -1 when the server closed the connection without answering
   * @param headers the header lines as sent but with lower-cased names, each ending in a newline
   * @param body the body as text
   */
  public record Reply(int status, String headers, String body) {
    public static final Reply CLOSED = new Reply(-1, "", "");

    public String header(String name) {
      String prefix = name.toLowerCase(Locale.ROOT) + ":";
      return headers
          .lines()
          .filter(line -> line.startsWith(prefix))
          .map(line -> line.substring(prefix.length()).trim())
          .findFirst()
          .orElse(null);
    }
  }

  /** Opens a connection to the server on loopback, with a read timeout that fails a stuck test. */
  public static Socket connect(int port) {
    try {
      Socket socket = new Socket("127.0.0.1", port);
      socket.setSoTimeout(READ_TIMEOUT_MILLIS);
      return socket;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends the bytes as they are on a new connection and reads one reply. */
  public static Reply exchange(int port, String request) {
    return exchange(port, request.getBytes(StandardCharsets.ISO_8859_1));
  }

  public static Reply exchange(int port, byte[] request) {
    try (Socket socket = connect(port)) {
      try {
        socket.getOutputStream().write(request);
        socket.getOutputStream().flush();
      } catch (SocketException refusedMidway) {
        // The server may answer and close before taking all of an oversized request.
      }
      return read(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A GET of {@code target} with a Host header, on a new connection. */
  public static Reply get(int port, String target, String... headerLines) {
    StringBuilder request = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n");
    for (String line : headerLines) {
      request.append(line).append("\r\n");
    }
    return exchange(port, request.append("\r\n").toString());
  }

  /**
   * Reads one response: status line, headers and a body of {@code Content-Length} bytes (HEAD and
   * bodiless statuses aside, which these tests do not use). {@link Reply#CLOSED} when the server
   * closed or reset the connection before a status line.
   */
  public static Reply read(InputStream in) throws IOException {
    String head;
    try {
      head = readHead(in);
    } catch (SocketException reset) {
      return Reply.CLOSED;
    }
    if (head == null) {
      return Reply.CLOSED;
    }
    int lineEnd = head.indexOf("\r\n");
    String statusLine = lineEnd < 0 ? head : head.substring(0, lineEnd);
    String headers = lineEnd < 0 ? "" : lowerCaseNames(head.substring(lineEnd + 2));
    int status = Integer.parseInt(statusLine.split(" ")[1]);
    Reply reply = new Reply(status, headers, "");
    String length = reply.header("Content-Length");
    byte[] body = length == null ? new byte[0] : in.readNBytes(Integer.parseInt(length));
    return new Reply(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static String lowerCaseNames(String headerLines) {
    StringBuilder lines = new StringBuilder();
    for (String line : headerLines.split("\r\n")) {
      int colon = line.indexOf(':');
      String name = colon < 0 ? line : line.substring(0, colon);
      lines.append(name.toLowerCase(Locale.ROOT)).append(line.substring(name.length())).append('\n');
    }
    return lines.toString();
  }

  /** Bytes up to the blank line, without it; null when the stream ends first. */
  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < end.length) {
      int b;
      try {
        b = in.read();
      } catch (SocketTimeoutException stuck) {
        throw new AssertionError("no reply within " + READ_TIMEOUT_MILLIS + " ms", stuck);
      }
      if (b < 0) {
        return null;
      }
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    String text = head.toString(StandardCharsets.ISO_8859_1);
    return text.substring(0, text.length() - end.length);
  }

  /** Whether the server closes the connection within the socket's read timeout. */
  public static boolean closedByServer(Socket socket) {
    try {
      return socket.getInputStream().read() < 0;
    } catch (SocketTimeoutException stillOpen) {
      return false;
    } catch (IOException reset) {
      return true;
    }
  }
}
