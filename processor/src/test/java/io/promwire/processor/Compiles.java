package io.promwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** Compiles test sources with the promwire processor. */
final class Compiles {
  private Compiles() {}

  static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new PromwireProcessor()).compile(sources);
  }

  /**
   * Compiles {@code sources}, expects it to fail, and checks that an error containing {@code
   * message} was reported in {@code file} on the line containing {@code line}.
   */
  static Compilation assertError(
      JavaFileObject file, String message, String line, JavaFileObject... others) {
    JavaFileObject[] sources = new JavaFileObject[others.length + 1];
    sources[0] = file;
    System.arraycopy(others, 0, sources, 1, others.length);
    Compilation compilation = compile(sources);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
    return compilation;
  }

  /**
   * A source file {@code test/<name>.java} in package {@code test} that imports the promwire
   * annotations and the runtime types handlers use.
   */
  static JavaFileObject source(String name, String... body) {
    return sourceIn("test", name, body);
  }

  static JavaFileObject sourceIn(String packageName, String name, String... body) {
    List<String> lines = new ArrayList<>();
    if (!packageName.isEmpty()) {
      lines.add("package " + packageName + ";");
    }
    lines.add("import io.promwire.annotations.*;");
    lines.add("import io.promwire.runtime.LabelResolver;");
    lines.add("import io.promwire.runtime.RequestLabelResolver;");
    lines.add("import io.promwire.runtime.Request;");
    lines.add("import io.promwire.runtime.Response;");
    lines.addAll(List.of(body));
    String qualified = packageName.isEmpty() ? name : packageName + "." + name;
    return JavaFileObjects.forSourceLines(qualified, lines);
  }

  /** The realistic handlers under {@code src/test/resources/happy}. */
  static JavaFileObject[] shop() {
    return new JavaFileObject[] {
      JavaFileObjects.forResource("happy/com/example/shop/ItemRoutes.java"),
      JavaFileObjects.forResource("happy/com/example/shop/Item.java"),
      JavaFileObjects.forResource("happy/com/example/shop/CatalogApi.java"),
      JavaFileObjects.forResource("happy/com/example/shop/Catalog.java"),
      JavaFileObjects.forResource("happy/com/example/shop/Orders.java"),
      JavaFileObjects.forResource("happy/com/example/shop/Usage.java"),
      JavaFileObjects.forResource("happy/com/example/shop/Shipping.java"),
    };
  }
}
