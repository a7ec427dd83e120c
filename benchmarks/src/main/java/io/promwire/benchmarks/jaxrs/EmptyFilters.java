package io.promwire.benchmarks.jaxrs;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

/**
 * The filters promwire-jaxrs registers, doing nothing: a pre-matching request filter, one request
 * filter per resource method bound by a dynamic feature, and a response filter. What the container
 * spends on running them is the floor of any filter-based recording ({@code --mode emptyFilters}).
 */
final class EmptyFilters implements Feature {
  @Override
  public boolean configure(FeatureContext context) {
    context.register(new Start(), Integer.MIN_VALUE);
    context.register(new PerMethod());
    context.register(new End(), Integer.MIN_VALUE);
    return true;
  }

  @PreMatching
  private static final class Start implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {}
  }

  private static final class PerMethod implements DynamicFeature {
    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
      context.register(new Entry(), Integer.MIN_VALUE);
    }
  }

  private static final class Entry implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {}
  }

  private static final class End implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {}
  }
}
