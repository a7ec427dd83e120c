package io.promwire.runtime.internal;

import java.lang.System.Logger.Level;

/** What happens when recording a metric fails: it is logged, and the call goes on. */
final class RecordingFailures {
  private static final System.Logger LOG = System.getLogger(RecordingFailures.class.getName());

  private RecordingFailures() {}

  static void log(Throwable failure) {
    LOG.log(Level.WARNING, "promwire could not record a metric; the call goes on", failure);
  }
}
