package com.example.shop;

import io.promwire.annotations.Counted;
import io.promwire.annotations.DoNotTrack;
import io.promwire.annotations.ExcludeAllMetrics;
import io.promwire.annotations.Gauge;
import io.promwire.annotations.Get;
import io.promwire.annotations.Histogram;
import io.promwire.annotations.Info;
import io.promwire.annotations.Label;
import io.promwire.annotations.LabelSource;
import io.promwire.annotations.Post;
import io.promwire.annotations.QueryParam;
import io.promwire.annotations.Summary;
import io.promwire.runtime.HttpStatusException;
import io.promwire.runtime.Request;
import io.promwire.runtime.Response;
import java.util.Optional;

/** The design's example handler, plus a few parameter kinds. */
@Info(name = "app_info", help = "Application info",
    labels = @Label(name = "version", value = "1.0.3"))
public class ItemRoutes {
  public enum Color { RED, GREEN, BLUE }

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
  @Counted(name = "invocation_by_type", help = "Number of invocations by type",
      labels = @Label(name = "item_type", pathParam = "type"))
  public String byType(String type) {
    if (type.equals("missing")) {
      throw new HttpStatusException(404, "no such type");
    }
    return type;
  }

  @Get("/long-running")
  @Gauge(name = "in_progress", help = "Long running requests in progress")
  public String longRunning() throws InterruptedException {
    Thread.sleep(1);
    return "Done!";
  }

  @Get("/status/{status}")
  @DoNotTrack
  @Summary(name = "requests_by_status", help = "Request latencies by status",
      labels = @Label(name = "status", from = LabelSource.STATUS))
  @Histogram(name = "requests_by_status_and_path", help = "Request latencies by status and path",
      labels = {
          @Label(name = "status", from = LabelSource.STATUS),
          @Label(name = "path", from = LabelSource.PATH)})
  public Response echoStatus(int status) {
    return Response.status(status).text("Status: " + status);
  }

  @Post("/colors/{color}")
  @Counted(name = "paints", help = "Paint jobs by color and tenant",
      labels = {
          @Label(name = "color", pathParam = "color"),
          @Label(name = "tenant", header = "X-Tenant")})
  public void paint(Color color, @QueryParam("coats") int coats,
      @QueryParam("note") Optional<String> note, Request request) {
  }

  @Get("/bytes")
  @ExcludeAllMetrics
  public byte[] bytes(@QueryParam("size") Integer size) {
    return new byte[size == null ? 0 : size];
  }
}
