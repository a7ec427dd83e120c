package io.promwire.processor.model;

/** What a method returns, as far as routes care. */
public enum ReturnKind {
  STRING,
  BYTES,
  RESPONSE,
  VOID,
  /** Anything else: fine for a metric-only method, not for a route. */
  OTHER
}
