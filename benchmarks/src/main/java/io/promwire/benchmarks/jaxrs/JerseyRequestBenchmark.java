package io.promwire.benchmarks.jaxrs;

import jakarta.ws.rs.core.SecurityContext;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.security.Principal;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.spi.ContainerResponseWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * (9) One {@code GET /items/book} through Jersey's own request processing, without sockets: the
 * request made as Jersey's Grizzly container makes it ({@link ContainerRequest} with a {@code
 * Host} header and a properties map), handed to the {@link ApplicationHandler} of the same
 * application {@code jaxrs-overhead.sh} serves ({@link JerseyBenchApp#config}), its response
 * written to a discarding stream. {@code mode}: {@code none}, {@code emptyFilters} (promwire's
 * three filters doing nothing: what the container spends on running filters at all), {@code
 * promwire} (promwire-jaxrs, default HTTP metrics), {@code micrometer} (jersey-micrometer). What a
 * side costs per request is its row minus {@code none}'s, in time and in bytes allocated ({@code
 * -prof gc}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class JerseyRequestBenchmark {
  private static final URI BASE = URI.create("http://127.0.0.1:18091/");
  private static final URI ITEM = URI.create("http://127.0.0.1:18091/items/book");
  private static final URI METRICS = URI.create("http://127.0.0.1:18091/metrics");

  @Param({"none", "emptyFilters", "promwire", "micrometer"})
  public String mode;

  /** A socket's stream minus the socket: Jersey closes it after every response. */
  private static final OutputStream DISCARD =
      new OutputStream() {
        @Override
        public void write(int b) {}

        @Override
        public void write(byte[] b, int off, int len) {}
      };

  private ApplicationHandler handler;
  private final DiscardingWriter writer = new DiscardingWriter();

  @Setup(Level.Trial)
  public void setUp() {
    handler = new ApplicationHandler(JerseyBenchApp.config(mode));
    int status = request();
    if (status != 200) {
      throw new IllegalStateException("GET /items/book answered " + status);
    }
    if (mode.equals("promwire") || mode.equals("micrometer")) {
      String scrape = scrape();
      String recorded =
          mode.equals("promwire")
              ? "http_request_duration_seconds_count{method=\"GET\",path=\"/items/{type}\""
              : "http_server_requests_seconds_count{";
      if (!scrape.contains(recorded)) {
        throw new IllegalStateException("the " + mode + " side recorded nothing:\n" + scrape);
      }
    }
  }

  /** One request, answered in full; returns its status. */
  @Benchmark
  public int request() {
    ContainerRequest request = newRequest(ITEM);
    handler.handle(request);
    return writer.status;
  }

  private ContainerRequest newRequest(URI uri) {
    ContainerRequest request =
        new ContainerRequest(
            BASE, uri, "GET", Insecure.INSTANCE, new MapPropertiesDelegate(),
            handler.getConfiguration());
    request.header("Host", "127.0.0.1:18091");
    request.setWriter(writer);
    return request;
  }

  private String scrape() {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    writer.out = body;
    try {
      handler.handle(newRequest(METRICS));
    } finally {
      writer.out = DISCARD;
    }
    return body.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** What a container's writer does, minus the socket: the status kept, the body discarded. */
  private static final class DiscardingWriter implements ContainerResponseWriter {
    private OutputStream out = DISCARD;
    private int status;

    @Override
    public OutputStream writeResponseStatusAndHeaders(
        long contentLength, ContainerResponse response) {
      status = response.getStatus();
      return out;
    }

    @Override
    public boolean suspend(long timeOut, TimeUnit timeUnit, TimeoutHandler timeoutHandler) {
      return false;
    }

    @Override
    public void setSuspendTimeout(long timeOut, TimeUnit timeUnit) {}

    @Override
    public void commit() {}

    @Override
    public void failure(Throwable error) {
      throw new IllegalStateException("the request failed", error);
    }

    @Override
    public boolean enableResponseBuffering() {
      return false;
    }
  }

  /** The security context of a plain HTTP request with no user, as Grizzly's container gives. */
  private enum Insecure implements SecurityContext {
    INSTANCE;

    @Override
    public Principal getUserPrincipal() {
      return null;
    }

    @Override
    public boolean isUserInRole(String role) {
      return false;
    }

    @Override
    public boolean isSecure() {
      return false;
    }

    @Override
    public String getAuthenticationScheme() {
      return null;
    }
  }
}
