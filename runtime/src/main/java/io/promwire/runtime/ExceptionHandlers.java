package io.promwire.runtime;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The app-wide exception handlers of {@link PromwireOptions.Builder#exceptionHandler}: for an
 * exception a route threw, the handler registered for the most specific of its classes, found by
 * walking its superclasses. Immutable once built.
 */
final class ExceptionHandlers {
  private static final ExceptionHandlers NONE = new ExceptionHandlers(Map.of());

  private final Map<Class<?>, BiFunction<Throwable, Request, Response>> byType;

  private ExceptionHandlers(Map<Class<?>, BiFunction<Throwable, Request, Response>> byType) {
    this.byType = Map.copyOf(byType);
  }

  static ExceptionHandlers none() {
    return NONE;
  }

  boolean isEmpty() {
    return byType.isEmpty();
  }

  /**
   * The handler of an exception, or {@code null}. {@link HttpStatusException} is already a
   * response: only a handler registered for it (or a subclass of it) takes it, not one for {@code
   * RuntimeException} or {@code Exception}. A {@link VirtualMachineError} is never handled.
   */
  BiFunction<Throwable, Request, Response> find(Throwable thrown) {
    if (byType.isEmpty() || thrown instanceof VirtualMachineError) {
      return null;
    }
    for (Class<?> type = thrown.getClass(); type != null; type = type.getSuperclass()) {
      BiFunction<Throwable, Request, Response> handler = byType.get(type);
      if (handler != null) {
        return handler;
      }
      if (type == HttpStatusException.class) {
        return null;
      }
    }
    return null;
  }

  /** Collects handlers for {@link PromwireOptions.Builder}; a type registered again is replaced. */
  static final class Builder {
    private final Map<Class<?>, BiFunction<Throwable, Request, Response>> byType =
        new LinkedHashMap<>();

    <E extends Throwable> void add(Class<E> type, BiFunction<? super E, Request, Response> handler) {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(handler, "handler");
      if (VirtualMachineError.class.isAssignableFrom(type)) {
        throw new IllegalArgumentException(
            type.getName() + " cannot be handled: the JVM is not in a state to answer requests");
      }
      byType.put(type, (thrown, request) -> handler.apply(type.cast(thrown), request));
    }

    ExceptionHandlers build() {
      return byType.isEmpty() ? NONE : new ExceptionHandlers(byType);
    }
  }
}
