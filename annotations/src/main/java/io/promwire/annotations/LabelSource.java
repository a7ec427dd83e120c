package io.promwire.annotations;

/** Where a {@link Label} takes its value from when it is computed from the request. */
public enum LabelSource {
  /** Not set: the label takes its value from another attribute of {@link Label}. */
  NONE,
  /** The HTTP method, such as {@code GET}. */
  METHOD,
  /** The route template, such as {@code /items/{type}}, never the raw URL. */
  PATH,
  /**
   * The decoded request path, such as {@code /items/book}: one series per distinct URL, so it
   * counts towards the metric's series limit. Known on entry, so gauges may use it.
   */
  RAW_PATH,
  /** The response status code, such as {@code 200}. */
  STATUS,
  /** The simple class name of the exception the method threw, or {@code none}. */
  EXCEPTION
}
