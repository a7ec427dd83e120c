package io.promwire.runtime;

import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.promwire.runtime.adapter.DefaultHttpMetrics;
import io.promwire.runtime.adapter.ServedApp;
import io.promwire.runtime.internal.Handlers;
import io.promwire.runtime.internal.HttpMetrics;
import io.promwire.runtime.internal.Instruments;
import io.promwire.runtime.internal.LibraryVersion;
import io.promwire.runtime.internal.PromwireModule;
import io.promwire.runtime.internal.RouteTable;
import io.promwire.runtime.jdk.MetricsServer;
import io.promwire.runtime.jdk.PromwireServer;
import io.promwire.runtime.jdk.ServerOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.concurrent.CompletionStage;

/**
 * A wired application: every handler decorated, every metric registered, the routes ready to
 * serve. Made by the generated {@code PromwireBootstrap.builder()} or, to combine modules compiled
 * separately, by {@link #builder()}.
 *
 * <pre>{@code
 * try (PromwireServer server = app.serve(8080)) { ... }  // routes and /metrics
 * app.serveMetrics("127.0.0.1", 9100);                   // metrics on a port of their own
 * String text = app.metricsText();                        // or expose them yourself
 * }</pre>
 */
public final class Promwire implements ServedApp {
  private final PrometheusRegistry registry;
  private final PromwireOptions options;
  private final List<RouteTable> routeTables;
  private final Dispatcher dispatcher;
  private final DefaultHttpMetrics defaultHttpMetrics;

  private Promwire(
      PrometheusRegistry registry,
      PromwireOptions options,
      List<RouteTable> tables,
      Dispatcher dispatcher,
      DefaultHttpMetrics defaultHttpMetrics) {
    this.registry = registry;
    this.options = options;
    this.routeTables = List.copyOf(tables);
    this.dispatcher = dispatcher;
    this.defaultHttpMetrics = defaultHttpMetrics;
  }

  /**
   * {@return a builder that combines modules compiled separately; one compilation's handlers are
   * wired more simply by its generated {@code PromwireBootstrap.builder()}}
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public PrometheusRegistry registry() {
    return registry;
  }

  @Override
  public PromwireOptions options() {
    return options;
  }

  /** {@return whether any handler class has routes; an app of decorated methods alone has none} */
  public boolean hasRoutes() {
    return routeTables.stream().anyMatch(table -> !table.routes().isEmpty());
  }

  /** {@return promwire's own version, as its {@code exporter_info} metric shows it} */
  public static String version() {
    return LibraryVersion.get();
  }

  /**
   * Serves one request, whatever the server: finds its route (see below), calls the handler and
   * records the default HTTP metrics and the route's own metrics, which share one duration. Never
   * throws, except a {@link VirtualMachineError} from the handler.
   *
   * <ul>
   *   <li>A literal path segment wins over a {@code {param}}; trailing slashes are significant
   *       ({@code /items/} does not match {@code /items}).
   *   <li>No route for the path: 404; routes for other methods only: 405 with {@code Allow}; a
   *       path that is not valid percent-encoded UTF-8 ({@link Request#fromRawPath}): 400. These
   *       are recorded with {@code path} {@value PromwireOptions#UNMATCHED_PATH}, except the 405,
   *       recorded with the template that matched the path.
   *   <li>{@code HEAD} is answered by a {@code GET} route and recorded with method {@code HEAD};
   *       the response keeps the body, which the server adapter does not send.
   *   <li>{@link HttpStatusException}: its status, its message as plain text. Any other exception:
   *       500 with a fixed body that reveals nothing of it; it is logged through {@link
   *       System.Logger} and counted in {@code http_request_exceptions_total}.
   *   <li>An exception for which {@link PromwireOptions.Builder#exceptionHandler} registered a
   *       handler (the most specific class wins): the handler's response, which every metric
   *       records as the answer and none as an exception.
   *   <li>A route method that returns a {@code CompletionStage}: answered when the stage
   *       completes, as if the method had returned its result or thrown its failure; a cancelled
   *       stage, and one not complete within {@link PromwireOptions#asyncTimeout()}, give 503.
   *       This method waits for that answer; server adapters use {@link #dispatchAsync} instead.
   * </ul>
   */
  @Override
  public Response dispatch(Request request) {
    return dispatcher.dispatch(request);
  }

