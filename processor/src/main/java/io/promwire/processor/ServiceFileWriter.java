package io.promwire.processor;

import com.squareup.javapoet.ClassName;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/** Lists the bootstrap for {@link java.util.ServiceLoader}, so separately built jars combine. */
final class ServiceFileWriter {
  static final String PATH = "META-INF/services/" + Api.PROMWIRE_MODULE.canonicalName();

  private ServiceFileWriter() {}

  static void write(Filer filer, ClassName bootstrap, List<? extends Element> originating)
      throws IOException {
    FileObject file =
        filer.createResource(
            StandardLocation.CLASS_OUTPUT, "", PATH, originating.toArray(Element[]::new));
    try (Writer writer = new OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
      writer.write(bootstrap.reflectionName() + "\n");
    }
  }
}
