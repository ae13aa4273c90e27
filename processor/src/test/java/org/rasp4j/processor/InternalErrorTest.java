package org.rasp4j.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A failure inside the processor, whatever it is, becomes exactly one {@code rasp4j internal
 * error} on the program's method: javac does not crash, and the other programs of the class are
 * still compiled and checked. No known program reaches that path, so the failure is injected.
 */
class InternalErrorTest {
  private static final JavaFileObject SOURCE = JavaFileObjects.forSourceLines("test.Programs",
      "package test;",
      "import org.rasp4j.*;",
      "import org.rasp4j.annotation.*;",
      "public class Programs {",
      "  @RaspProgram static Sop<Integer> fine(Sop<Integer> t) { return t.plus(1); }",
      "  @RaspProgram",
      "  static Sop<Integer> broken(Sop<Integer> t) { return t.plus(2); }",
      "  @RaspProgram(maxLayers = 0)",
      "  static Sop<Integer> overBudget(Sop<Integer> t) { return Library.selectAll().value(t); }",
      "}");

  static Stream<Arguments> failures() {
    return Stream.of(
        failure("IllegalStateException", () -> new IllegalStateException("injected")),
        failure("NullPointerException", () -> new NullPointerException()),
        failure("AssertionError", () -> new AssertionError("injected")),
        failure("OutOfMemoryError", () -> new OutOfMemoryError("injected")),
        failure("NoClassDefFoundError", () -> new NoClassDefFoundError("injected")));
  }

  private static Arguments failure(String name, Supplier<Throwable> failure) {
    return Arguments.of(name, failure);
  }

  @org.junit.jupiter.api.Test
  void aStackTooShallowForTheProgramIsACodedErrorOnTheMethod() {
    RaspProcessor processor = new RaspProcessor(method -> {
      if (method.getSimpleName().contentEquals("broken")) {
        throw new StackOverflowError();
      }
    });
    Compilation compilation = javac().withProcessors(processor).compile(SOURCE);

    List<Diagnostic<? extends JavaFileObject>> deep = compilation.errors().stream()
        .filter(d -> d.getMessage(Locale.ROOT).startsWith("[rasp4j.too-deep] broken nests"))
        .toList();
    assertThat(deep).hasSize(1);
    assertThat(deep.get(0).getMessage(Locale.ROOT)).contains("-J-Xss16m");
    assertThat(deep.get(0).getLineNumber()).isEqualTo(7);
    assertThat(compilation.errors().stream()
        .filter(d -> d.getMessage(Locale.ROOT).startsWith("rasp4j internal error"))).isEmpty();
    assertThat(compilation.errors()).hasSize(2); // and the over-budget program's own error
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failures")
  void anUnexpectedFailureIsOneInternalErrorOnTheMethod(String name, Supplier<Throwable> failure) {
    RaspProcessor processor = new RaspProcessor(method -> {
      if (method.getSimpleName().contentEquals("broken")) {
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException runtime) {
          throw runtime;
        }
        throw (Error) thrown;
      }
    });
    Compilation compilation = javac().withProcessors(processor).compile(SOURCE);

    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    List<Diagnostic<? extends JavaFileObject>> errors = compilation.errors();
    List<String> messages = errors.stream().map(d -> d.getMessage(Locale.ROOT)).toList();
    List<Diagnostic<? extends JavaFileObject>> internal = errors.stream()
        .filter(d -> d.getMessage(Locale.ROOT).startsWith("rasp4j internal error")).toList();
    assertThat(internal).hasSize(1);
    String message = internal.get(0).getMessage(Locale.ROOT);
    assertThat(message).startsWith("rasp4j internal error while compiling broken: java.lang."
        + name);
    assertThat(internal.get(0).getLineNumber()).isEqualTo(7); // the method, not the class
    // The other programs were still compiled: the over-budget one still gets its own error.
    assertThat(messages).hasSize(2);
    assertThat(messages.stream().filter(m -> m.startsWith("[rasp4j.layer-budget]")).count())
        .isEqualTo(1);
  }
}
