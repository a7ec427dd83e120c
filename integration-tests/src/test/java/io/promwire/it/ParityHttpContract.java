package io.promwire.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.promwire.runtime.Promwire;
import io.promwire.runtime.PromwireOptions;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * What a prometheus-flask-exporter user expects to find in a scrape, from the metrics of {@link
 * ParityRoutes}: called over HTTP, scraped over HTTP. Each subclass runs them on one server.
 */
abstract class ParityHttpContract {

  /** Serves the wired app on the server under test. */
  abstract RunningApp serve(Promwire wired);

  private RunningApp serveWith(UnaryOperator<PromwireOptions.Builder> options) {
    return serve(IntegrationHandlers.wire(options));
  }

  @Test
  void infoMetricsAreExposedUnderTheNameGivenAsAGaugeAtOne() {
    try (RunningApp app = serveWith(o -> o)) {
      String scrape = app.scrape();

      assertThat(scrape)
          .contains("# TYPE info gauge\n")
          .contains("# TYPE no_labels gauge\n")
          .doesNotContain("info_info", "no_labels_info");
      assertThat(Scrape.series(scrape, "info")).containsExactly("info{version=\"2.4\"} 1.0");
      assertThat(Scrape.series(scrape, "no_labels")).containsExactly("no_labels 1.0");
      // The exporter's own info metric keeps its name.
      assertThat(Scrape.series(scrape, "exporter_info")).hasSize(1);
    }
  }

  @Test
  void metricsOfAnExcludedRouteAreExposedAtZeroAndNeverRecorded() {
    try (RunningApp app = serveWith(o -> o)) {
      assertThat(app.series("parity_hidden_total")).containsExactly("parity_hidden_total 0.0");

      assertThat(app.get("/parity/hidden").body()).isEqualTo("hidden");

      assertThat(app.series("parity_hidden_total")).containsExactly("parity_hidden_total 0.0");
      assertThat(app.series("http_request_total")).isEmpty();
    }
  }

  @Test
  void aGaugeIsLabelledWithTheRawPathAndARequestResolverOnEntryAndExit() {
    try (RunningApp app = serveWith(o -> o)) {
      assertThat(app.get("/parity/jobs/a%20b", "X-Tenant", "acme").body()).isEqualTo("a b");
      assertThat(app.get("/parity/jobs/c").statusCode()).isEqualTo(200);

      // One series per call, back at 0: entry and exit found the same labels.
      assertThat(app.series("parity_jobs_in_progress"))
          .containsExactly(
              "parity_jobs_in_progress{path=\"/parity/jobs/a b\",tenant=\"acme\"} 0.0",
              "parity_jobs_in_progress{path=\"/parity/jobs/c\",tenant=\"\"} 0.0");
    }
  }

  @Test
  void rawPathLabelsAreUnderTheSeriesLimit() {
    try (RunningApp app = serveWith(o -> o.seriesLimit("parity_jobs_in_progress", 1))) {
      app.get("/parity/jobs/first");
      app.get("/parity/jobs/second");
      app.get("/parity/jobs/third");

      assertThat(app.series("parity_jobs_in_progress"))
          .containsExactly(
              "parity_jobs_in_progress{path=\"/parity/jobs/first\",tenant=\"\"} 0.0",
              "parity_jobs_in_progress{path=\"__overflow__\",tenant=\"__overflow__\"} 0.0");
      assertThat(app.series("promwire_label_overflow_total{metric=\"parity_jobs_in_progress\"}"))
          .containsExactly(
              "promwire_label_overflow_total{metric=\"parity_jobs_in_progress\"} 2.0");
    }
  }

  @Test
  void aGaugeWithInitialValueOffAppearsOnlyOnceUsed() {
    try (RunningApp app = serveWith(o -> o)) {
      assertThat(app.series("parity_exports_in_progress")).isEmpty();

      assertThat(app.send("POST", "/parity/exports").statusCode()).isEqualTo(204);

      assertThat(app.series("parity_exports_in_progress"))
          .containsExactly("parity_exports_in_progress{kind=\"export\"} 0.0");
    }
  }
}
