package io.promwire.runtime;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * A wired application: every handler decorated, every metric registered, the routes ready to
 * serve. Made by the generated {@code PromwireBootstrap.builder()} or, to combine modules compiled
 * separately, by {@link #builder()}.
 */
public final class Promwire {
  private final PrometheusRegistry registry;
  private final PromwireOptions options;
  private final List<RouteTable> routeTables;

  private Promwire(PrometheusRegistry registry, PromwireOptions options, List<RouteTable> tables) {
    this.registry = registry;
    this.options = options;
    this.routeTables = List.copyOf(tables);
  }

  public static Builder builder() {
    return new Builder();
  }

  public PrometheusRegistry registry() {
    return registry;
  }

  public PromwireOptions options() {
    return options;
  }

  /** The route tables of every handler class, in module order. */
  public List<RouteTable> routeTables() {
    return routeTables;
  }

  /** The generated decorator of a handler class, for calling its methods directly. */
  public <D> D decorator(Class<D> decoratorType) {
    for (RouteTable table : routeTables) {
      if (decoratorType.isInstance(table.decorator())) {
        return decoratorType.cast(table.decorator());
      }
    }
    throw new IllegalArgumentException("no decorator of type " + decoratorType.getName());
  }

  /** Builds a {@link Promwire} from modules and handler instances. */
  public static final class Builder {
    private final List<PromwireModule> modules = new ArrayList<>();
    private final Map<Class<?>, Object> handlers = new LinkedHashMap<>();
    private PrometheusRegistry registry = PrometheusRegistry.defaultRegistry;
    private PromwireOptions options = PromwireOptions.defaults();

    private Builder() {}

    public Builder module(PromwireModule module) {
      modules.add(Objects.requireNonNull(module));
      return this;
    }

    /** Adds every module listed for {@link ServiceLoader} on the class path. */
    public Builder loadModules() {
      ServiceLoader.load(PromwireModule.class).forEach(modules::add);
      return this;
    }

    /** The instance to decorate for a handler class. */
    public <T> Builder handler(Class<T> type, T instance) {
      handlers.put(type, Objects.requireNonNull(instance, "instance"));
      return this;
    }

    /** Where metrics are registered; the default registry when none is given. */
    public Builder registry(PrometheusRegistry registry) {
      this.registry = Objects.requireNonNull(registry);
      return this;
    }

    public Builder options(PromwireOptions options) {
      this.options = Objects.requireNonNull(options);
      return this;
    }

    /** Decorates every handler and registers every metric. */
    public Promwire build() {
      Instruments instruments = Instruments.create(registry, options);
      Handlers given = new Handlers(handlers);
      List<RouteTable> tables = new ArrayList<>();
      for (PromwireModule module : modules) {
        tables.addAll(module.wire(given, instruments));
      }
      return new Promwire(registry, options, tables);
    }
  }
}
