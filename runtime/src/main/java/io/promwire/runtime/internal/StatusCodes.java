package io.promwire.runtime.internal;

/** Status codes as label values, made once so that recording a status allocates nothing. */
final class StatusCodes {
  private static final String[] TEXT = new String[600];

  static {
    for (int status = 0; status < TEXT.length; status++) {
      TEXT[status] = Integer.toString(status);
    }
  }

  private StatusCodes() {}

  static String text(int status) {
    return status >= 0 && status < TEXT.length ? TEXT[status] : Integer.toString(status);
  }
}
