package org.rasp4j.processor.generation;

import static com.google.testing.compile.Compiler.javac;

import com.google.common.truth.Truth;
import com.google.testing.compile.Compilation;
import com.palantir.javapoet.JavaFile;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.rasp4j.analysis.Schedule;
import org.rasp4j.ir.ElementType;
import org.rasp4j.ir.SopNode;
import org.rasp4j.processor.model.ProgramModel;
import org.rasp4j.processor.model.Variant;
import org.rasp4j.processor.testing.CompiledClasses;

/**
 * A program's generated evaluator, compiled in memory under {@code -Xlint:all -Werror} and loaded,
 * so tests can run it like the reference interpreter.
 */
final class CompiledEvaluator {
  static final String PACKAGE = "generated.test";

  private final String source;
  private final Class<?> type;

  private CompiledEvaluator(String source, Class<?> type) {
    this.source = source;
    this.type = type;
  }

  /** The evaluator of one program, for each of the given token types. */
  static CompiledEvaluator of(String className, SopNode... variants) {
    List<Variant> list = new ArrayList<>();
    for (SopNode output : variants) {
      list.add(new Variant(tokenType(output), output, Schedule.of(output)));
    }
    return compile(new ProgramModel(PACKAGE, className, "program", "test.Programs", list));
  }

  /** The evaluator of one program for the given token type (for programs that never read them). */
  static CompiledEvaluator of(String className, ElementType tokenType, SopNode output) {
    return compile(new ProgramModel(PACKAGE, className, "program", "test.Programs",
        List.of(new Variant(tokenType, output, Schedule.of(output)))));
  }

  /** The evaluator of one program, its methods sized by {@code layout}. */
  static CompiledEvaluator of(Layout layout, String className, SopNode output) {
    return compile(new ProgramModel(PACKAGE, className, "program", "test.Programs",
        List.of(new Variant(tokenType(output), output, Schedule.of(output)))), layout);
  }

  static CompiledEvaluator compile(ProgramModel model) {
    return compile(model, Layout.DEFAULT);
  }

  static CompiledEvaluator compile(ProgramModel model, Layout layout) {
    JavaFile file = EvaluatorWriter.write(model, layout);
    String source = file.toString();
    Compilation compilation =
        javac().withOptions("-Xlint:all", "-Werror").compile(file.toJavaFileObject());
    if (compilation.status() != Compilation.Status.SUCCESS
        || !compilation.diagnostics().isEmpty()) {
      StringBuilder problems = new StringBuilder();
      for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
        problems.append(diagnostic).append('\n');
      }
      throw new AssertionError("the generated source does not compile cleanly:\n" + problems
          + "\n" + numbered(source));
    }
    String name = model.packageName() + "." + model.className();
    try {
      return new CompiledEvaluator(source, new CompiledClasses(compilation).loadClass(name));
    } catch (ClassNotFoundException e) {
      throw new AssertionError("not compiled: " + name, e);
    }
  }

  String source() {
    return source;
  }

  Class<?> type() {
    return type;
  }

  /** Runs {@code evaluate(String)}. */
  Outcome run(String tokens) {
    return invoke(String.class, tokens);
  }

  /** Runs {@code evaluate(char[])}. */
  Outcome runChars(char[] tokens) {
    return invoke(char[].class, tokens);
  }

  /** Runs {@code evaluate(int[])}. */
  Outcome run(int[] tokens) {
    return invoke(int[].class, tokens);
  }

  /** A static int constant of the class. */
  int constant(String name) {
    try {
      return type.getField(name).getInt(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** Calls a static no-argument method. */
  Object call(String name) {
    try {
      return type.getMethod(name).invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private Outcome invoke(Class<?> parameter, Object tokens) {
    Method evaluate;
    try {
      evaluate = type.getMethod("evaluate", parameter);
    } catch (NoSuchMethodException e) {
      throw new AssertionError("no evaluate(" + parameter.getSimpleName() + ")\n" + source, e);
    }
    try {
      Object array = evaluate.invoke(null, tokens);
      List<Object> values = new ArrayList<>();
      for (int i = 0; i < Array.getLength(array); i++) {
        values.add(Array.get(array, i));
      }
      return Outcome.values(values);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        return Outcome.failure(failure);
      }
      throw new AssertionError(e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  private static ElementType tokenType(SopNode output) {
    List<ElementType> found = new ArrayList<>();
    for (var node : org.rasp4j.internal.Graph.topological(output)) {
      if (node instanceof org.rasp4j.ir.Tokens tokens && !found.contains(tokens.type())) {
        found.add(tokens.type());
      }
    }
    Truth.assertWithMessage("one token type").that(found.size()).isAtMost(1);
    return found.isEmpty() ? ElementType.CHAR : found.get(0);
  }

  private static String numbered(String source) {
    StringBuilder out = new StringBuilder();
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      out.append(String.format("%4d  %s%n", i + 1, lines[i]));
    }
    return out.toString();
  }
}
