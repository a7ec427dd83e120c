package io.promwire.processor.model;

/**
 * One route annotation ({@code @Get}, {@code @Post}, ...).
 *
 * @param httpMethod the HTTP method, upper case
 * @param value the template as written in the annotation
 * @param template the full template: the class's route prefix and {@code value}
 * @param site the annotation
 */
public record RouteModel(String httpMethod, String value, String template, Site site) {
  /** {@return the {@code value} attribute, as a place to report at} */
  public Site valueSite() {
    return site.attribute("value");
  }
}
