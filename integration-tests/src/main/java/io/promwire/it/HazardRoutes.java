package io.promwire.it;

import io.promwire.annotations.Counted;
import io.promwire.annotations.Get;
import io.promwire.annotations.Label;
import io.promwire.annotations.LabelSource;

/** Routes that fail on purpose, for the failure isolation and load tests. */
public class HazardRoutes {
  /** An Error that is a bug in the handler, not a JVM in trouble. */
  public static final class BrokenInvariant extends Error {
    public BrokenInvariant() {
      super("hazard: broken invariant");
    }
  }

  @Get("/hazard/error")
  @Counted(
      name = "hazard_errors",
      help = "Calls of a handler that throws an Error",
      labels = @Label(name = "exception", from = LabelSource.EXCEPTION))
  public String error() {
    throw new BrokenInvariant();
  }

  @Get("/hazard/label/{mode}")
  @Counted(
      name = "hazard_labels",
      help = "Calls labelled by a resolver that may fail",
      labels = @Label(name = "outcome", resolver = HazardResolver.class))
  public String label(String mode) {
    return mode;
  }
}