  /**
   * Serves one request as {@link #dispatch} does, without waiting for a route that answers through
   * a {@code CompletionStage}: the stage returned completes with the answer once every metric of
   * the request is recorded. For every other request it is complete on return.
   */
  @Override
  public CompletionStage<Response> dispatchAsync(Request request) {
    return dispatcher.dispatchAsync(request);
  }

  /**
   * The default HTTP metrics, for recording requests that something other than the route tables
   * served, such as another servlet of the same container.
   */
  @Override
  public DefaultHttpMetrics defaultHttpMetrics() {
    return defaultHttpMetrics;
  }

  /**
   * Serves the routes and the metrics endpoint on {@code port} of every interface, with the JDK's
   * own HTTP server: {@link PromwireServer#start(ServedApp, ServerOptions)}.
   *
   * @param port the port; 0 picks a free one, which {@link PromwireServer#port()} tells
   * @return the running server; close it to stop
   */
  public PromwireServer serve(int port) {
    return serve(ServerOptions.builder().port(port).build());
  }

  /**
   * Serves the routes and the metrics endpoint as the server options say.
   *
   * @param serverOptions the address, port, executor and limits of the server
   * @return the running server; close it to stop
   */
  public PromwireServer serve(ServerOptions serverOptions) {
    return PromwireServer.start(this, serverOptions);
  }

  /**
   * {@link #serveMetrics(String, int)} on every interface.
   *
   * @param port the port; 0 picks a free one, which {@link PromwireServer#port()} tells
   * @return the running metrics server; stop it with {@link PromwireServer#stop()}
   */
  public PromwireServer serveMetrics(int port) {
    return serveMetrics(null, port);
  }

  /**
   * Serves the metrics alone on a port of their own with promwire's JDK server, protected by {@link
   * PromwireOptions#metricsAuth()}, at {@link PromwireOptions#metricsPath()} or {@code /metrics}
   * when that is null (set it to null to serve metrics on this port only). It has the default
   * {@link ServerOptions}: the same read and write deadlines and limits as the app's own port.
   * Stop it with {@link PromwireServer#stop()}.
   *
   * @param bindAddress the host name or address, such as {@code "127.0.0.1"}; null for every
   *     interface
   * @param port the port; 0 picks a free one, which {@link PromwireServer#port()} tells
   * @return the running metrics server
   */
  public PromwireServer serveMetrics(String bindAddress, int port) {
    return MetricsServer.start(this, bindAddress, port);
  }

  /**
   * As {@link #serveMetrics(String, int)}, listening and bounded as the server options say.
   *
   * @param serverOptions where to listen, and the limits and deadlines of the app's own port
   * @return the running metrics server
   */
  public PromwireServer serveMetrics(ServerOptions serverOptions) {
    return MetricsServer.start(this, serverOptions);
  }

  /** {@return the current metrics in the Prometheus text format, for exposing them yourself} */
  public String metricsText() {
    return MetricsExposition.text(registry);
  }

  /**
   * {@return the metric families named, in the Prometheus text format}
   *
   * <p>As prometheus-flask-exporter's {@code generate_metrics(names=...)}, filtered as the metrics
   * endpoint's {@code name[]}: a family is kept, whole, when a name is its own or one of its
   * samples' ({@code x_total}, {@code x_count}, {@code x_bucket}, ...).
   *
   * @param names the names to keep; none for every family
   */
  public String metricsText(String... names) {
    return MetricsExposition.text(registry, names);
  }

  /**
   * {@return the generated decorator of a handler class, for calling its methods directly}
   *
   * @param <D> the decorator's type
   * @param decoratorType the generated decorator class, such as {@code ItemRoutes_Metrics}
   * @throws IllegalArgumentException when no module of this app made a decorator of that type
   */
  public <D> D decorator(Class<D> decoratorType) {
    for (RouteTable table : routeTables) {
      if (decoratorType.isInstance(table.decorator())) {
        return decoratorType.cast(table.decorator());
      }
    }
    throw new IllegalArgumentException("no decorator of type " + decoratorType.getName());
  }

