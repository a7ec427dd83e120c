package io.promwire.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The metrics path as the pre-matching filter recognises it, whatever the container gives. */
class JaxrsRequestsTest {
  /** A request whose path relative to the application is {@code rawPath} as sent. */
  private static ContainerRequestContext request(String rawPath) {
    String decoded = URI.create("http://127.0.0.1/" + rawPath).getPath().substring(1);
    UriInfo uriInfo =
        (UriInfo)
            Proxy.newProxyInstance(
                JaxrsRequestsTest.class.getClassLoader(),
                new Class<?>[] {UriInfo.class},
                (proxy, method, args) ->
                    args != null && args[0].equals(false) ? rawPath : decoded);
    return (ContainerRequestContext)
        Proxy.newProxyInstance(
            JaxrsRequestsTest.class.getClassLoader(),
            new Class<?>[] {ContainerRequestContext.class},
            (proxy, method, args) -> uriInfo);
  }

  @Test
  void thePathWithOrWithoutTheContainersLeadingSlashIsTheMetricsPath() {
    assertThat(JaxrsRequests.isPath(request("metrics"), "/metrics")).isTrue();
    assertThat(JaxrsRequests.isPath(request("/metrics"), "/metrics")).isTrue();
    assertThat(JaxrsRequests.isPath(request(""), "/")).isTrue();
  }

  @Test
  void aPercentEscapedPathIsComparedDecoded() {
    assertThat(JaxrsRequests.isPath(request("metric%73"), "/metrics")).isTrue();
    assertThat(JaxrsRequests.isPath(request("a%20b"), "/a b")).isTrue();
    assertThat(JaxrsRequests.isPath(request("a%20b"), "/a%20b")).isFalse();
  }

  @Test
  void anyOtherPathIsNot() {
    assertThat(JaxrsRequests.isPath(request("metricsx"), "/metrics")).isFalse();
    assertThat(JaxrsRequests.isPath(request("etrics"), "/metrics")).isFalse();
    assertThat(JaxrsRequests.isPath(request("metrics"), "metrics")).isFalse();
    assertThat(JaxrsRequests.isPath(request("items/metrics"), "/metrics")).isFalse();
  }
}
