package io.promwire.processor;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A real javac run that writes to a directory. compile-testing hides what a failed compilation
 * generated; this shows it, to check that nothing is generated where nothing should be.
 *
 * @param success whether javac succeeded
 * @param sources the directory generated sources were written to
 * @param classes the directory class files and resources were written to
 */
record DiskCompilation(boolean success, Path sources, Path classes) {
  static DiskCompilation compile(Path directory, JavaFileObject... files) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Path sources = Files.createDirectories(directory.resolve("generated"));
    Path classes = Files.createDirectories(directory.resolve("classes"));
    try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, null)) {
      JavaCompiler.CompilationTask task =
          javac.getTask(
              new StringWriter(),
              fileManager,
              new DiagnosticCollector<>(),
              List.of(
                  "-proc:only",
                  "-classpath", System.getProperty("java.class.path"),
                  "-s", sources.toString(),
                  "-d", classes.toString()),
              null,
              List.of(files));
      task.setProcessors(List.of(new PromwireProcessor()));
      return new DiskCompilation(task.call(), sources, classes);
    }
  }

  /** Whether a source file was generated for the class {@code qualifiedName}. */
  boolean generated(String qualifiedName) {
    return Files.exists(sources.resolve(qualifiedName.replace('.', File.separatorChar) + ".java"));
  }
}
