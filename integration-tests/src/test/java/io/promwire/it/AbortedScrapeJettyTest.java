package io.promwire.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.promwire.runtime.Promwire;
import io.promwire.servlet.PromwireMetricsServlet;
import io.promwire.servlet.PromwireServletInitializer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.junit.jupiter.api.Test;

/**
 * Fifty clients that reset their scrape once the answer has begun, on Jetty through
 * promwire-servlet: promwire logs it once per kind of failure, at DEBUG and without a stack trace,
 * and no failure reaches the container, which would log it as it sees fit (a stack trace per
 * request, for some). The next scrape is answered whole.
 */
class AbortedScrapeJettyTest {
  private static final int ABORTING_CLIENTS = 50;
  /** Series enough for an answer far larger than the loopback buffers of a client that stops. */
  private static final int SERIES = 20_000;

  @Test
  void abortedScrapesAreLoggedOncePerKindAndNeverReachTheContainer() throws Exception {
    Promwire app =
        io.promwire.example.quickstart.PromwireBootstrap.builder()
            .itemRoutes(new io.promwire.example.quickstart.ItemRoutes())
            .registry(new PrometheusRegistry())
            .build();
    Counter padding =
        Counter.builder().name("padding").help("Makes the scrape large").labelNames("value")
            .register(app.registry());
    for (int i = 0; i < SERIES; i++) {
      padding.labelValues("a value long enough to take some room " + i).inc();
    }
    List<Throwable> toContainer = new CopyOnWriteArrayList<>();
    Logger logger = Logger.getLogger(PromwireMetricsServlet.class.getName());
    List<LogRecord> logged = new CopyOnWriteArrayList<>();
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord record) {
        logged.add(record);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Level level = logger.getLevel();
    logger.setLevel(Level.ALL);
    logger.addHandler(capture);
    try (RunningApp jetty =
        JettyApp.serve(
            app,
            "",
            context -> {
              context.addServletContainerInitializer(
                  (classes, servlets) -> PromwireServletInitializer.register(servlets, app));
              context.addFilter(
                  new FilterHolder(new ToContainer(toContainer)),
                  "/metrics",
                  EnumSet.of(DispatcherType.REQUEST));
            })) {
      for (int i = 0; i < ABORTING_CLIENTS; i++) {
        abortScrape(jetty.port());
      }
      // The last abort may still be on its way through the server; this scrape comes after it.
      String scrape = jetty.scrape();

      assertThat(scrape).contains("padding_total{value=\"a value long enough to take some room 0\"}");
      assertThat(toContainer).isEmpty();
      assertThat(logged).hasSizeBetween(1, 3);
      assertThat(logged)
          .allSatisfy(
              record -> {
                assertThat(record.getLevel()).isEqualTo(Level.FINE);
                assertThat(record.getThrown()).isNull();
                assertThat(record.getMessage()).contains("the client went away");
              });
    } finally {
      logger.removeHandler(capture);
      logger.setLevel(level);
    }
  }

  /** Asks for a scrape, reads the first bytes of the answer, then resets the connection. */
  private static void abortScrape(int port) throws IOException {
    Socket socket = new Socket();
    socket.setReceiveBufferSize(4096);
    socket.connect(new InetSocketAddress("127.0.0.1", port), 30_000);
    socket.setSoTimeout(60_000);
    socket.getOutputStream()
        .write("GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    InputStream in = socket.getInputStream();
    assertThat(in.read(new byte[100])).isPositive();
    socket.setSoLinger(true, 0);
    socket.close();
  }

  /** Notes what the metrics servlet throws to the container, and passes it on. */
  private record ToContainer(List<Throwable> thrown) implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      try {
        chain.doFilter(request, response);
      } catch (IOException | ServletException | RuntimeException e) {
        thrown.add(e);
        throw e;
      }
    }
  }
}
