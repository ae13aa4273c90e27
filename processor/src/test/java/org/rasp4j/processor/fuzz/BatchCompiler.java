package org.rasp4j.processor.fuzz;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.rasp4j.processor.RaspProcessor;
import org.rasp4j.processor.testing.CompiledClasses;

/**
 * Compiles a batch with rasp4j's processor, as a build does ({@code -Xlint:all -Werror}), and
 * loads the classes from memory. Every error or warning is charged to the program it comes from:
 * by line in the batch's source, or by the generated class it is in.
 */
final class BatchCompiler {
  private BatchCompiler() {}

  /** A compiled batch: its classes, or why programs failed, and how long javac took. */
  record Result(ClassLoader classes, Map<FuzzProgram, String> failures, long millis) {
    boolean succeeded() {
      return failures.isEmpty() && classes != null;
    }
  }

  static Result compile(Batch batch) {
    long start = System.nanoTime();
    Compilation compilation;
    try {
      compilation = javac()
          .withOptions("-Xlint:all,-processing", "-Werror")
          .withProcessors(new RaspProcessor())
          .compile(batch.file());
    } catch (RuntimeException | Error e) {
      long millis = (System.nanoTime() - start) / 1_000_000;
      Map<FuzzProgram, String> all = new LinkedHashMap<>();
      String trace = "javac or the processor threw " + e;
      if (batch.programs().size() == 1) {
        all.put(batch.programs().get(0), trace);
      } else {
        all.put(null, trace);
      }
      return new Result(null, all, millis);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    Map<FuzzProgram, String> failures = new LinkedHashMap<>();
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      if (d.getKind() != Diagnostic.Kind.ERROR && d.getKind() != Diagnostic.Kind.WARNING
          && d.getKind() != Diagnostic.Kind.MANDATORY_WARNING) {
        continue;
      }
      FuzzProgram program = blame(batch, d);
      String where = d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber()
          + ": ";
      failures.merge(program, where + d.getKind() + ": " + d.getMessage(Locale.ROOT),
          (a, b) -> a + "\n" + b);
    }
    if (compilation.status() != Compilation.Status.SUCCESS && failures.isEmpty()) {
      failures.put(null, "compilation failed without a diagnostic");
    }
    if (!failures.isEmpty()) {
      return new Result(null, failures, millis);
    }
    return new Result(new CompiledClasses(compilation), Map.of(), millis);
  }

  private static FuzzProgram blame(Batch batch, Diagnostic<? extends JavaFileObject> d) {
    if (d.getSource() == null) {
      return batch.programs().size() == 1 ? batch.programs().get(0) : null;
    }
    String name = d.getSource().getName();
    String file = name.substring(name.lastIndexOf('/') + 1).replace(".java", "");
    if (file.equals(batch.className())) {
      return batch.programAt(d.getLineNumber());
    }
    return batch.programNamed(file);
  }
}
