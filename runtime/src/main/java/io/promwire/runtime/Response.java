package io.promwire.runtime;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An HTTP response: status, headers and body. Immutable; each {@code with...} method returns a
 * new response.
 *
 * <pre>{@code
 * return Response.status(201).text("created").header("Location", "/items/7");
 * }</pre>
 */
public final class Response {
  private static final byte[] EMPTY = new byte[0];

  private final int status;
  private final Map<String, List<String>> headers;
  private final byte[] body;

  private Response(int status, Map<String, List<String>> headers, byte[] body) {
    // 1xx are interim answers the server sends itself; a handler's answer is a final one.
    if (status < 200 || status > 599) {
      throw new IllegalArgumentException(
          "a final HTTP status must be within 200..599, was " + status);
    }
    this.status = status;
    this.headers = headers;
    this.body = body;
  }

  /**
   * {@return an empty response with the given status}
   *
   * @param status the final HTTP status, 200 to 599
   * @throws IllegalArgumentException if {@code status} is outside 200..599
   */
  public static Response status(int status) {
    return new Response(status, Map.of(), EMPTY);
  }

  /**
   * {@return 200 with a plain-text body}
   *
   * @param text the body, sent as UTF-8
   */
  public static Response ok(String text) {
    return status(200).text(text);
  }

  /** {@return 204 without a body} */
  public static Response noContent() {
    return status(204);
  }

  /**
   * {@return this response with a UTF-8 plain-text body}
   *
   * @param text the body
   */
  public Response text(String text) {
    return body(text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8");
  }

  /**
   * {@return this response with a UTF-8 JSON body; the text is sent as given}
   *
   * @param json the body, already JSON
   */
  public Response json(String json) {
    return body(json.getBytes(StandardCharsets.UTF_8), "application/json");
  }

  /**
   * {@return this response with the given body and {@code Content-Type}}
   *
   * @param body the body; copied
   * @param contentType the {@code Content-Type} header value
   */
  public Response body(byte[] body, String contentType) {
    return new Response(status, withHeader(headers, "Content-Type", contentType), body.clone());
  }

  /**
   * {@return this response with a header set, replacing any earlier value of the same name}
   *
   * @param name the header's name, matched ignoring case; an HTTP token
   * @param value the value
   * @throws IllegalArgumentException when the name is not an HTTP token, or the value has a line
   *     break or another control character but tab: no server could send it, and the request would
   *     be counted under a status its client never got. A handler that throws it answers 500.
   */
  public Response header(String name, String value) {
    return new Response(status, withHeader(headers, name, value), body);
  }

  /** {@return the HTTP status, 200 to 599} */
  public int status() {
    return status;
  }

  /** {@return the headers, read-only, in the order they were set} */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * {@return the first value of a header, or {@code null}; the name is matched ignoring case}
   *
   * @param name the header's name
   */
  public String header(String name) {
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      if (header.getKey().equalsIgnoreCase(name)) {
        return header.getValue().get(0);
      }
    }
    return null;
  }

  /** {@return a copy of the body; empty when there is none} */
  public byte[] body() {
    return body.clone();
  }

  /** {@return the body's length in bytes} */
  public int bodyLength() {
    return body.length;
  }

  /** {@return whether the status lets a body go with it: 204 and 304 never carry one} */
  public boolean allowsBody() {
    return status != 204 && status != 304;
  }

  /** {@return the body, read-only and without a copy} */
  public ByteBuffer bodyBuffer() {
    return ByteBuffer.wrap(body).asReadOnlyBuffer();
  }

  /** {@return the body decoded as UTF-8} */
  public String bodyAsString() {
    return new String(body, StandardCharsets.UTF_8);
  }

  private static Map<String, List<String>> withHeader(
      Map<String, List<String>> headers, String name, String value) {
    HeaderSyntax.check(name, value);
    Map<String, List<String>> copy = new LinkedHashMap<>();
    headers.forEach(
        (key, values) -> {
          if (!key.equalsIgnoreCase(name)) {
            copy.put(key, values);
          }
        });
    copy.put(name, List.of(value));
    return Collections.unmodifiableMap(copy);
  }

  @Override
  public String toString() {
    return "Response " + status + " (" + body.length + " bytes)";
  }
}
