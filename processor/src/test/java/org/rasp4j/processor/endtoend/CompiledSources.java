package org.rasp4j.processor.endtoend;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.rasp4j.processor.RaspProcessor;
import org.rasp4j.processor.testing.CompiledClasses;

/**
 * Sources compiled with the processor, warning-free under {@code -Xlint:all -Werror}, and their
 * classes (the user's and the generated ones) loaded from memory: to run a generated evaluator
 * beside the interpreter running the very same program.
 */
final class CompiledSources extends CompiledClasses {
  private CompiledSources(Compilation compilation) {
    super(compilation);
  }

  static CompiledSources of(JavaFileObject... sources) {
    Compilation compilation = javac()
        .withOptions("-Xlint:all,-processing", "-Werror")
        .withProcessors(new RaspProcessor())
        .compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    return new CompiledSources(compilation);
  }
}
