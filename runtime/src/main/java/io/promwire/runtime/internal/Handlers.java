package io.promwire.runtime.internal;

import java.util.Map;
import java.util.function.Supplier;

/** The handler instances a user gave, by class, as generated modules look them up. */
public final class Handlers {
  private final Map<Class<?>, Object> instances;

  private Handlers(Map<Class<?>, Object> instances) {
    this.instances = Map.copyOf(instances);
  }

  /** The instances given, by the class each was given for. */
  public static Handlers of(Map<Class<?>, Object> instances) {
    return new Handlers(instances);
  }

  /** The instance given for {@code type}, or a new one from {@code create}. */
  public <T> T get(Class<T> type, Supplier<? extends T> create) {
    Object given = instances.get(type);
    return given != null ? type.cast(given) : create.get();
  }

  /**
   * The instance given for {@code type}, which has no public no-argument constructor.
   *
   * @param setter the builder method that takes it, named in the error when it is missing
   */
  public <T> T require(Class<T> type, String setter) {
    Object given = instances.get(type);
    if (given == null) {
      throw new IllegalStateException(
          "No instance of "
              + type.getName()
              + " was given and promwire cannot create one (it has no public no-argument"
              + " constructor): pass one with "
              + setter);
    }
    return type.cast(given);
  }
}
