package io.promwire.processor;

import io.promwire.processor.model.Site;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The problems a step found, collected first and printed once, so that a step can look at the
 * whole model before anything reaches the user and a report cannot be printed twice.
 */
final class Report {
  /** One message at one place. */
  record Item(Messages message, Site site, String text) {
    boolean isError() {
      return message.kind() == Diagnostic.Kind.ERROR;
    }
  }

  private final List<Item> items = new ArrayList<>();
  private boolean printed;

  void add(Messages message, Site site, Object... args) {
    items.add(new Item(message, site, message.format(args)));
  }

  void addAll(Report other) {
    items.addAll(other.items);
  }

  /** Whether nothing worse than a warning was found. */
  boolean isClean() {
    return items.stream().noneMatch(Item::isError);
  }

  /** Whether an error was found on {@code type} or on anything inside it. */
  boolean hasErrorIn(Element type) {
    return items.stream().anyMatch(item -> item.isError() && isWithin(item.site().element(), type));
  }

  void printTo(Diagnostics diagnostics) {
    if (printed) {
      return;
    }
    printed = true;
    items.forEach(diagnostics::print);
  }

  private static boolean isWithin(Element element, Element type) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      if (e.equals(type)) {
        return true;
      }
    }
    return false;
  }
}
