package io.promwire.runtime.jdk;

import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Logs clients that went away before their answer was written: once per kind of failure, at DEBUG
 * and without a stack trace. Every scrape timeout of Prometheus and every client that resets a
 * connection ends so; a line per request would let any client fill the log.
 */
final class ClientAborts {
  private final System.Logger log;
  private final Map<Class<?>, Boolean> seen = new ConcurrentHashMap<>();

  ClientAborts(System.Logger log) {
    this.log = log;
  }

  void log(String what, Exception failure) {
    if (seen.putIfAbsent(failure.getClass(), Boolean.TRUE) == null) {
      log.log(
          Level.DEBUG,
          () ->
              what + ": the client went away (" + failure.getClass().getName()
                  + "); logged once per kind");
    }
  }
}
