package io.promwire.example.shop.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The products on sale, read-only and in memory: the example's stand-in for a database. */
public final class Catalog {
  private final Map<String, Product> products = new LinkedHashMap<>();

  public Catalog(List<Product> products) {
    for (Product product : products) {
      this.products.put(product.id(), product);
    }
  }

  /** The three products the README's requests use. */
  public static Catalog sample() {
    return new Catalog(
        List.of(
            new Product("p-1", "teapot", 2500),
            new Product("p-2", "kettle", 4000),
            new Product("p-3", "mug", 850)));
  }

  /** The product with this id, or {@code null}. */
  public Product find(String id) {
    return products.get(id);
  }

  public Collection<Product> all() {
    return products.values();
  }
}
