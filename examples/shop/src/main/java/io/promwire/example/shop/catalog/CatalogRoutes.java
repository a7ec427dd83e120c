package io.promwire.example.shop.catalog;

import io.promwire.annotations.Get;
import io.promwire.annotations.Histogram;
import io.promwire.runtime.HttpStatusException;
import java.util.stream.Collectors;

/** Browsing the catalog. */
public class CatalogRoutes {
  private final Catalog catalog;

  public CatalogRoutes(Catalog catalog) {
    this.catalog = catalog;
  }

  /** One product a line: {@code id name price}. */
  @Get("/products")
  public String list() {
    return catalog.all().stream().map(Product::describe).collect(Collectors.joining("\n", "", "\n"));
  }

  /**
   * One product. A lookup in memory is quick: these buckets tell the low milliseconds apart, where
   * the default ones (5 ms to 10 s) would put nearly every call in their first.
   */
  @Get("/products/{id}")
  @Histogram(
      name = "product_lookup_seconds",
      help = "Time to look up one product",
      buckets = {0.001, 0.005, 0.025, 0.1})
  public String product(String id) {
    Product product = catalog.find(id);
    if (product == null) {
      // The id is left out: a handler's message is sent as written, and this one came from the URL.
      throw new HttpStatusException(404, "no such product");
    }
    return product.describe();
  }
}
