package io.promwire.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import io.promwire.processor.model.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * What the processor needs from source trees, where the element API is not enough: placing a
 * message inside a repeated annotation (javac wraps those in a container it cannot place messages
 * in) and finding annotations in local and anonymous classes (which javac does not enter before
 * annotation processing). Absent outside javac, or when a build tool wraps the processing
 * environment; then messages fall back to the element and local classes go unchecked.
 */
final class SourceTrees {
  /** A place in a source file. */
  record Location(Tree tree, CompilationUnitTree unit) {}

  /** A promwire annotation found inside a local or anonymous class. */
  record LocalUse(String annotation, String where, Location location) {}

  private final Trees trees;

  private SourceTrees(Trees trees) {
    this.trees = trees;
  }

  static SourceTrees create(ProcessingEnvironment env) {
    try {
      return new SourceTrees(Trees.instance(env));
    } catch (IllegalArgumentException | LinkageError notJavac) {
      return new SourceTrees(null);
    }
  }

  /**
   * Where the value at {@code site} was written, walking the source of the annotation: the
   * repeated annotation with the site's index, then the attribute path into it.
   */
  Optional<Location> locate(Site site) {
    if (trees == null || site.mirror() == null) {
      return Optional.empty();
    }
    TreePath declaration = trees.getPath(site.element());
    if (declaration == null) {
      return Optional.empty();
    }
    TypeElement type = (TypeElement) site.mirror().getAnnotationType().asElement();
    List<AnnotationTree> written =
        occurrences(declaration, type.getQualifiedName().toString());
    int index = Math.max(site.repeatIndex(), 0);
    if (index >= written.size()) {
      return Optional.empty();
    }
    Tree tree = written.get(index);
    for (String step : site.path()) {
      Tree next = step(tree, step);
      if (next == null) {
        break;
      }
      tree = next;
    }
    return Optional.of(new Location(tree, declaration.getCompilationUnit()));
  }

  /** Where the return type of the method at {@code site} was written. */
  Optional<Location> locateReturnType(Site site) {
    TreePath declaration = trees == null ? null : trees.getPath(site.element());
    if (declaration == null
        || !(declaration.getLeaf() instanceof MethodTree method)
        || method.getReturnType() == null) {
      return Optional.empty();
    }
    return Optional.of(new Location(method.getReturnType(), declaration.getCompilationUnit()));
  }

  void print(Diagnostic.Kind kind, String message, Location location) {
    trees.printMessage(kind, message, location.tree(), location.unit());
  }

