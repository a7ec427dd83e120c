package io.promwire.it;

import io.promwire.annotations.Counted;
import io.promwire.annotations.Delete;
import io.promwire.annotations.ExcludeAllMetrics;
import io.promwire.annotations.Gauge;
import io.promwire.annotations.Get;
import io.promwire.annotations.Histogram;
import io.promwire.annotations.Label;
import io.promwire.annotations.LabelSource;
import io.promwire.annotations.Patch;
import io.promwire.annotations.PathParam;
import io.promwire.annotations.Post;
import io.promwire.annotations.Put;
import io.promwire.annotations.QueryParam;
import io.promwire.annotations.RoutePrefix;
import io.promwire.annotations.Summary;
import io.promwire.runtime.HttpStatusException;
import io.promwire.runtime.Request;
import io.promwire.runtime.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** A product catalogue API using every kind of parameter, return type and metric. */
@RoutePrefix("/api")
public class CatalogRoutes {
  /** Product categories; an enum path parameter. */
  public enum Category {
    BOOKS,
    TOOLS
  }

  private final Map<Long, String> products = new ConcurrentHashMap<>();

  @Get("/products/{id}")
  @Counted(
      name = "catalog_lookups",
      help = "Product lookups by outcome",
      labels = {
        @Label(name = "tier", value = "gold"),
        @Label(name = "status", from = LabelSource.STATUS),
        @Label(name = "exception", from = LabelSource.EXCEPTION)
      })
  public String product(long id) {
    String name = products.get(id);
    if (name == null) {
      throw new HttpStatusException(404, "No such product");
    }
    return name;
  }

  @Put("/products/{id}")
  @Histogram(
      name = "catalog_write_seconds",
      help = "Time spent writing products",
      buckets = {0.001, 0.01, 0.1, 1})
  public Response put(@PathParam("id") long productId, Request request) {
    boolean created = products.put(productId, request.bodyAsString()) == null;
    return Response.status(created ? 201 : 200).text(request.bodyAsString());
  }

  @Delete("/products/{id}")
  @Counted(name = "catalog_deletes", help = "Deleted products")
  public void delete(long id) {
    products.remove(id);
  }

  @Patch("/products/{id}/name")
  @ExcludeAllMetrics
  public String rename(long id, @QueryParam("to") String newName) {
    products.computeIfPresent(id, (key, old) -> newName);
    return newName;
  }

  @Get("/categories/{category}")
  @Summary(
      name = "catalog_category_seconds",
      help = "Category listing latency",
      quantiles = {0.5, 0.99},
      labels = @Label(name = "category", pathParam = "category"))
  public String category(
      Category category,
      @QueryParam("page") Optional<Integer> page,
      @QueryParam("limit") int limit,
      @QueryParam("fresh") Boolean fresh) {
    return category + " page " + page.orElse(1) + " limit " + limit + " fresh " + fresh;
  }

  @Get("/lookup/{uuid}")
  @Counted(
      name = "catalog_uuid_lookups",
      help = "UUID lookups by tenant and format",
      labels = {
        @Label(name = "tenant", header = "X-Tenant"),
        @Label(name = "format", queryParam = "format"),
        @Label(name = "client", resolver = ClientResolver.class)
      })
  public byte[] lookup(UUID uuid, @QueryParam("format") Optional<String> format) {
    return uuid.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Post("/import")
  @Gauge(name = "catalog_imports_in_progress", help = "Imports running now")
  @Counted(name = "catalog_imports", help = "Imports started")
  public Response importAll(Request request, @QueryParam("fail") boolean fail) {
    if (fail) {
      throw new IllegalStateException("import failed: " + request.bodyAsString());
    }
    return Response.status(202).text("accepted");
  }

  @Get("/ratio/{value}")
  public String ratio(double value, @QueryParam("flag") Optional<Boolean> flag) {
    return value * 2 + " " + flag.orElse(false);
  }
}
