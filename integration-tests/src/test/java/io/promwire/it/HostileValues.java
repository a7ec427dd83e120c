package io.promwire.it;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Values a hostile client puts in path parameters, query strings and headers: never the same
 * twice, and full of characters that need escaping in the exposition.
 */
final class HostileValues {
  private static final String[] ANYWHERE = {
    "a", "b", "z", "0", "9", "\"", "\\", "{", "}", "=", ",", " ", "'", "<", ">", "$", "#"
  };
  private static final String[] PATH_ONLY = {"é", "日", "😀", "\n", "/", "%", "?", "\t"};
  private static final String UUID = "3f0c3e5e-4a6e-4f0e-9b1a-2f4c5d6e7f80";

  private final Random random;
  private long serial;

  HostileValues(long seed) {
    this.random = new Random(seed);
  }

  /** A new value for a path or query: any character, to be percent-encoded. */
  String forPath() {
    return next(true);
  }

  /** A new value for a header: printable ASCII only, as HTTP requires. */
  String forHeader() {
    return next(false);
  }

  /**
   * One hostile request as method, raw path, raw query (or null) and headers (name, value
   * pairs), the {@code n}th of a mix that reaches every kind of label taken from the request.
   */
  Request request(int n) {
    String tenant = forHeader();
    return switch (n % 6) {
      case 0 -> new Request("GET", "/greet/" + encode(forPath()), null, "X-Tenant", tenant);
      case 1 -> new Request("GET", "/items/" + encode(forPath()), null, "X-Tenant", tenant);
      case 2 ->
          new Request(
              "GET",
              "/api/lookup/" + UUID,
              "format=" + encode(forPath()),
              "X-Tenant",
              tenant,
              "User-Agent",
              forHeader());
      case 3 ->
          new Request(
              "GET",
              "/nowhere/" + encode(forPath()),
              encode(forPath()) + "=" + encode(forPath()),
              "X-Tenant",
              tenant);
      case 4 -> new Request("POST", "/greet/" + encode(forPath()), null, "X-Tenant", tenant);
      default -> new Request("GET", "/hazard/label/" + encode(forPath()), null, "X-Tenant", tenant);
    };
  }

  /** A request as sent, still encoded. */
  record Request(String method, String rawPath, String rawQuery, List<String> headers) {
    Request(String method, String rawPath, String rawQuery, String... headers) {
      this(method, rawPath, rawQuery, List.of(headers));
    }

    String target() {
      return rawQuery == null ? rawPath : rawPath + "?" + rawQuery;
    }

    /** Whether the default HTTP metrics record it: the quickstart's item route is DoNotTrack. */
    boolean tracked() {
      return !rawPath.startsWith("/items/");
    }
  }

  private String next(boolean pathCharacters) {
    StringBuilder value = new StringBuilder(Long.toString(serial++, 36)).append('-');
    int length = 1 + random.nextInt(16);
    for (int i = 0; i < length; i++) {
      boolean special = pathCharacters && random.nextInt(4) == 0;
      String[] pool = special ? PATH_ONLY : ANYWHERE;
      value.append(pool[random.nextInt(pool.length)]);
    }
    return value.toString();
  }

  /** Percent-encodes every character a path segment or query value cannot carry as it is. */
  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
