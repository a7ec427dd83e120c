package io.promwire.processor;

import com.squareup.javapoet.ClassName;
import io.promwire.processor.model.HandlerModel;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;

/**
 * Decides where {@code PromwireBootstrap} goes and whether it can reach every handler from there.
 *
 * @param bootstrap the bootstrap class
 * @param handlers the handlers it wires, by qualified name
 */
record BootstrapPlan(ClassName bootstrap, List<HandlerModel> handlers) {
  /** The plan, or empty after adding to {@code report} why there cannot be one. */
  static Optional<BootstrapPlan> plan(
      List<HandlerModel> handlers, Optional<String> packageOption, Report report) {
    if (handlers.isEmpty()) {
      return Optional.empty();
    }
    HandlerModel first = handlers.get(0);
    String packageName;
    if (packageOption.isPresent()) {
      packageName = packageOption.get();
      if (!SourceVersion.isName(packageName)) {
        report.add(
            Messages.PACKAGE, first.site(),
            "-A" + Context.PACKAGE_OPTION + "=" + packageName + " is not a valid package name:"
                + " give one such as com.example.app");
        return Optional.empty();
      }
    } else {
      List<String> packages = handlers.stream().map(h -> packageOf(h)).distinct().toList();
      packageName = commonPackage(packages);
      if (packageName.isEmpty() && !packages.equals(List.of(""))) {
        report.add(
            Messages.PACKAGE, first.site(),
            "the handlers are in packages " + String.join(", ", packages) + ", which have no"
                + " common package to put PromwireBootstrap in: set -A" + Context.PACKAGE_OPTION
                + "=<package>");
        return Optional.empty();
      }
    }
    for (HandlerModel handler : handlers) {
      if (!handler.publicEverywhere() && !packageOf(handler).equals(packageName)) {
        report.add(
            Messages.UNREACHABLE, handler.site(),
            "handler class " + handler.qualifiedName() + " is not public, but PromwireBootstrap"
                + " is generated in package '" + packageName + "'",
            "make it public, or set -A" + Context.PACKAGE_OPTION + "=" + packageOf(handler));
      }
    }
    return report.isClean()
        ? Optional.of(new BootstrapPlan(ClassName.get(packageName, Names.BOOTSTRAP), handlers))
        : Optional.empty();
  }

  private static String packageOf(HandlerModel handler) {
    return Supertypes.packageOf(handler.element());
  }

  /** The longest package that contains all of {@code packages}, or "" when there is none. */
  private static String commonPackage(List<String> packages) {
    List<String> common = Arrays.asList(packages.get(0).split("\\."));
    for (String other : packages) {
      List<String> parts = Arrays.asList(other.split("\\."));
      int same = 0;
      while (same < common.size()
          && same < parts.size()
          && common.get(same).equals(parts.get(same))) {
        same++;
      }
      common = common.subList(0, same);
    }
    return common.stream().collect(Collectors.joining("."));
  }
}
