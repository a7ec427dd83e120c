package io.promwire.runtime;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Collects what one class logs through System.Logger, whose default backend is JUL. */
public final class LogCapture extends Handler implements AutoCloseable {
  private final Logger logger;
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();

  private LogCapture(String className) {
    this.logger = Logger.getLogger(className);
    logger.addHandler(this);
  }

  public static LogCapture of(Class<?> type) {
    return new LogCapture(type.getName());
  }

  /** What the class of this name logs: for classes a test cannot name. */
  public static LogCapture of(String className) {
    return new LogCapture(className);
  }

  public List<LogRecord> records() {
    return records;
  }

  @Override
  public void publish(LogRecord record) {
    records.add(record);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
  }
}
