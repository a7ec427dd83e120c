package io.promwire.runtime;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Protects the metrics endpoint with HTTP basic auth, a bearer token or a check of your own.
 * Requests without acceptable credentials get {@code 401} with a {@code WWW-Authenticate}
 * challenge. Secrets are compared in constant time and never logged or printed.
 *
 * <p>It knows no server: it decides on an {@code Authorization} header ({@link #allows}) and says
 * what to challenge with ({@link #challenge()}); each server adapter asks it, so the same object
 * protects the metrics path of the app's server, of a servlet container and the separate metrics
 * port ({@link Promwire#serveMetrics(String, int)}):
 *
 * <pre>{@code
 * PromwireOptions.builder()
 *     .metricsAuth(MetricsAuth.basicFromEnv("METRICS_USER", "METRICS_PASSWORD"))
 *     .build();
 * }</pre>
 */
public final class MetricsAuth {
  /** The realm of every challenge. */
  public static final String REALM = "metrics";
  private static final String BEARER_CHALLENGE = "Bearer realm=\"" + REALM + "\"";

  private final String kind;
  private final String challenge;
  private final Predicate<String> check;

  private MetricsAuth(String kind, String challenge, Predicate<String> check) {
    this.kind = kind;
    this.challenge = challenge;
    this.check = check;
  }

  /**
   * {@return HTTP basic auth with one user name and password}
   *
   * @param user the user name; it cannot contain {@code :}
   * @param password the password; not empty
   * @throws IllegalArgumentException when the user name contains {@code :} or the password is
   *     empty
   */
  public static MetricsAuth basic(String user, String password) {
    Objects.requireNonNull(user, "user");
    requireNonEmpty(password, "password");
    if (user.indexOf(':') >= 0) {
      throw new IllegalArgumentException("a basic auth user name cannot contain ':'");
    }
    byte[] expected = (user + ":" + password).getBytes(StandardCharsets.UTF_8);
    return new MetricsAuth(
        "basic",
        "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"",
        authorization -> {
          String credentials = credentials(authorization, "Basic");
          if (credentials == null) {
            return false;
          }
          try {
            return constantTimeEquals(Base64.getDecoder().decode(credentials), expected);
          } catch (IllegalArgumentException notBase64) {
            return false;
          }
        });
  }

  /**
   * {@return a bearer token check: {@code Authorization: Bearer <token>}}
   *
   * @param token the token; not empty
   * @throws IllegalArgumentException when the token is empty
   */
  public static MetricsAuth bearer(String token) {
    byte[] expected = requireNonEmpty(token, "token").getBytes(StandardCharsets.UTF_8);
    return new MetricsAuth(
        "bearer",
        BEARER_CHALLENGE,
        authorization -> {
          String given = credentials(authorization, "Bearer");
          return given != null
              && constantTimeEquals(given.getBytes(StandardCharsets.UTF_8), expected);
        });
  }

  /**
   * {@return your own check of the {@code Authorization} header}
   *
   * <p>A request without one is refused without calling it, and an exception from it refuses the
   * request. The challenge of a refusal is {@code Bearer realm="metrics"}.
   *
   * @param authorization gets the {@code Authorization} header value and accepts or refuses it
   */
  public static MetricsAuth custom(Predicate<String> authorization) {
    return custom(BEARER_CHALLENGE, authorization);
  }

  /**
   * {@return as {@link #custom(Predicate)}, with the {@code WWW-Authenticate} challenge to send}
   *
   * @param challenge the {@code WWW-Authenticate} value sent with a {@code 401}
   * @param authorization gets the {@code Authorization} header value and accepts or refuses it
   */
  public static MetricsAuth custom(String challenge, Predicate<String> authorization) {
    return new MetricsAuth(
        "custom", Objects.requireNonNull(challenge), Objects.requireNonNull(authorization));
  }

  /**
   * {@return basic auth with the user name and password read from environment variables now}
   *
   * @param userVariable the variable holding the user name
   * @param passwordVariable the variable holding the password
   * @throws IllegalStateException when a variable is unset or empty
   */
  public static MetricsAuth basicFromEnv(String userVariable, String passwordVariable) {
    return basicFrom(System::getenv, userVariable, passwordVariable);
  }

  /**
   * {@return a bearer token read from an environment variable now}
   *
   * @param tokenVariable the variable holding the token
   * @throws IllegalStateException when the variable is unset or empty
   */
  public static MetricsAuth bearerFromEnv(String tokenVariable) {
    return bearerFrom(System::getenv, tokenVariable);
  }

  static MetricsAuth basicFrom(
      Function<String, String> environment, String userVariable, String passwordVariable) {
    return basic(
        variable(environment, userVariable), variable(environment, passwordVariable));
  }

  static MetricsAuth bearerFrom(Function<String, String> environment, String tokenVariable) {
    return bearer(variable(environment, tokenVariable));
  }

  /**
   * {@return whether an {@code Authorization} header value is accepted; {@code null} never is}
   *
   * @param authorization the header value, or {@code null} when the request has none
   */
  public boolean allows(String authorization) {
    if (authorization == null) {
      return false;
    }
    try {
      return check.test(authorization);
    } catch (RuntimeException refused) {
      return false;
    }
  }

  /** {@return the {@code WWW-Authenticate} value sent with a {@code 401}} */
  public String challenge() {
    return challenge;
  }

  /**
   * {@return what kind of check this is ({@code basic}, {@code bearer} or {@code custom}), never
   * a secret}
   */
  public String kind() {
    return kind;
  }

  @Override
  public String toString() {
    return "MetricsAuth[" + kind + "]";
  }

  /** The credentials after {@code scheme} (matched ignoring case), or null for another scheme. */
  private static String credentials(String authorization, String scheme) {
    boolean matches =
        authorization.length() > scheme.length()
            && authorization.regionMatches(true, 0, scheme, 0, scheme.length())
            && authorization.charAt(scheme.length()) == ' ';
    return matches ? authorization.substring(scheme.length() + 1).trim() : null;
  }

  /** Takes as long for every {@code given} of one length, whatever the secret. */
  private static boolean constantTimeEquals(byte[] given, byte[] expected) {
    // MessageDigest.isEqual's time depends on its first argument only: the untrusted input.
    return MessageDigest.isEqual(given, expected);
  }

  private static String variable(Function<String, String> environment, String name) {
    String value = environment.apply(Objects.requireNonNull(name, "variable name"));
    if (value == null || value.isEmpty()) {
      throw new IllegalStateException("environment variable " + name + " is not set");
    }
    return value;
  }

  private static String requireNonEmpty(String secret, String what) {
    if (secret == null || secret.isEmpty()) {
      throw new IllegalArgumentException("the " + what + " must not be empty");
    }
    return secret;
  }
}
