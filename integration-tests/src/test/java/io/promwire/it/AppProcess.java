package io.promwire.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An app served by {@link AppProcessMain} in a JVM of its own with a small heap, so that a test
 * can measure that heap or let the app run short of it without harming the test's own JVM. The
 * child prints what it is asked on standard output; everything it writes is kept, to look for
 * {@code OutOfMemoryError}s. The child exits when this side closes it, or dies.
 */
final class AppProcess implements AutoCloseable {
  /** How long the child may take to start, or to answer one command, on a loaded machine. */
  private static final long ANSWER_SECONDS = 120;

  private final Process process;
  private final Writer commands;
  private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
  private final StringBuffer output = new StringBuffer();
  private final int port;

  private AppProcess(Process process) throws IOException, InterruptedException {
    this.process = process;
    this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    Thread reader = new Thread(this::readOutput, "app-process-output");
    reader.setDaemon(true);
    reader.start();
    this.port = Integer.parseInt(answer("port"));
  }

  /**
   * Starts {@code app} (a name {@link AppProcessMain} knows) on {@code server} ({@code jdk} or
   * {@code jetty}) in a JVM with {@code -Xmx<maxHeapMiB>m}, on a free loopback port.
   */
  static AppProcess start(String server, String app, int maxHeapMiB)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + maxHeapMiB + "m");
    // The test JVM's logging and server settings, as surefire passes them.
    for (String property :
        List.of(
            "java.util.logging.config.file",
            "sun.net.httpserver.nodelay",
            "slf4j.provider",
            "slf4j.internal.verbosity")) {
      String value = System.getProperty(property);
      if (value != null) {
        command.add("-D" + property + "=" + value);
      }
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(AppProcessMain.class.getName());
    command.add(server);
    command.add(app);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      return new AppProcess(process);
    } catch (IOException | InterruptedException | RuntimeException | Error e) {
      process.destroyForcibly();
      throw e;
    }
  }

  int port() {
    return port;
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + port + pathAndQuery);
  }

  /** Bytes of heap the child uses once its garbage is collected. */
  long heapAfterGc() throws IOException, InterruptedException {
    commands.write("heap\n");
    commands.flush();
    return Long.parseLong(answer("heap"));
  }

  /** Everything the child wrote to standard output and standard error so far. */
  String output() {
    return output.toString();
  }

  private String answer(String kind) throws InterruptedException {
    String line = answers.poll(ANSWER_SECONDS, TimeUnit.SECONDS);
    if (line == null || !line.startsWith(kind + " ")) {
      throw new AssertionError("the app process did not tell its " + kind + ": " + output);
    }
    return line.substring(kind.length() + 1);
  }

  private void readOutput() {
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = lines.readLine()) != null; ) {
        output.append(line).append('\n');
        if (line.startsWith(AppProcessMain.ANSWER_MARK)) {
          answers.add(line.substring(AppProcessMain.ANSWER_MARK.length()));
        }
      }
    } catch (IOException ended) {
      // The child is gone; what it wrote is kept.
    }
  }

  @Override
  public void close() throws InterruptedException {
    try {
      commands.close();
    } catch (IOException alreadyGone) {
      // It exited already.
    }
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }
}
