package io.promwire.jaxrs;

import io.promwire.runtime.Promwire;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.util.Objects;

/**
 * promwire in a Jakarta REST application: register one in the {@code Application} or {@code
 * ResourceConfig}.
 *
 * <pre>{@code
 * Promwire app = PromwireBootstrap.builder().build();
 * ResourceConfig config = new ResourceConfig(ItemResource.class).register(new PromwireFeature(app));
 * }</pre>
 *
 * It registers:
 *
 * <ul>
 *   <li>a pre-matching request filter that starts each request's clock and answers scrapes at the
 *       options' metrics path ({@link MetricsEndpoint});
 *   <li>a dynamic feature that, once per resource method at start-up, finds the method's template
 *       and metrics as the processor generated them ({@link ResourceMethodBinding});
 *   <li>a response filter that records the default HTTP metrics and the method's own metrics with
 *       the status finally sent ({@link RequestRecorder});
 *   <li>an exception mapper for exceptions nothing else maps: a {@code 500} with a body that
 *       reveals nothing, counted in {@code http_request_exceptions_total} ({@link
 *       UnmappedExceptions}).
 * </ul>
 */
public final class PromwireFeature implements Feature {
  private final Promwire app;

  /**
   * The feature for one wired app: its registry, options and default metrics, and the metrics of
   * the resource classes its generated bootstrap registered.
   *
   * @param app the app, as the generated {@code PromwireBootstrap.builder().build()} returns it
   */
  public PromwireFeature(Promwire app) {
    this.app = Objects.requireNonNull(app, "app");
  }

  /**
   * Registers promwire's filters, dynamic feature and exception mapper in the application.
   *
   * @return {@code true}: the feature is enabled
   */
  @Override
  public boolean configure(FeatureContext context) {
    ResourceCatalogue catalogue = ResourceCatalogue.of(app);
    KnownTemplates known = new KnownTemplates();
    // The clock starts before every other filter and stops after every other response filter,
    // so that the status recorded is the one finally sent.
    context.register(new RequestStart(app), Integer.MIN_VALUE);
    context.register(new ResourceMethodBinding(app, catalogue, known));
    context.register(new RequestRecorder(app, known), Integer.MIN_VALUE);
    context.register(new UnmappedExceptions());
    context.register(new UnmappedExceptions.BodyWriter());
    return true;
  }
}
