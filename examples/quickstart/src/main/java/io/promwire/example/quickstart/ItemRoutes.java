package io.promwire.example.quickstart;

import io.promwire.annotations.Counted;
import io.promwire.annotations.DoNotTrack;
import io.promwire.annotations.Gauge;
import io.promwire.annotations.Get;
import io.promwire.annotations.Histogram;
import io.promwire.annotations.Info;
import io.promwire.annotations.Label;
import io.promwire.annotations.LabelSource;
import io.promwire.annotations.Summary;
import io.promwire.runtime.Response;
import java.time.Duration;

/** prometheus-flask-exporter's quickstart routes, with the same metric names. */
@Info(
    name = "app_info",
    help = "Application info",
    labels = @Label(name = "version", value = "1.0.3"))
public class ItemRoutes {
  private final Duration longRunning;

  /** Routes whose {@code /long-running} takes two seconds, as in the original. */
  public ItemRoutes() {
    this(Duration.ofSeconds(2));
  }

  public ItemRoutes(Duration longRunning) {
    this.longRunning = longRunning;
  }

  @Get("/")
  public String main() {
    return "Hello World!";
  }

  @Get("/skip")
  @DoNotTrack
  public String skip() {
    return "skipped";
  }

  @Get("/items/{type}")
  @DoNotTrack
  @Counted(
      name = "invocation_by_type",
      help = "Number of invocations by type",
      labels = @Label(name = "item_type", pathParam = "type"))
  public String byType(String type) {
    return type;
  }

  @Get("/long-running")
  @Gauge(name = "in_progress", help = "Long running requests in progress")
  public String longRunning() throws InterruptedException {
    Thread.sleep(longRunning.toMillis());
    return "Done!";
  }

  @Get("/status/{status}")
  @DoNotTrack
  @Summary(
      name = "requests_by_status",
      help = "Request latencies by status",
      labels = @Label(name = "status", from = LabelSource.STATUS))
  @Histogram(
      name = "requests_by_status_and_path",
      help = "Request latencies by status and path",
      labels = {
        @Label(name = "status", from = LabelSource.STATUS),
        @Label(name = "path", from = LabelSource.PATH)
      })
  public Response echoStatus(int status) {
    return Response.status(status).text("Status: " + status);
  }

  /** A handler bug: answered with a 500 that reveals nothing and is counted as an exception. */
  @Get("/fail")
  public String fail() {
    throw new IllegalStateException("the quickstart's deliberate failure");
  }
}
