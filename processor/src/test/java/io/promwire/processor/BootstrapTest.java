package io.promwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static io.promwire.processor.Compiles.sourceIn;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where PromwireBootstrap goes, and whether it can reach every handler from there. */
class BootstrapTest {
  private static JavaFileObject handler(String packageName, String name, String modifiers) {
    return sourceIn(packageName, name,
        modifiers + "class " + name + " {",
        "  @Get(\"/" + name.toLowerCase(java.util.Locale.ROOT) + "\")",
        "  public String get() { return \"\"; }",
        "}");
  }

  @Test
  void goesToTheLongestCommonPackage() {
    Compilation compilation =
        Compiles.compile(
            handler("com.shop.items", "Items", "public "),
            handler("com.shop.orders.admin", "Orders", "public "));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.shop.PromwireBootstrap");
  }

  @Test
  void handlersInTheUnnamedPackageGetABootstrapThere() {
    Compilation compilation = Compiles.compile(handler("", "Items", "public "));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("PromwireBootstrap");
  }

  @Test
  void noCommonPackageIsAnErrorThatNamesTheOption() {
    JavaFileObject first = handler("alpha.app", "Items", "public ");
    Compilation compilation = Compiles.compile(first, handler("beta.app", "Orders", "public "));
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[promwire.package] the handlers are in packages alpha.app, beta.app, which have no"
                + " common package to put PromwireBootstrap in: set -Apromwire.package=<package>")
        .inFile(first)
        .onLineContaining("class Items");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void optionChoosesThePackage() {
    Compilation compilation =
        javac()
            .withProcessors(new PromwireProcessor())
            .withOptions("-Apromwire.package=app.wiring")
            .compile(handler("alpha.app", "Items", "public "), handler("beta.app", "Orders", "public "));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("app.wiring.PromwireBootstrap");
  }

  @Test
  void optionMustBeAPackageName() {
    JavaFileObject file = handler("alpha.app", "Items", "public ");
    Compilation compilation =
        javac()
            .withProcessors(new PromwireProcessor())
            .withOptions("-Apromwire.package=1st.app")
            .compile(file);
    assertThat(compilation)
        .hadErrorContaining("[promwire.package] -Apromwire.package=1st.app is not a valid package name")
        .inFile(file)
        .onLineContaining("class Items");
  }

  @Test
  void handlerOutsideTheBootstrapPackageMustBePublic() {
    JavaFileObject hidden = handler("com.shop.items", "Items", "");
    Compilation compilation =
        Compiles.compile(hidden, handler("com.shop.orders", "Orders", "public "));
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[promwire.unreachable] handler class com.shop.items.Items is not public, but"
                + " PromwireBootstrap is generated in package 'com.shop': generated code cannot"
                + " reach it; make it public, or set -Apromwire.package=com.shop.items")
        .inFile(hidden)
        .onLineContaining("class Items");
  }

  @Test
  void packagePrivateHandlersInTheBootstrapPackageAreFine() {
    Compilation compilation =
        Compiles.compile(
            handler("com.shop", "Items", ""), handler("com.shop", "Orders", "final "));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void anyHandlerErrorMeansNoBootstrap(@TempDir Path directory) throws IOException {
    DiskCompilation compilation =
        DiskCompilation.compile(
            directory,
            handler("com.shop", "Items", "public "),
            sourceIn("com.shop", "Broken",
                "public class Broken {",
                "  @Get(\"no-slash\")",
                "  public String get() { return \"\"; }",
                "}"));
    Assertions.assertThat(compilation.success()).isFalse();
    Assertions.assertThat(compilation.generated("com.shop.Items_Metrics")).isTrue();
    Assertions.assertThat(compilation.generated("com.shop.Broken_Metrics")).isFalse();
    Assertions.assertThat(compilation.generated("com.shop.PromwireBootstrap")).isFalse();
    Assertions.assertThat(
            compilation.classes().resolve("META-INF/services/io.promwire.runtime.internal.PromwireModule"))
        .doesNotExist();
  }

  @Test
  void bootstrapAndServiceFileAreWrittenWhenAllIsClean(@TempDir Path directory) throws IOException {
    DiskCompilation compilation =
        DiskCompilation.compile(directory, handler("com.shop", "Items", "public "));
    Assertions.assertThat(compilation.success()).isTrue();
    Assertions.assertThat(compilation.generated("com.shop.PromwireBootstrap")).isTrue();
    Assertions.assertThat(
            compilation.classes().resolve("META-INF/services/io.promwire.runtime.internal.PromwireModule"))
        .hasContent("com.shop.PromwireBootstrap");
  }
}