  /**
   * The first promwire annotation of each local or anonymous class in {@code root}. Their types are
   * not attributed yet, so annotations are recognised by name and the file's imports.
   */
  List<LocalUse> localUses(Element root, Set<String> annotationSimpleNames) {
    TreePath path = trees == null ? null : trees.getPath(root);
    if (path == null) {
      return List.of();
    }
    List<LocalUse> uses = new ArrayList<>();
    CompilationUnitTree unit = path.getCompilationUnit();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitClass(ClassTree node, Void unused) {
        Tree parent = getCurrentPath().getParentPath().getLeaf();
        boolean local =
            parent.getKind() != Tree.Kind.COMPILATION_UNIT && !(parent instanceof ClassTree);
        if (local) {
          firstUse(node, unit, annotationSimpleNames).ifPresent(uses::add);
        }
        return super.visitClass(node, unused);
      }
    }.scan(path, null);
    return uses;
  }

  private Optional<LocalUse> firstUse(
      ClassTree local, CompilationUnitTree unit, Set<String> names) {
    String className =
        local.getSimpleName().length() == 0
            ? "an anonymous class"
            : "local class " + local.getSimpleName();
    Optional<AnnotationTree> onClass = firstPromwire(local.getModifiers(), unit, names);
    if (onClass.isPresent()) {
      return Optional.of(use(onClass.get(), className, unit));
    }
    for (Tree member : local.getMembers()) {
      if (member instanceof MethodTree method) {
        List<ModifiersTree> modifiers = new ArrayList<>();
        modifiers.add(method.getModifiers());
        method.getParameters().stream().map(VariableTree::getModifiers).forEach(modifiers::add);
        for (ModifiersTree m : modifiers) {
          Optional<AnnotationTree> found = firstPromwire(m, unit, names);
          if (found.isPresent()) {
            String where = method.getName() + "() in " + className;
            return Optional.of(use(found.get(), where, unit));
          }
        }
      }
    }
    return Optional.empty();
  }

  private static LocalUse use(AnnotationTree annotation, String where, CompilationUnitTree unit) {
    String name = annotation.getAnnotationType().toString();
    return new LocalUse(
        name.substring(name.lastIndexOf('.') + 1), where, new Location(annotation, unit));
  }

  private static Optional<AnnotationTree> firstPromwire(
      ModifiersTree modifiers, CompilationUnitTree unit, Set<String> names) {
    return modifiers.getAnnotations().stream()
        .filter(a -> isPromwire(a.getAnnotationType().toString(), unit, names))
        .map(a -> (AnnotationTree) a)
        .findFirst();
  }

  /** Whether an annotation written as {@code written} in {@code unit} is one of ours. */
  private static boolean isPromwire(String written, CompilationUnitTree unit, Set<String> names) {
    String outer = written.endsWith(".List") ? written.substring(0, written.length() - 5) : written;
    String simple = outer.substring(outer.lastIndexOf('.') + 1);
    if (!names.contains(simple)) {
      return false;
    }
    if (outer.equals(Api.annotation(simple))) {
      return true;
    }
    String packageName =
        unit.getPackageName() == null ? "" : unit.getPackageName().toString();
    if (packageName.equals(Api.ANNOTATIONS)) {
      return true;
    }
    for (ImportTree anImport : unit.getImports()) {
      String imported = anImport.getQualifiedIdentifier().toString();
      if (!anImport.isStatic()
          && (imported.equals(Api.annotation(simple)) || imported.equals(Api.ANNOTATIONS + ".*"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The annotations of type {@code type} on the declaration, in source order, looking into an
   * explicitly written container ({@code @Counted.List({...})}) as well.
   */
  private List<AnnotationTree> occurrences(TreePath declaration, String type) {
    List<AnnotationTree> found = new ArrayList<>();
    for (AnnotationTree annotation : annotationsOf(declaration.getLeaf())) {
      String name = typeName(declaration, annotation);
      if (sameType(name, type)) {
        found.add(annotation);
      } else if (sameType(name, Api.container(type))) {
        Tree value = step(annotation, "value");
        if (value instanceof NewArrayTree array) {
          array.getInitializers().stream()
              .filter(AnnotationTree.class::isInstance)
              .map(AnnotationTree.class::cast)
              .forEach(found::add);
        } else if (value instanceof AnnotationTree single) {
          found.add(single);
        }
      }
    }
    return found;
  }

  private String typeName(TreePath declaration, AnnotationTree annotation) {
    TypeMirror type = trees.getTypeMirror(new TreePath(declaration, annotation));
    if (type instanceof DeclaredType declared) {
      return ((TypeElement) declared.asElement()).getQualifiedName().toString();
    }
    return annotation.getAnnotationType().toString();
  }

  /** Whether {@code name}, qualified or as written in source, names {@code qualified}. */
  private static boolean sameType(String name, String qualified) {
    return name.equals(qualified) || qualified.endsWith("." + name);
  }

  private static List<? extends AnnotationTree> annotationsOf(Tree declaration) {
    if (declaration instanceof ClassTree type) {
      return type.getModifiers().getAnnotations();
    }
    if (declaration instanceof MethodTree method) {
      return method.getModifiers().getAnnotations();
    }
    if (declaration instanceof VariableTree variable) {
      return variable.getModifiers().getAnnotations();
    }
    return List.of();
  }

  /** One step of a site's path: an attribute of an annotation or an index into an array. */
  private static Tree step(Tree tree, String step) {
    if (Character.isDigit(step.charAt(0))) {
      int index = Integer.parseInt(step);
      if (tree instanceof NewArrayTree array) {
        return index < array.getInitializers().size() ? array.getInitializers().get(index) : null;
      }
      // A single element written without braces: labels = @Label(...)
      return index == 0 ? tree : null;
    }
    if (!(tree instanceof AnnotationTree annotation)) {
      return null;
    }
    for (ExpressionTree argument : annotation.getArguments()) {
      if (argument instanceof AssignmentTree assignment) {
        if (assignment.getVariable() instanceof IdentifierTree name
            && name.getName().contentEquals(step)) {
          return assignment.getExpression();
        }
      } else if (step.equals("value")) {
        return argument;
      }
    }
    return null;
  }
}
