package io.promwire.runtime.jdk;

import com.sun.net.httpserver.Authenticator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import io.promwire.runtime.MetricsAuth;

/** A {@link MetricsAuth} as the JDK server and client_java's {@code HTTPServer} ask for one. */
final class JdkMetricsAuth extends Authenticator {
  private final MetricsAuth auth;

  JdkMetricsAuth(MetricsAuth auth) {
    this.auth = auth;
  }

  @Override
  public Result authenticate(HttpExchange exchange) {
    if (auth.allows(exchange.getRequestHeaders().getFirst("Authorization"))) {
      return new Success(new HttpPrincipal(auth.kind(), MetricsAuth.REALM));
    }
    exchange.getResponseHeaders().set("WWW-Authenticate", auth.challenge());
    return new Retry(401);
  }
}
