package io.promwire.runtime.adapter;

import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Logs clients that went away before their answer was written: once per kind of failure, at DEBUG
 * and without a stack trace. Every scrape timeout of Prometheus and every client that resets a
 * connection ends so; a line per request would let any client fill the log. Thread-safe.
 */
public final class ClientAborts {
  private final System.Logger log;
  private final Map<Class<?>, Boolean> seen = new ConcurrentHashMap<>();

  /**
   * Logs to {@code log}: the adapter's own logger.
   *
   * @param log where the first failure of each kind is logged
   */
  public ClientAborts(System.Logger log) {
    this.log = log;
  }

  /**
   * Notes that a client went away; logged only when no failure of this class was logged before.
   *
   * @param what what could not be done, such as {@code "a scrape was not answered"}
   * @param failure what the server saw; only its class is logged
   */
  public void log(String what, Exception failure) {
    if (seen.putIfAbsent(failure.getClass(), Boolean.TRUE) == null) {
      log.log(
          Level.DEBUG,
          () ->
              what + ": the client went away (" + failure.getClass().getName()
                  + "); logged once per kind");
    }
  }
}
