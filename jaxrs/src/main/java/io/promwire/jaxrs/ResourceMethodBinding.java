package io.promwire.jaxrs;

import io.promwire.jaxrs.ResourceCatalogue.MethodTarget;
import io.promwire.runtime.Promwire;
import io.promwire.runtime.PromwireOptions;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;

/**
 * Binds each resource method, once at start-up, to what is recorded around it: the container calls
 * {@link #configure} for every resource method, and each gets a request filter of its own that
 * hands its template and metrics to {@link RequestRecorder} and raises its in-progress gauges. No
 * request looks anything up, and promwire's {@code Request} is made only for methods whose
 * recording reads it.
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
      if (!(context.getProperty(RequestState.PROPERTY) instanceof RequestState state)) {
        return; // not started: nothing will be recorded
      }
      state.target = target;
      if (target.readsRequest()) {
        state.request = JaxrsRequests.of(context, state.method, target.template());
      }
      if (target.own() == null) {
        return;
      }
      // A request is made whenever an excluded path could silence these metrics.
      if (options.excludedPathsSilenceAll()
          && state.request != null
          && options.isExcluded(state.request.path())) {
        return;
      }
      state.entered = target.own().enter(state.request);
    }
  }
}
