package org.rasp4j.processor.endtoend;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.rasp4j.processor.RaspProcessor;

/**
 * Sources compiled with the processor, warning-free under {@code -Xlint:all -Werror}, and their
 * classes (the user's and the generated ones) loaded from memory: to run a generated evaluator
 * beside the interpreter running the very same program.
 */
final class CompiledSources extends ClassLoader {
  private final Map<String, byte[]> classes = new HashMap<>();

  private CompiledSources(Compilation compilation) {
    super(CompiledSources.class.getClassLoader());
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String path = file.toUri().getPath();
        String name = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(),
            path.length() - ".class".length()).replace('/', '.');
        try (InputStream in = file.openInputStream()) {
          classes.put(name, in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  static CompiledSources of(JavaFileObject... sources) {
    Compilation compilation = javac()
        .withOptions("-Xlint:all,-processing", "-Werror")
        .withProcessors(new RaspProcessor())
        .compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    return new CompiledSources(compilation);
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }
}
