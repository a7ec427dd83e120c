package com.example.rest;

import io.promwire.jaxrs.internal.ResolvedResourceMethod;
import io.promwire.jaxrs.internal.ResourceMethod;
import io.promwire.jaxrs.internal.ResourceMetrics;
import io.promwire.runtime.LabelDefinition;
import io.promwire.runtime.MetricDefinition;
import io.promwire.runtime.internal.Instruments;
import io.promwire.runtime.internal.RouteTable;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The resource methods of {@link ItemResource}, with the template and metrics of each.
 */
@Generated("io.promwire.processor.PromwireProcessor")
public final class ItemResource_ResourceMetrics implements ResourceMetrics {
  static final MetricDefinition REST_INFO =
      MetricDefinition.info("rest_info", "REST app info")
          .label(LabelDefinition.constant("version", "2"));

  static final MetricDefinition INVOCATION_BY_TYPE =
      MetricDefinition.counter("invocation_by_type", "Number of invocations by type")
          .label(LabelDefinition.pathParam("item_type", "type"));

  static final MetricDefinition NOTE_SECONDS =
      MetricDefinition.histogram("note_seconds", "Time to add a note", 0.005, 0.01, 0.025, 0.05,
          0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0)
          .label(LabelDefinition.status("status"))
          .label(LabelDefinition.path("path"))
          .label(LabelDefinition.header("tenant", "X-Tenant"));

  static final MetricDefinition SLOW_IN_PROGRESS = MetricDefinition.gauge("slow_in_progress",
      "Slow requests in progress");

  private final List<ResolvedResourceMethod> resourceMethods;

  public ItemResource_ResourceMetrics(Instruments instruments) {
    instruments.info(REST_INFO);
    this.resourceMethods = List.of(
        ResourceMethod.of("GET", "/items", "ItemResource.list", "list")
            .resolve(instruments),
        ResourceMethod.of("GET", "/items/{type}", "ItemResource.byType", "byType", String.class)
            .recording(INVOCATION_BY_TYPE)
            .doNotTrack()
            .resolve(instruments),
        ResourceMethod.of("POST", "/items/{id}/notes", "ItemResource.addNote", "addNote",
            long.class, boolean.class, String.class)
            .recording(NOTE_SECONDS)
            .resolve(instruments),
        ResourceMethod.of("GET", "/items/slow", "ItemResource.slow", "slow")
            .recording(SLOW_IN_PROGRESS)
            .resolve(instruments));
  }

  @Override
  public Class<?> resourceClass() {
    return ItemResource.class;
  }

  @Override
  public List<ResolvedResourceMethod> resourceMethods() {
    return resourceMethods;
  }

  /**
   * This, for the app to keep: a resource has no routes of promwire's own to serve.
   */
  public RouteTable routes() {
    return new RouteTable(ItemResource.class, this, List.of());
  }
}
