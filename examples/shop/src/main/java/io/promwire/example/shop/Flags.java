package io.promwire.example.shop;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Command-line flags, {@code --name value} or {@code --name=value}. A flag it does not know, a
 * flag without a value or a number that is not one ends the program with status 2 and a usage
 * line, not a stack trace.
 */
final class Flags {
  private final List<String> known;
  private final Map<String, String> values = new HashMap<>();

  private Flags(List<String> known) {
    this.known = known;
  }

  static Flags parse(String[] args, String... known) {
    Flags flags = new Flags(List.of(known));
    for (int i = 0; i < args.length; i++) {
      int eq = args[i].indexOf('=');
      String name = eq < 0 ? args[i] : args[i].substring(0, eq);
      if (!flags.known.contains(name) || (eq < 0 && i + 1 == args.length)) {
        flags.usage("unknown flag or missing value: " + args[i]);
      }
      flags.values.put(name, eq < 0 ? args[++i] : args[i].substring(eq + 1));
    }
    return flags;
  }

  String value(String name, String otherwise) {
    return values.getOrDefault(name, otherwise);
  }

  int intValue(String name, int otherwise) {
    String value = values.get(name);
    try {
      return value == null ? otherwise : Integer.parseInt(value);
    } catch (NumberFormatException notANumber) {
      usage(name + " needs a whole number, such as " + name + " " + otherwise);
      return otherwise;
    }
  }

  private void usage(String problem) {
    System.err.println(problem + "\nflags: " + String.join(" VALUE, ", known) + " VALUE");
    System.exit(2);
  }
}
