package io.promwire.processor;

import io.promwire.processor.SourceTrees.LocalUse;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** Finds the classes of a round that carry promwire annotations. */
final class HandlerFinder {
  /** Simple names of every promwire annotation, for recognising them in unattributed source. */
  private static final Set<String> SIMPLE_NAMES =
      Api.supportedAnnotations().stream()
          .map(name -> name.substring(Api.ANNOTATIONS.length() + 1).replace(".List", ""))
          .collect(Collectors.toUnmodifiableSet());

  private final Context context;

  HandlerFinder(Context context) {
    this.context = context;
  }

  /** The qualified names of the classes whose members or selves carry promwire annotations. */
  SortedSet<String> candidates(RoundEnvironment round) {
    SortedSet<String> names = new TreeSet<>();
    for (String annotation : Api.supportedAnnotations()) {
      context.type(annotation).ifPresent(type -> {
        for (Element element : round.getElementsAnnotatedWith(type)) {
          names.add(enclosingType(element).getQualifiedName().toString());
        }
      });
    }
    return names;
  }

  /** The qualified names of the classes with Jakarta REST resource annotations, on them or inside. */
  SortedSet<String> resourceCandidates(RoundEnvironment round) {
    SortedSet<String> names = new TreeSet<>();
    for (String annotation : Api.resourceTriggers()) {
      context.type(annotation).ifPresent(type -> {
        for (Element element : round.getElementsAnnotatedWith(type)) {
          names.add(enclosingType(element).getQualifiedName().toString());
        }
      });
    }
    return names;
  }

  /**
   * Reports promwire annotations in local and anonymous classes: javac does not show them to
   * processors, and generated code could not call them anyway.
   */
  void reportLocalClasses(RoundEnvironment round) {
    for (Element root : round.getRootElements()) {
      for (LocalUse use : context.trees().localUses(root, SIMPLE_NAMES)) {
        context.diagnostics().print(
            Messages.UNREACHABLE, use.location(), "@" + use.annotation() + " on " + use.where(),
            "move it to a top-level or static nested class");
      }
    }
  }

  private static TypeElement enclosingType(Element element) {
    Element e = element;
    while (!(e instanceof TypeElement)) {
      e = e.getEnclosingElement();
    }
    return (TypeElement) e;
  }
}
