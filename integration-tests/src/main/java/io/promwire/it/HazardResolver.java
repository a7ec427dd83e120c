package io.promwire.it;

import io.promwire.runtime.LabelResolver;
import io.promwire.runtime.Request;
import io.promwire.runtime.Response;

/** Throws for mode {@code throw}, returns null for {@code null}, else {@code ok}. */
public class HazardResolver implements LabelResolver {
  @Override
  public String resolve(Request request, Response response, Throwable error) {
    String mode = request == null ? "direct" : request.pathParam("mode");
    return switch (mode) {
      case "throw" -> throw new IllegalStateException("hazard: resolver failed");
      case "null" -> null;
      default -> "ok";
    };
  }
}
