package io.promwire.example.shop.orders;

import io.promwire.annotations.Counted;
import io.promwire.annotations.Label;
import io.promwire.annotations.LabelSource;
import io.promwire.annotations.Post;
import io.promwire.example.shop.catalog.Catalog;
import io.promwire.example.shop.catalog.Product;
import io.promwire.runtime.HttpStatusException;
import io.promwire.runtime.Request;
import io.promwire.runtime.Response;
import java.util.concurrent.atomic.AtomicLong;

/** Placing orders; each tenant says who it is in the {@code X-Tenant} header. */
public class OrderRoutes {
  private final Catalog catalog;
  private final AtomicLong lastOrder = new AtomicLong();

  public OrderRoutes(Catalog catalog) {
    this.catalog = catalog;
  }

  /** The body is the id of the product to order; answers {@code 201} with the order's location. */
  @Post("/orders")
  @Counted(
      name = "orders",
      help = "Order requests by tenant and status",
      labels = {
        @Label(name = "tenant", header = "X-Tenant"),
        @Label(name = "status", from = LabelSource.STATUS)
      })
  public Response place(Request request) {
    String productId = request.bodyAsString().strip();
    if (productId.isEmpty()) {
      throw new HttpStatusException(400, "send the id of a product as the body, such as p-1");
    }
    Product product = catalog.find(productId);
    if (product == null) {
      throw new HttpStatusException(404, "no such product");
    }
    long order = lastOrder.incrementAndGet();
    return Response.status(201)
        .header("Location", "/orders/" + order)
        .text("order " + order + ": " + product.name() + "\n");
  }
}
