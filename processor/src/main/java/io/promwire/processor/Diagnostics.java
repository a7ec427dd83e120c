package io.promwire.processor;

import io.promwire.processor.model.Site;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;

/** Prints messages at their sites and remembers whether any error was printed. */
final class Diagnostics {
  private final Messager messager;
  private final SourceTrees trees;
  private boolean errors;

  Diagnostics(Messager messager, SourceTrees trees) {
    this.messager = messager;
    this.trees = trees;
  }

  void print(Report.Item item) {
    errors |= item.isError();
    Site site = item.site();
    Optional<SourceTrees.Location> returnType =
        site.isReturnType() ? trees.locateReturnType(site) : Optional.empty();
    if (returnType.isPresent()) {
      trees.print(item.message().kind(), item.text(), returnType.get());
    } else if (site.repeatIndex() >= 0) {
      Optional<SourceTrees.Location> location = trees.locate(site);
      if (location.isPresent()) {
        trees.print(item.message().kind(), item.text(), location.get());
        return;
      }
      // javac cannot place a message in a repeated annotation; the element is the next best place.
      messager.printMessage(item.message().kind(), item.text(), site.element());
    } else if (site.mirror() == null) {
      messager.printMessage(item.message().kind(), item.text(), site.element());
    } else if (site.value() == null) {
      messager.printMessage(item.message().kind(), item.text(), site.element(), site.mirror());
    } else {
      messager.printMessage(
          item.message().kind(), item.text(), site.element(), site.mirror(), site.value());
    }
  }

  void print(Messages message, Site site, Object... args) {
    print(new Report.Item(message, site, message.format(args)));
  }

  /** Prints a message that belongs to no element, such as a crash between handlers. */
  void printWithoutPlace(Messages message, Object... args) {
    errors |= message.kind() == Diagnostic.Kind.ERROR;
    messager.printMessage(message.kind(), message.format(args));
  }

  /** Prints a message at a place only the source trees know, such as inside a local class. */
  void print(Messages message, SourceTrees.Location location, Object... args) {
    errors |= message.kind() == Diagnostic.Kind.ERROR;
    trees.print(message.kind(), message.format(args), location);
  }

  /** Whether any error was printed so far. */
  boolean hasErrors() {
    return errors;
  }
}
