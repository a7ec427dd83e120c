package io.promwire.runtime;

/** What a response header may hold so that every server can send it as it is (RFC 9110, 5.1, 5.5). */
final class HeaderSyntax {
  private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

  private HeaderSyntax() {}

  /** @throws IllegalArgumentException when the header could not be sent as given */
  static void check(String name, String value) {
    if (name.isEmpty()) {
      throw new IllegalArgumentException("a header name must not be empty");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c < 128 && (Character.isLetterOrDigit(c) || TOKEN_SYMBOLS.indexOf(c) >= 0))) {
        throw new IllegalArgumentException(
            "header name '" + name + "' has a character HTTP does not allow in names");
      }
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\t') || c == 0x7f) {
        // Not the value: it may be what a client sent, and would split the log line.
        throw new IllegalArgumentException(
            "the value of header '" + name + "' has a line break or another control character");
      }
    }
  }
}
