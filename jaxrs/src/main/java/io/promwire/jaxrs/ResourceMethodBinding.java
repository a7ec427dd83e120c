package io.promwire.jaxrs;

import io.prometheus.metrics.core.datapoints.GaugeDataPoint;
import io.promwire.jaxrs.ResourceCatalogue.MethodTarget;
import io.promwire.runtime.Promwire;
import io.promwire.runtime.PromwireOptions;
import io.promwire.runtime.Request;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;

/**
 * Binds each resource method, once at start-up, to what is recorded around it: the container calls
 * {@link #configure} for every resource method, and each gets a request filter of its own that
 * hands its template and metrics to {@link RequestRecorder} and raises its in-progress gauges. No
 * request looks anything up.
 */
final class ResourceMethodBinding implements DynamicFeature {
  private final Promwire app;
  private final ResourceCatalogue catalogue;
  private final KnownTemplates known;

  ResourceMethodBinding(Promwire app, ResourceCatalogue catalogue, KnownTemplates known) {
    this.app = app;
    this.catalogue = catalogue;
    this.known = known;
  }

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    if (resource.getResourceMethod() == null || resource.getResourceClass() == null) {
      return;
    }
    MethodTarget target = catalogue.find(resource.getResourceClass(), resource.getResourceMethod());
    if (!target.subResource()) {
      known.add(target.template());
    }
    context.register(new MethodEntry(target, app.options()), Integer.MIN_VALUE);
  }

  /** The request filter of one resource method. */
  static final class MethodEntry implements ContainerRequestFilter {
    private final MethodTarget target;
    private final PromwireOptions options;

    MethodEntry(MethodTarget target, PromwireOptions options) {
      this.target = target;
      this.options = options;
    }

    @Override
    public void filter(ContainerRequestContext context) {
      context.setProperty(RequestProperties.TARGET, target);
      if (target.own() == null) {
        return;
      }
      Request request = JaxrsRequests.of(context, target.template());
      context.setProperty(RequestProperties.REQUEST, request);
      if (options.excludedPathsSilenceAll() && options.isExcluded(request.path())) {
        return;
      }
      GaugeDataPoint[] entered = target.own().enter(request);
      context.setProperty(RequestProperties.ENTERED, entered);
    }
  }
}
