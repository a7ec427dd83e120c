package com.example.shop;

import io.promwire.annotations.Counted;
import io.promwire.annotations.Gauge;
import io.promwire.annotations.Get;
import io.promwire.annotations.Histogram;
import io.promwire.annotations.Label;
import io.promwire.annotations.LabelSource;
import io.promwire.annotations.Post;
import io.promwire.runtime.Response;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Routes and a decorated method that answer later, through a stage. */
public class Shipping {
  @Get("/shipments/{id}")
  @Histogram(name = "shipment_lookup_seconds", help = "Shipment lookups by status",
      labels = @Label(name = "status", from = LabelSource.STATUS))
  public CompletableFuture<String> shipment(String id) {
    return CompletableFuture.completedFuture(id);
  }

  @Get("/shipments/{id}/label")
  public CompletionStage<Response> label(String id) {
    return CompletableFuture.completedFuture(Response.ok(id));
  }

  @Post("/shipments/{id}/cancel")
  @Gauge(name = "cancellations_in_progress", help = "Cancellations in progress")
  public CompletableFuture<Void> cancel(String id) {
    return CompletableFuture.completedFuture(null);
  }

  @Get("/shipments/{id}/manifest")
  public CompletionStage<byte[]> manifest(String id) {
    return CompletableFuture.completedFuture(new byte[0]);
  }

  @Counted(name = "quotes", help = "Shipping quotes by outcome",
      labels = @Label(name = "exception", from = LabelSource.EXCEPTION))
  @Gauge(name = "quotes_in_progress", help = "Quotes in progress")
  public CompletionStage<Integer> quote(String region) {
    return CompletableFuture.completedFuture(region.length());
  }
}
