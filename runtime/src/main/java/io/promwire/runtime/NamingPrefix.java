package io.promwire.runtime;

/** The prefix a {@link DefaultNaming} and an explicit prefix give together. */
final class NamingPrefix {
  static final String FLASK = "flask";

  private NamingPrefix() {}

  /**
   * {@link DefaultNaming#FLASK} is the prefix {@code flask}; a different explicit prefix with it
   * is a contradiction and refused.
   */
  static String of(DefaultNaming naming, String prefix) {
    if (naming != DefaultNaming.FLASK) {
      return prefix;
    }
    if (!prefix.isEmpty() && !prefix.equals(FLASK)) {
      throw new IllegalArgumentException(
          "naming FLASK is the prefix 'flask': leave out prefix(\"" + prefix + "\") or the naming");
    }
    return FLASK;
  }
}
