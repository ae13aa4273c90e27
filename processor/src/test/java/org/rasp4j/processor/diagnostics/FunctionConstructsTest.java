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
 * An unsupported construct inside a function is named in the error, with its text, at its own
 * position: the message said "this expression in a function", leaving the reader to guess which.
 */
class FunctionConstructsTest {
  static Stream<Arguments> constructs() {
    return Stream.of(
        construct("x -> switch (x) { case 1 -> 2; default -> 3; }",
            "a switch expression (switch (x) {", "choose with ?: (x == 1 ? 'a'"),
        construct("x -> counter[0]++",
            "++ or -- inside an expression (counter[0]++) in a function",
            "it computes a value per position and changes nothing"),
        construct("x -> x += 3",
            "a compound assignment inside an expression (x += 3) in a function",
            "changes nothing"),
        construct("x -> x = 3",
            "an assignment inside an expression (x = 3) in a function", "changes nothing"),
        construct("x -> counter[0]",
            "an array access (counter[0]) in a function",
            "read the array's element outside the function"),
        construct("x -> (Integer) (Object) x",
            "a cast to a reference type ((Object)x) in a function",
            "cast to a primitive type"),
        construct("x -> new StringBuilder().append(x).length()",
            "object creation (new StringBuilder()) in a function",
            "a function is one expression of literals"));
  }

  private static Arguments construct(String function, String named, String instead) {
    return Arguments.of(function, named, instead);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("constructs")
  void isNamedWithItsTextAtItsPosition(String function, String named, String instead) {
    JavaFileObject source = ProgramSource.of(
        "@RaspProgram static Sop<Integer> p(Sop<Integer> tokens) {",
        "  int[] counter = {0};",
        "  return tokens.map(INT,",
        "      " + function + ");",
        "}");
    Compilation compilation = javac().withProcessors(new RaspProcessor()).compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[rasp4j.unsupported-expression] " + named)
        .inFile(source)
        .onLineContaining(function);
    assertThat(compilation).hadErrorContaining(instead);
  }
}
