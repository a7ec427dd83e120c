package io.promwire.it;

import io.promwire.annotations.Counted;
import io.promwire.annotations.ExcludeAllMetrics;
import io.promwire.annotations.Gauge;
import io.promwire.annotations.Get;
import io.promwire.annotations.Info;
import io.promwire.annotations.Label;
import io.promwire.annotations.LabelSource;
import io.promwire.annotations.Post;

/**
 * Metrics declared as prometheus-flask-exporter users declare them, so that they are exposed as
 * that exporter exposes them: info metrics under the name given, the metrics of a route excluded
 * from all metrics at 0, a gauge of requests in progress labelled with the raw path and by a
 * request resolver, and a gauge that appears only once used.
 */
@Info(name = "info", help = "Service information", labels = @Label(name = "version", value = "2.4"))
@Info(name = "no_labels", help = "An info metric without labels")
public class ParityRoutes {
  @Get("/parity/hidden")
  @ExcludeAllMetrics
  @Counted(name = "parity_hidden", help = "Calls of a route excluded from all metrics")
  public String hidden() {
    return "hidden";
  }

  @Get("/parity/jobs/{job}")
  @Gauge(
      name = "parity_jobs_in_progress",
      help = "Jobs running now by path and tenant",
      labels = {
        @Label(name = "path", from = LabelSource.RAW_PATH),
        @Label(name = "tenant", resolver = TenantResolver.class)
      })
  public String job(String job) {
    return job;
  }

  @Post("/parity/exports")
  @Gauge(
      name = "parity_exports_in_progress",
      help = "Exports running now",
      labels = @Label(name = "kind", value = "export"),
      initialValue = false)
  public void export() {}
}