  /**
   * Every generated object of {@code type} the app was wired with, in module order: server adapters
   * find what the processor generated for them this way, such as the Jakarta REST adapter the
   * metrics of resource classes.
   *
   * @param <D> the generated type
   * @param type the generated class or an interface it implements
   * @return the objects found; empty when there are none
   */
  public <D> List<D> decorators(Class<D> type) {
    List<D> found = new ArrayList<>();
    for (RouteTable table : routeTables) {
      if (type.isInstance(table.decorator())) {
        found.add(type.cast(table.decorator()));
      }
    }
    return List.copyOf(found);
  }

  /** client_java's JVM metrics, with the static default labels as every metric of the app. */
  private static void registerJvmMetrics(PrometheusRegistry registry, PromwireOptions options) {
    try {
      JvmMetrics.builder().constLabels(Instruments.constantLabels(options)).register(registry);
    } catch (IllegalArgumentException clash) {
      // client_java says only "<name>: duplicate label name".
      throw new IllegalArgumentException(
          "a default label has the name of a label of client_java's JVM metrics ("
              + clash.getMessage()
              + "): rename the default label, or turn JVM metrics off with"
              + " PromwireOptions.jvmMetrics(false)",
          clash);
    }
  }

  /** Builds a {@link Promwire} from modules and handler instances. */
  public static final class Builder {
    private final List<PromwireModule> modules = new ArrayList<>();
    private final Map<Class<?>, Object> handlers = new LinkedHashMap<>();
    private PrometheusRegistry registry = PrometheusRegistry.defaultRegistry;
    private PromwireOptions options = PromwireOptions.defaults();
    private boolean loadedModules;

    private Builder() {}

    /**
     * Adds a module: the generated bootstrap of one compilation.
     *
     * @param module the module
     * @return this builder
     */
    public Builder module(PromwireModule module) {
      modules.add(Objects.requireNonNull(module));
      return this;
    }

    /**
     * Adds every module listed for {@link ServiceLoader} on the class path; {@link #build()} fails
     * when there is none.
     *
     * @return this builder
     */
    public Builder loadModules() {
      loadedModules = true;
      ServiceLoader.load(PromwireModule.class).forEach(modules::add);
      return this;
    }

    /**
     * Gives the instance to decorate for a handler class.
     *
     * @param <T> the handler class
     * @param type the handler class
     * @param instance the instance whose methods the decorator calls
     * @return this builder
     */
    public <T> Builder handler(Class<T> type, T instance) {
      handlers.put(type, Objects.requireNonNull(instance, "instance"));
      return this;
    }

    /**
     * Sets where metrics are registered; the default registry when none is given.
     *
     * @param registry the registry
     * @return this builder
     */
    public Builder registry(PrometheusRegistry registry) {
      this.registry = Objects.requireNonNull(registry);
      return this;
    }

    /**
     * Sets the metric names, buckets, labels and endpoint options; {@link
     * PromwireOptions#defaults()} when none are given.
     *
     * @param options the options
     * @return this builder
     */
    public Builder options(PromwireOptions options) {
      this.options = Objects.requireNonNull(options);
      return this;
    }

    /**
     * Decorates every handler, registers every metric (the default HTTP metrics, the exporter info
     * and JVM metrics as the options say) and resolves every route.
     *
     * @return the wired application
     * @throws IllegalStateException when two routes match the same requests; when no module claims
     *     a class given with {@link #handler}, or {@link #loadModules()} found no module: both mean
     *     that the processor did not run, and the message says how to add it
     */
    public Promwire build() {
      ModuleCheck.require(modules, handlers.keySet(), loadedModules);
      Instruments instruments = Instruments.create(registry, options);
      HttpMetrics defaults = HttpMetrics.register(instruments);
      if (options.jvmMetrics()) {
        registerJvmMetrics(registry, options);
      }
      Handlers given = Handlers.of(handlers);
      List<RouteTable> tables = new ArrayList<>();
      for (PromwireModule module : modules) {
        tables.addAll(module.wire(given, instruments));
      }
      return new Promwire(
          registry,
          options,
          tables,
          Dispatcher.create(tables, instruments, defaults),
          DefaultHttpMetrics.of(defaults, options));
    }
  }
}
