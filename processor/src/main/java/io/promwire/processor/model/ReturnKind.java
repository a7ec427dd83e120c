package io.promwire.processor.model;

/** What a method returns, as far as routes care. */
public enum ReturnKind {
  /** {@code String}: 200, UTF-8 plain text. */
  STRING,
  /** {@code byte[]}: 200, {@code application/octet-stream}. */
  BYTES,
  /** {@code Response}: sent as it says. */
  RESPONSE,
  /** {@code void}: 204 without a body. */
  VOID,
  /** Anything else: fine for a metric-only method, not for a route. */
  OTHER
}
