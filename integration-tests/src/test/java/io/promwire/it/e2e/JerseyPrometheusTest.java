package io.promwire.it.e2e;

import io.promwire.runtime.PromwireOptions;
import java.time.Duration;

/**
 * {@link QuickstartPrometheusTest} against the quickstart written as Jakarta REST resources on
 * Jersey: the same PromQL answers, the same rules and every dashboard query, unchanged.
 */
class JerseyPrometheusTest extends QuickstartPrometheusTest {
  @Override
  ServedApp serveQuickstart() {
    return ServedApp.onJersey(
        Apps.jaxrsQuickstart(PromwireOptions.defaults()), Duration.ofMillis(200));
  }
}
