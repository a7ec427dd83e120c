package io.promwire.jaxrs;

import io.promwire.jaxrs.ResourceCatalogue.MethodTarget;
import io.promwire.runtime.Promwire;
import io.promwire.runtime.Request;
import io.promwire.runtime.adapter.DefaultHttpMetrics;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;

/**
 * Records each request once its response is final: after every other response filter, so with the
 * status the client gets, and for asynchronous resource methods when they complete. A request the
 * container matched to a resource method is recorded with that method's template and its own
 * metrics; any other (no resource for the path: {@code <unmatched>}; a {@code 405}, or an {@code
 * OPTIONS} the container answered itself: the template the container matched) with the default
 * HTTP metrics only.
 */
final class RequestRecorder implements ContainerResponseFilter {
  private final DefaultHttpMetrics defaults;
  private final KnownTemplates known;

  RequestRecorder(Promwire app, KnownTemplates known) {
    this.defaults = app.defaultHttpMetrics();
    this.known = known;
  }

  @Override
  public void filter(ContainerRequestContext context, ContainerResponseContext response) {
    if (!(context.getProperty(RequestState.PROPERTY) instanceof RequestState state)) {
      return; // the metrics endpoint, or already recorded
    }
    context.removeProperty(RequestState.PROPERTY);
    long elapsed = System.nanoTime() - state.start;
    int status = response.getStatus();
    Throwable error = null;
    if (response.getEntity() instanceof UnmappedExceptions.Unmapped unmapped) {
      error = unmapped.cause();
      response.setEntity(
          UnmappedExceptions.BODY, response.getEntityAnnotations(), MediaType.TEXT_PLAIN_TYPE);
    }
    MethodTarget target = state.target;
    if (target == null) {
      String template = status == 404 ? null : unroutedTemplate(context);
      defaults.record(
          JaxrsRequests.of(context, state.method, null), template, null, status, error, elapsed);
      return;
    }
    // Made when the method was matched if anything recorded reads it; null otherwise.
    Request request = state.request;
    if (target.defaults() != null) {
      target.defaults().record(state.method, request, status, error, elapsed);
    } else if (!target.untracked()) {
      String matched = matchedTemplate(context);
      String template = matched == null ? target.template() : matched;
      defaults.record(request, template, target.endpoint(), status, error, elapsed);
    }
    if (target.own() != null && state.entered != null) {
      target.own().exit(state.entered, request, status, null, error, elapsed);
    }
  }

  /**
   * The template of a request no resource method answered: the one the container matched, else
   * (Jersey matches none for a 405) the application's template the path matches.
   */
  private String unroutedTemplate(ContainerRequestContext context) {
    String matched = matchedTemplate(context);
    return matched != null ? matched : known.match(JaxrsRequests.path(context));
  }

  /** The template the container matched the path to, or {@code null} when it matched none. */
  private static String matchedTemplate(ContainerRequestContext context) {
    String matched = context.getUriInfo().getMatchedResourceTemplate();
    return matched == null || matched.isEmpty() ? null : Templates.normalize(matched);
  }
}
