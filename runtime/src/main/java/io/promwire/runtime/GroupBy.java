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
 *   <li>{@link #fullPath()}: the decoded request path, {@code ?} and the query as sent, such as
 *       {@code /items/a?page=2}: one series per distinct URL and query;
 *   <li>{@link #endpoint()}: the handler method, such as {@code ItemRoutes.byType}, under the label
 *       {@code endpoint};
 *   <li>{@link #custom(String, Function)}: a user function of the request under a label name the
 *       user gives.
 * </ul>
 */
public final class GroupBy {
  /** What the grouping label is taken from. */
  public enum Mode {
    TEMPLATE,
    RAW_PATH,
    FULL_PATH,
    ENDPOINT,
    CUSTOM
  }

  private static final GroupBy TEMPLATE = new GroupBy(Mode.TEMPLATE, "path", null);
  private static final GroupBy RAW_PATH = new GroupBy(Mode.RAW_PATH, "path", null);
  private static final GroupBy FULL_PATH = new GroupBy(Mode.FULL_PATH, "path", GroupBy::fullPathOf);
  private static final GroupBy ENDPOINT = new GroupBy(Mode.ENDPOINT, "endpoint", null);

  private final Mode mode;
  private final String labelName;
  private final Function<Request, String> function;

  private GroupBy(Mode mode, String labelName, Function<Request, String> function) {
    this.mode = mode;
    this.labelName = labelName;
    this.function = function;
  }

  public static GroupBy template() {
    return TEMPLATE;
  }

  public static GroupBy rawPath() {
    return RAW_PATH;
  }

  /**
   * The decoded path and the query as sent ({@link Request#rawQuery()}), as Flask's {@code
   * request.full_path}: {@code /items/a?page=2}. A request without a query, or with an empty one,
   * has the path alone ({@code /items/a}), where Flask writes {@code /items/a?}. Under the series
   * limit, as {@link #rawPath()}.
   */
  public static GroupBy fullPath() {
    return FULL_PATH;
  }

  /** What {@link #fullPath()} labels a request with. */
  private static String fullPathOf(Request request) {
    String query = request.rawQuery();
    return query == null || query.isEmpty() ? request.path() : request.path() + "?" + query;
  }

  public static GroupBy endpoint() {
    return ENDPOINT;
  }

  /**
   * @param labelName the label the value goes under: a valid Prometheus label name ({@code
   *     [a-zA-Z_][a-zA-Z0-9_]*}, not starting with {@code __})
   * @throws IllegalArgumentException when it is not one; it is never rewritten
   */
  public static GroupBy custom(String labelName, Function<Request, String> function) {
    return new GroupBy(
        Mode.CUSTOM,
        NameRules.labelName(Objects.requireNonNull(labelName), "GroupBy.custom"),
        Objects.requireNonNull(function));
  }

  public Mode mode() {
    return mode;
  }

  /** The label name the grouping value goes under. */
  public String labelName() {
    return labelName;
  }

  /** The function of a {@link Mode#FULL_PATH} or {@link Mode#CUSTOM} grouping, else null. */
  public Function<Request, String> function() {
    return function;
  }
}
