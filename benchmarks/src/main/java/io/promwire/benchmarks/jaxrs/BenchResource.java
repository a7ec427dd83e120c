package io.promwire.benchmarks.jaxrs;

import io.micrometer.core.annotation.Timed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The resource every side of the Jakarta REST benchmark serves: a template with a path parameter,
 * timed by Micrometer's {@code @Timed} on the Micrometer side and by promwire's default metrics on
 * promwire's.
 */
@Path("/items")
@Produces(MediaType.TEXT_PLAIN)
public class BenchResource {
  @GET
  @Path("{type}")
  @Timed
  public String byType(@PathParam("type") String type) {
    return type;
  }
}
