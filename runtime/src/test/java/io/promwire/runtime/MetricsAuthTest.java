package io.promwire.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MetricsAuthTest {
  private static String basic(String credentials) {
    return "Basic "
        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void basicAcceptsOnlyTheExactUserAndPassword() {
    MetricsAuth auth = MetricsAuth.basic("prom", "s3cret");

    assertThat(auth.allows(basic("prom:s3cret"))).isTrue();
    assertThat(auth.allows("basic " + basic("prom:s3cret").substring(6))).isTrue();
    assertThat(auth.allows(basic("prom:s3cret!"))).isFalse();
    assertThat(auth.allows(basic("prom:s3cre"))).isFalse();
    assertThat(auth.allows(basic("other:s3cret"))).isFalse();
    assertThat(auth.allows("Basic not-base64!")).isFalse();
    assertThat(auth.allows("Bearer s3cret")).isFalse();
    assertThat(auth.allows(null)).isFalse();
    assertThat(auth.challenge()).isEqualTo("Basic realm=\"metrics\", charset=\"UTF-8\"");
  }

  @Test
  void basicHandlesUtf8Credentials() {
    MetricsAuth auth = MetricsAuth.basic("müller", "pässwort");

    assertThat(auth.allows(basic("müller:pässwort"))).isTrue();
  }

  @Test
  void bearerAcceptsOnlyTheExactToken() {
    MetricsAuth auth = MetricsAuth.bearer("t0ken");

    assertThat(auth.allows("Bearer t0ken")).isTrue();
    assertThat(auth.allows("bearer t0ken")).isTrue();
    assertThat(auth.allows("Bearer t0ken2")).isFalse();
    assertThat(auth.allows("Bearer ")).isFalse();
    assertThat(auth.allows("Bearert0ken")).isFalse();
    assertThat(auth.allows(basic("x:t0ken"))).isFalse();
  }

  @Test
  void customCheckSeesTheHeaderAndRefusesWhenItThrowsOrTheHeaderIsMissing() {
    AtomicInteger calls = new AtomicInteger();
    MetricsAuth auth =
        MetricsAuth.custom(
            header -> {
              calls.incrementAndGet();
              if (header.equals("boom")) {
                throw new IllegalStateException("check failed");
              }
              return header.equals("Token let-me-in");
            });

    assertThat(auth.allows("Token let-me-in")).isTrue();
    assertThat(auth.allows("Token no")).isFalse();
    assertThat(auth.allows("boom")).isFalse();
    assertThat(auth.allows(null)).isFalse();
    assertThat(calls.get()).isEqualTo(3);
    assertThat(MetricsAuth.custom("Token", header -> true).challenge()).isEqualTo("Token");
  }

  @Test
  void credentialsFromTheEnvironment() {
    Map<String, String> environment =
        Map.of("METRICS_USER", "prom", "METRICS_PASSWORD", "s3cret", "METRICS_TOKEN", "t0ken");

    assertThat(
            MetricsAuth.basicFrom(environment::get, "METRICS_USER", "METRICS_PASSWORD")
                .allows(basic("prom:s3cret")))
        .isTrue();
    assertThat(MetricsAuth.bearerFrom(environment::get, "METRICS_TOKEN").allows("Bearer t0ken"))
        .isTrue();
  }

  @Test
  void missingEnvironmentVariableIsNamedWithoutAnyValue() {
    Map<String, String> environment = Map.of("METRICS_USER", "prom", "EMPTY", "");

    assertThatThrownBy(
            () -> MetricsAuth.basicFrom(environment::get, "METRICS_USER", "METRICS_PASSWORD"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("METRICS_PASSWORD")
        .hasMessageNotContaining("prom");
    assertThatThrownBy(() -> MetricsAuth.bearerFrom(environment::get, "EMPTY"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("EMPTY");
  }

  @Test
  void emptySecretsAndColonsInUserNamesAreRefused() {
    assertThatThrownBy(() -> MetricsAuth.bearer("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MetricsAuth.basic("prom", ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MetricsAuth.basic("a:b", "c"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toStringRevealsNoSecret() {
    assertThat(MetricsAuth.basic("prom", "s3cret").toString())
        .doesNotContain("s3cret")
        .doesNotContain("prom");
    assertThat(MetricsAuth.bearer("t0ken").toString()).doesNotContain("t0ken");
  }
}
