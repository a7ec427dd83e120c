package io.promwire.example.jaxrs;

import io.promwire.annotations.Counted;
import io.promwire.annotations.Histogram;
import io.promwire.annotations.Label;
import io.promwire.annotations.LabelSource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Labels taken from the request: a query parameter, a header, a path parameter whose template has
 * a regular expression, the status a mapped exception sets, and the request method.
 */
@Path("/search")
@Produces(MediaType.TEXT_PLAIN)
public class SearchResource {
  @GET
  @Counted(
      name = "searches",
      help = "Searches by kind and tenant",
      labels = {
        @Label(name = "kind", queryParam = "kind"),
        @Label(name = "tenant", header = "X-Tenant"),
        @Label(name = "method", from = LabelSource.METHOD)
      })
  public String search(@QueryParam("kind") String kind, @HeaderParam("X-Tenant") String tenant) {
    return "searched " + kind;
  }

  @GET
  @Path("{id: \\d+}")
  @Histogram(
      name = "search_result_seconds",
      help = "Time to fetch one search result",
      labels = {
        @Label(name = "id", pathParam = "id"),
        @Label(name = "status", from = LabelSource.STATUS)
      })
  public String result(@PathParam("id") long id) {
    if (id == 0) {
      throw new NotFoundException();
    }
    return "result " + id;
  }

  /** A sub-resource locator: Jersey asks the returned object for the method that answers. */
  @Path("{id: \\d+}/notes")
  public Notes notes(@PathParam("id") long id) {
    return new Notes(id);
  }

  /** The notes of one result, reached only through {@link #notes}. */
  public static class Notes {
    private final long id;

    Notes(long id) {
      this.id = id;
    }

    @GET
    public String list() {
      return "notes of " + id;
    }
  }
}
