package io.promwire.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.promwire.runtime.PromwireOptions;
import org.junit.jupiter.api.Test;

/** The default metrics' recorders are made once per route shape and kept, whoever serves. */
class HttpMetricsTest {
  private final HttpMetrics http =
      HttpMetrics.register(
          Instruments.create(
              new PrometheusRegistry(), PromwireOptions.builder().jvmMetrics(false).build()));

  @Test
  void requestsServedElsewhereKeepTheirRecordersPerTemplateEndpointAndMethod() {
    RequestMetrics first = http.servedElsewhere("GET", "/legacy/*", "legacy");

    assertThat(http.servedElsewhere("GET", "/legacy/*", "legacy")).isSameAs(first);
    assertThat(http.servedElsewhere("POST", "/legacy/*", "legacy")).isNotSameAs(first);
    assertThat(http.servedElsewhere("GET", "/other/*", "legacy")).isNotSameAs(first);
    assertThat(http.servedElsewhere("GET", "/legacy/*", "other")).isNotSameAs(first);
  }

  @Test
  void unmatchedRequestsShareOneRecorderPerMethodLabel() {
    assertThat(http.unmatched("GET")).isSameAs(http.unmatched("GET"));
    assertThat(http.servedElsewhere("GET", null, null)).isSameAs(http.unmatched("GET"));
    assertThat(http.unmatched("BREW")).isSameAs(http.unmatched("PROPFIND"));
    assertThat(HttpMetrics.methodLabel("BREW")).isEqualTo(HttpMetrics.OTHER_METHOD);
  }
}
