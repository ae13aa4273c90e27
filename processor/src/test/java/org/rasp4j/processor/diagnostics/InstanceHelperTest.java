package org.rasp4j.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rasp4j.processor.RaspProcessor;

/**
 * However a program reaches an instance helper (unqualified, through {@code this} or a new
 * object, in its body or in a function, called or referred to), the error says to make the helper
 * static: a program runs without an object. It said "cannot resolve method" or blamed {@code new}.
 */
class InstanceHelperTest {
  private static final String HELPER =
      "Sop<Integer> helper(Sop<Integer> t) { return t.plus(1); }";
  private static final String TWICE = "int twice(int x) { return 2 * x; }";

  static Stream<Arguments> calls() {
    return Stream.of(
        call(HELPER, "return helper(tokens);", "Programs.helper"),
        call(HELPER, "return this.helper(tokens);", "Programs.helper"),
        call(HELPER, "return new Programs().helper(tokens);", "Programs.helper"),
        call(TWICE, "return tokens.map(INT, x -> twice(x));", "Programs.twice"),
        call(TWICE, "return tokens.map(INT, x -> this.twice(x));", "Programs.twice"),
        call(TWICE, "return tokens.map(INT, x -> new Programs().twice(x));", "Programs.twice"),
        call(TWICE, "return tokens.map(INT, this::twice);", "Programs.twice"),
        call(TWICE, "return tokens.map(INT, new Programs()::twice);", "Programs.twice"),
        call("static class Inner { " + TWICE + " }",
            "return tokens.map(INT, new Inner()::twice);", "Inner.twice"));
  }

  /** A JDK object's methods are no helpers: the program body may build a String with one. */
  @org.junit.jupiter.api.Test
  void aStringBuilderIsNoInstanceHelper() {
    Compilation compilation = javac().withProcessors(new RaspProcessor()).compile(ProgramSource.of(
        "@RaspProgram static Sop<Character> p(Sop<Character> tokens) {",
        "  String fill = new StringBuilder().append('_').toString();",
        "  return shift(1, fill.charAt(0), tokens);",
        "}"));
    assertThat(compilation).succeeded();
  }

  private static Arguments call(String helper, String statement, String method) {
    return Arguments.of(helper, statement, method);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("calls")
  void saysToMakeTheHelperStatic(String helper, String statement, String method) {
    JavaFileObject source = ProgramSource.of(
        helper,
        "@RaspProgram static Sop<Integer> p(Sop<Integer> tokens) {",
        "  " + statement,
        "}");
    Compilation compilation = javac().withProcessors(new RaspProcessor()).compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[rasp4j.instance-helper] " + method + " is an instance method; a RASP"
            + " program and the functions it passes run without an object (the program is static,"
            + " and so is its generated evaluator), so they call static helpers only: make it"
            + " static")
        .inFile(source)
        .onLineContaining(statement);
  }
}
