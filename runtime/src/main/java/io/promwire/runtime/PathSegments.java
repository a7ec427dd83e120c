package io.promwire.runtime;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Splits request paths and route templates into segments.
 *
 * <p>A raw path is split on {@code /} before its segments are percent-decoded, so that an encoded
 * slash ({@code %2F}) stays inside one segment, as a path parameter value. {@code +} is a plus sign
 * in a path, not a space. The root path {@code /} has no segments; {@code /items/} has two, the
 * second empty, so a trailing slash is significant.
 */
final class PathSegments {
  private static final String[] ROOT = new String[0];

  private PathSegments() {}

  /** The segments of a path or template as it is, without decoding. */
  static String[] split(String path) {
    if (path.equals("/")) {
      return ROOT;
    }
    if (!path.startsWith("/")) {
      // Such as "*" (OPTIONS *) or an empty path: segments no template has.
      return new String[] {path};
    }
    return path.substring(1).split("/", -1);
  }

  /**
   * The percent-decoded segments of a path as sent, or {@code null} when the encoding is
   * malformed.
   */
  static String[] decode(String rawPath) {
    String[] segments = split(rawPath);
    for (int i = 0; i < segments.length; i++) {
      if (segments[i].indexOf('%') >= 0) {
        segments[i] = decodeSegment(segments[i]);
        if (segments[i] == null) {
          return null;
        }
      }
    }
    return segments;
  }

  /** The path the segments make, with {@code /} between them. */
  static String join(String[] segments) {
    return "/" + String.join("/", segments);
  }

  /** Decodes each run of {@code %XX} escapes as UTF-8; other characters stay as they are. */
  private static String decodeSegment(String segment) {
    StringBuilder decoded = new StringBuilder(segment.length());
    int i = 0;
    while (i < segment.length()) {
      if (segment.charAt(i) != '%') {
        decoded.append(segment.charAt(i++));
        continue;
      }
      ByteArrayOutputStream run = new ByteArrayOutputStream();
      while (i < segment.length() && segment.charAt(i) == '%') {
        int high = i + 2 < segment.length() ? Character.digit(segment.charAt(i + 1), 16) : -1;
        int low = high < 0 ? -1 : Character.digit(segment.charAt(i + 2), 16);
        if (low < 0) {
          return null;
        }
        run.write(high * 16 + low);
        i += 3;
      }
      String text = utf8(run.toByteArray());
      if (text == null) {
        return null;
      }
      decoded.append(text);
    }
    return decoded.toString();
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return null;
    }
  }
}
