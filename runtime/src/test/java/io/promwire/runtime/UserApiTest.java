package io.promwire.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public types of {@code io.promwire.runtime} are the user API and nothing else: what generated
 * code and server adapters use lives in packages of their own, so completing {@code
 * io.promwire.runtime.} offers users only what they call. A type added here is an API decision.
 */
class UserApiTest {
  @Test
  void thePublicTypesOfTheUserPackageAreTheUserApi() throws Exception {
    assertThat(publicTopLevelTypes())
        .containsExactlyInAnyOrder(
            "DefaultNaming",
            "GroupBy",
            "HttpStatusException",
            "LabelDefinition",
            "LabelResolver",
            "MetricDefinition",
            "MetricsAuth",
            "Promwire",
            "PromwireOptions",
            "Request",
            "RequestLabelResolver",
            "Response");
  }

  private static List<String> publicTopLevelTypes() throws IOException, URISyntaxException {
    Path classes = Path.of(Promwire.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path userPackage = classes.resolve("io/promwire/runtime");
    try (Stream<Path> files = Files.list(userPackage)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".class") && !name.contains("$"))
          .map(name -> name.substring(0, name.length() - ".class".length()))
          .filter(name -> !name.equals("package-info"))
          .filter(UserApiTest::isPublic)
          .toList();
    }
  }

  private static boolean isPublic(String simpleName) {
    try {
      return Modifier.isPublic(Class.forName("io.promwire.runtime." + simpleName).getModifiers());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}
