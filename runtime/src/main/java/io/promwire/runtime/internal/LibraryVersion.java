package io.promwire.runtime.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** promwire's own version, from the Maven-filtered {@code promwire.properties} in the jar. */
public final class LibraryVersion {
  public static final String UNKNOWN = "unknown";

  private static final String VERSION = read();

  private LibraryVersion() {}

  /** The version, or {@value #UNKNOWN} when the jar does not say. */
  public static String get() {
    return VERSION;
  }

  private static String read() {
    try (InputStream in = LibraryVersion.class.getResourceAsStream("/io/promwire/runtime/promwire.properties")) {
      if (in == null) {
        return UNKNOWN;
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", UNKNOWN);
    } catch (IOException unreadable) {
      return UNKNOWN;
    }
  }
}
