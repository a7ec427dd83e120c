package io.promwire.example.jaxrs;

import io.promwire.annotations.Counted;
import io.promwire.annotations.DoNotTrack;
import io.promwire.annotations.Gauge;
import io.promwire.annotations.Histogram;
import io.promwire.annotations.Info;
import io.promwire.annotations.Label;
import io.promwire.annotations.LabelSource;
import io.promwire.annotations.Summary;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The quickstart's routes as Jakarta REST resource methods, with the same metrics. */
@Path("/")
@Produces(MediaType.TEXT_PLAIN)
@Info(
    name = "app_info",
    help = "Application info",
    labels = @Label(name = "version", value = "1.0.3"))
public class ItemResource {
  private final Duration longRunning;

  /** A resource whose {@code /long-running} answers after two seconds, as in the original. */
  public ItemResource() {
    this(Duration.ofSeconds(2));
  }

  public ItemResource(Duration longRunning) {
    this.longRunning = longRunning;
  }

  @GET
  public String main() {
    return "Hello World!";
  }

  @GET
  @Path("skip")
  @DoNotTrack
  public String skip() {
    return "skipped";
  }

  @GET
  @Path("items/{type}")
  @DoNotTrack
  @Counted(
      name = "invocation_by_type",
      help = "Number of invocations by type",
      labels = @Label(name = "item_type", pathParam = "type"))
  public String byType(@PathParam("type") String type) {
    return type;
  }

  /**
   * Answers asynchronously, without holding a request thread: the gauge counts the request as in
   * progress until the answer is sent.
   */
  @GET
  @Path("long-running")
  @Gauge(name = "in_progress", help = "Long running requests in progress")
  public void longRunning(@Suspended AsyncResponse response) {
    CompletableFuture.delayedExecutor(longRunning.toMillis(), TimeUnit.MILLISECONDS)
        .execute(() -> response.resume("Done!"));
  }

  @GET
  @Path("status/{status}")
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
  public Response echoStatus(@PathParam("status") String status) {
    int code;
    try {
      code = Integer.parseInt(status);
    } catch (NumberFormatException notANumber) {
      throw new WebApplicationException(
          Response.status(400)
              .entity("Invalid path parameter 'status': expected an integer")
              .type(MediaType.TEXT_PLAIN)
              .build());
    }
    return Response.status(code).entity("Status: " + code).build();
  }

  /** A resource bug: a 500 that reveals nothing, counted as an exception. */
  @GET
  @Path("fail")
  public String fail() {
    throw new IllegalStateException("the quickstart's deliberate failure");
  }
}
