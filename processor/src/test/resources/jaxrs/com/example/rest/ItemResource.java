package com.example.rest;

import io.promwire.annotations.Counted;
import io.promwire.annotations.DoNotTrack;
import io.promwire.annotations.Gauge;
import io.promwire.annotations.Histogram;
import io.promwire.annotations.Info;
import io.promwire.annotations.Label;
import io.promwire.annotations.LabelSource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;

@Path("items/")
@Info(name = "rest_info", help = "REST app info", labels = @Label(name = "version", value = "2"))
public class ItemResource {
  @GET
  public String list() {
    return "all";
  }

  @GET
  @Path("{type}")
  @DoNotTrack
  @Counted(
      name = "invocation_by_type",
      help = "Number of invocations by type",
      labels = @Label(name = "item_type", pathParam = "type"))
  public String byType(@PathParam("type") String type) {
    return type;
  }

  @POST
  @Path("/{id: \\d+}/notes")
  @Histogram(
      name = "note_seconds",
      help = "Time to add a note",
      labels = {
        @Label(name = "status", from = LabelSource.STATUS),
        @Label(name = "path", from = LabelSource.PATH),
        @Label(name = "tenant", header = "X-Tenant")
      })
  public Response addNote(@PathParam("id") long id, @QueryParam("draft") boolean draft, String text) {
    return Response.status(201).build();
  }

  @GET
  @Path("slow")
  @Gauge(name = "slow_in_progress", help = "Slow requests in progress")
  public CompletionStage<String> slow() {
    return java.util.concurrent.CompletableFuture.completedFuture("done");
  }

  @Path("{type}/details")
  public DetailsResource details(@PathParam("type") String type) {
    return new DetailsResource();
  }

  public static class DetailsResource {
    @GET
    public String get() {
      return "details";
    }
  }
}
