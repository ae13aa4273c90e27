package org.rasp4j.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.rasp4j.processor.RaspProcessor;

/**
 * A program's one token input is its parameter, and each run of its body (one per token type of
 * a generic program) is judged on its own.
 */
class ProgramInputTest {
  private static Compilation compile(JavaFileObject source) {
    return javac()
        .withOptions("-Xlint:all,-processing", "-Werror")
        .withProcessors(new RaspProcessor())
        .compile(source);
  }

  @Test
  void aSecondTokensCallIsRejectedWhereItIsWritten() {
    JavaFileObject source = ProgramSource.of(
        "@RaspProgram static Sop<Integer> p(Sop<Character> tokens) {",
        "  Sop<Integer> ones = indices().map(INT, i -> 1);",
        "  return tokens(INT).plus(ones);",
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[rasp4j.second-tokens] tokens(INT) reads the tokens a second time")
        .inFile(source)
        .onLineContaining("return tokens(INT)");
    assertThat(compilation).hadErrorContaining("use the parameter");
  }

  @Test
  void aQualifiedTokensCallInAHelperIsRejectedToo() {
    JavaFileObject source = ProgramSource.of(
        "@RaspProgram static Sop<Character> p(Sop<Character> tokens) { return echo(); }",
        "static Sop<Character> echo() {",
        "  return Rasp.tokens(CHAR);",
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[rasp4j.second-tokens]")
        .inFile(source)
        .onLineContaining("return Rasp.tokens(CHAR)");
  }

  @Test
  void aHelperOfTheProgramsOwnNamedTokensIsNoSecondInput() {
    Compilation compilation = compile(ProgramSource.of(
        "@RaspProgram static Sop<Character> p(Sop<Character> tokens) { return tokens(tokens); }",
        "static Sop<Character> tokens(Sop<Character> t) { return t; }"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  /**
   * 60 000 iterations fit the loop limit of 100 000 once; the character and the int variant each
   * run them, and each must be judged alone.
   */
  @Test
  void eachVariantOfAGenericProgramHasItsOwnLoopBudget() {
    Compilation compilation = compile(ProgramSource.of(
        "@RaspProgram static <T> Sop<T> p(Sop<T> tokens) {",
        "  int total = 0;",
        "  for (int i = 0; i < 60000; i++) { total = total + 1; }",
        "  return total == 60000 ? tokens : tokens;",
        "}"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void oneVariantStillMayNotRunMoreThanTheLimit() {
    JavaFileObject source = ProgramSource.of(
        "@RaspProgram static <T> Sop<T> p(Sop<T> tokens) {",
        "  int total = 0;",
        "  for (int i = 0; i < 100001; i++) { total = total + 1; }",
        "  return total == 0 ? tokens : tokens;",
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[rasp4j.too-deep] loops run more than 100000 iterations")
        .inFile(source)
        .onLineContaining("for (int i = 0; i < 100001");
  }

  private static final String WHY = "; a program's body runs once, at compile time, before there"
      + " is any input, so nothing in it can depend on the input: loop bounds, if conditions and"
      + " arguments such as shift's offset must be compile-time constants. Compute what depends on"
      + " the input as Sops (length(), where(condition, a, b), aggregates), or loop to a constant"
      + " maximum and choose per position with where";

  /** A loop bound read by running the program on an input was "cannot resolve method eval". */
  @Test
  void aLoopBoundReadFromTheInputSaysTheBodyCannotDependOnIt() {
    JavaFileObject source = ProgramSource.of(
        "@RaspProgram static Sop<Integer> p(Sop<Integer> xs) {",
        "  for (int i = 0; i < xs.eval(1, 2, 3).get(0); i++) { xs = xs.plus(1); }",
        "  return xs;",
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[rasp4j.input-dependent] xs.eval(...) runs the program on an input"
            + WHY)
        .inFile(source)
        .onLineContaining("xs.eval(1, 2, 3)");
  }

  @Test
  void everyWayOfRunningTheProgramInItsBodyIsTheSameError() {
    for (String run : new String[] {"xs.trace(\"ab\")",
        "key(xs).eq(query(xs)).matrix(\"ab\")", "selectAll().rows(\"ab\")"}) {
      JavaFileObject source = ProgramSource.of(
          "@RaspProgram static Sop<Character> p(Sop<Character> xs) {",
          "  Object seen = " + run + ";",
          "  return xs;",
          "}");
      assertThat(compile(source))
          .hadErrorContaining("[rasp4j.input-dependent] ")
          .inFile(source)
          .onLineContaining(run);
    }
  }

  @Test
  void aSopWhereAHelperTakesAConstantSaysTheBodyCannotDependOnTheInput() {
    JavaFileObject source = ProgramSource.of(
        "@RaspProgram static Sop<Character> p(Sop<Character> xs) {",
        "  return shift(length(), '_', xs);",
        "}");
    assertThat(compile(source))
        .hadErrorContaining("[rasp4j.input-dependent] shift(a Sop, Character, a Sop) passes a Sop"
            + " as argument 1, where shift takes a constant" + WHY)
        .inFile(source)
        .onLineContaining("shift(length()");
  }

  @Test
  void aLoopBoundThatIsASopSaysTheBodyCannotDependOnTheInput() {
    JavaFileObject source = ProgramSource.of(
        "@RaspProgram static Sop<Integer> p(Sop<Integer> xs) {",
        "  Sop<Integer> n = length();",
        "  for (int i = 0; i < n; i++) { xs = xs.plus(1); }",
        "  return xs;",
        "}");
    assertThat(compile(source))
        .hadErrorContaining("[rasp4j.input-dependent] 'i < n' compares a constant with a Sop,"
            + " whose values exist only per input" + WHY)
        .inFile(source)
        .onLineContaining("i < n");
  }

  /** A generic program failing for one token type says which: the line compiles for the other. */
  @Test
  void aGenericProgramFailingForOneTokenTypeSaysWhich() {
    JavaFileObject plusOne = ProgramSource.of(
        "@SuppressWarnings(\"unchecked\")",
        "@RaspProgram static <V> Sop<V> p(Sop<V> tokens) {",
        "  Sop<Integer> ints = (Sop<Integer>) (Sop<?>) tokens;",
        "  return (Sop<V>) (Sop<?>) ints.plus(1);",
        "}");
    Compilation compilation = compile(plusOne);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[rasp4j.type-error] '+' needs operands of one type, not char and int (with"
            + " V = Character: a generic program is compiled once per token"
            + " type, Sop<Character> and Sop<Integer>, and must compile for both)")
        .inFile(plusOne)
        .onLineContaining("ints.plus(1)");
  }

  @Test
  void aProgramOfOneTokenTypeNamesNone() {
    Compilation compilation = compile(ProgramSource.of(
        "@RaspProgram static Sop<Character> p(Sop<Character> tokens) {",
        "  return tokens.plus('a');",
        "}"));
    assertThat(compilation).failed();
    org.junit.jupiter.api.Assertions.assertFalse(
        compilation.errors().get(0).getMessage(null).contains("with T ="));
  }
}
