package io.promwire.jaxrs;

/** The request properties promwire's filters hand each other a request's state in. */
final class RequestProperties {
  /** When the request started, from {@link System#nanoTime()}: a {@code Long}. */
  static final String START = "io.promwire.jaxrs.start";
  /**
   * The request method as sent: containers may answer a {@code HEAD} with the {@code GET} method
   * and say {@code GET} from then on.
   */
  static final String METHOD = "io.promwire.jaxrs.method";
  /** The matched resource method's {@link ResourceCatalogue.MethodTarget}. */
  static final String TARGET = "io.promwire.jaxrs.target";
  /** promwire's {@code Request} for label values, made once the method is known. */
  static final String REQUEST = "io.promwire.jaxrs.request";
  /** What the method's in-progress gauges entered. */
  static final String ENTERED = "io.promwire.jaxrs.entered";

  private RequestProperties() {}
}
