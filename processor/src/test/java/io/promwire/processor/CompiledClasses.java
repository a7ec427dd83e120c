package io.promwire.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * Loads the classes of a compilation from memory, generated ones included, on top of the test
 * class path: so the generated code can be run against the real runtime.
 */
final class CompiledClasses extends ClassLoader {
  private static final String OUTPUT = "/CLASS_OUTPUT/";

  private final Map<String, JavaFileObject> classes = new HashMap<>();

  CompiledClasses(Compilation compilation) {
    super(CompiledClasses.class.getClassLoader());
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      if (file.getKind() == JavaFileObject.Kind.CLASS && path.contains(OUTPUT)) {
        String name = path.substring(path.indexOf(OUTPUT) + OUTPUT.length(), path.length() - 6);
        classes.put(name.replace('/', '.'), file);
      }
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    JavaFileObject file = classes.get(name);
    if (file == null) {
      throw new ClassNotFoundException(name);
    }
    try (InputStream in = file.openInputStream()) {
      byte[] bytes = in.readAllBytes();
      return defineClass(name, bytes, 0, bytes.length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
