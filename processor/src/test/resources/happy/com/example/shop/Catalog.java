package com.example.shop;

import io.promwire.annotations.Counted;
import io.promwire.annotations.Get;
import io.promwire.annotations.Histogram;
import io.promwire.annotations.Label;
import io.promwire.annotations.LabelSource;
import io.promwire.annotations.PathParam;
import io.promwire.annotations.QueryParam;
import io.promwire.annotations.RoutePrefix;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** A handler that implements an interface, so its decorator must implement it too. */
@RoutePrefix("/catalog/")
public class Catalog implements CatalogApi<Item> {
  private final List<Item> items = List.of(new Item("1", "lamp"), new Item("2", "desk"));

  @Override
  @Counted(name = "catalog_lookups", help = "Catalog lookups",
      labels = @Label(name = "outcome", from = LabelSource.EXCEPTION))
  public Item find(String id) {
    return items.stream()
        .filter(i -> i.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(id));
  }

  @Override
  public List<Item> all() {
    return items;
  }

  @Override
  public <R> R transform(Function<? super List<Item>, R> function) {
    return function.apply(items);
  }

  @Get("/entries/{entry}")
  @Histogram(name = "catalog_entry_seconds", help = "Catalog entry latency",
      buckets = {0.01, 0.1, 1})
  public String entry(@PathParam("entry") UUID id, @QueryParam("verbose") boolean verbose) {
    return verbose ? "entry " + id : id.toString();
  }
}
