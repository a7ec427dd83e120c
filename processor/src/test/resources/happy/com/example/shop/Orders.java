package com.example.shop;

import io.promwire.annotations.Counted;
import io.promwire.annotations.Delete;
import io.promwire.annotations.Label;
import io.promwire.annotations.Put;

/** No public no-argument constructor: the bootstrap must be given an instance. */
public class Orders {
  private final String store;

  public Orders(String store) {
    this.store = store;
  }

  @Put("/orders/{id}")
  @Counted(name = "catalog_lookups", help = "Catalog lookups",
      labels = @Label(name = "outcome", value = "order"))
  public String put(long id) {
    return store + id;
  }

  /** A handler nested in another: its decorator is Orders_Admin_Metrics. */
  public static class Admin {
    @Delete("/orders/{id}")
    public void cancel(long id) {
    }
  }
}
