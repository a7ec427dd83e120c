package io.promwire.runtime;

import java.util.Objects;
import java.util.function.Function;

/**
 * What the {@code path} label of the default duration histogram holds.
 *
 * <ul>
 *   <li>{@link #template()} (the default): the route template, such as {@code /items/{type}}:
 *       bounded by construction;
 *   <li>{@link #rawPath()}: the decoded request path, one series per distinct URL;
 *   <li>{@link #endpoint()}: the handler method, such as {@code ItemRoutes.byType}, under the label
 *       {@code endpoint};
 *   <li>{@link #custom(String, Function)}: a user function of the request under a label name the
 *       user gives.
 * </ul>
 */
public final class GroupBy {
  /** What the grouping label is taken from. */
  public enum Mode {
    /** The route template, such as {@code /items/{type}}. */
    TEMPLATE,
    /** The decoded request path. */
    RAW_PATH,
    /** The handler method, such as {@code ItemRoutes.byType}. */
    ENDPOINT,
    /** A user function of the request. */
    CUSTOM
  }

  private static final GroupBy TEMPLATE = new GroupBy(Mode.TEMPLATE, "path", null);
  private static final GroupBy RAW_PATH = new GroupBy(Mode.RAW_PATH, "path", null);
  private static final GroupBy ENDPOINT = new GroupBy(Mode.ENDPOINT, "endpoint", null);

  private final Mode mode;
  private final String labelName;
  private final Function<Request, String> function;

  private GroupBy(Mode mode, String labelName, Function<Request, String> function) {
    this.mode = mode;
    this.labelName = labelName;
    this.function = function;
  }

  /**
   * {@return grouping by route template, the default: one series per route, however many URLs it
   * serves}
   */
  public static GroupBy template() {
    return TEMPLATE;
  }

  /**
   * {@return grouping by the decoded request path}
   *
   * <p>One series per distinct URL, so only for services whose paths have no identifiers in them.
   */
  public static GroupBy rawPath() {
    return RAW_PATH;
  }

  /** {@return grouping by the handler method, under the label {@code endpoint}} */
  public static GroupBy endpoint() {
    return ENDPOINT;
  }

  /**
   * {@return grouping by a function of the request}
   *
   * @param labelName the label the value goes under, instead of {@code path}
   * @param function computes the value from the request; it runs on every request and must be
   *     thread-safe
   * @throws NullPointerException if either argument is null
   */
  public static GroupBy custom(String labelName, Function<Request, String> function) {
    return new GroupBy(
        Mode.CUSTOM, Objects.requireNonNull(labelName), Objects.requireNonNull(function));
  }

  /** {@return what the grouping label is taken from} */
  public Mode mode() {
    return mode;
  }

  /** {@return the label name the grouping value goes under} */
  public String labelName() {
    return labelName;
  }

  /** {@return the user function of a {@link Mode#CUSTOM} grouping, else null} */
  public Function<Request, String> function() {
    return function;
  }
}
