package org.rasp4j.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.rasp4j.processor.RaspProcessor;

/**
 * One test per diagnostic: the program below each is what a user could write; the error must name
 * the problem, say what to write instead, and point at the exact line.
 */
class DiagnosticsTest {
  private static Compilation compile(JavaFileObject source) {
    return javac().withProcessors(new RaspProcessor()).compile(source);
  }

  private static void assertError(String code, String onLine, String... members) {
    JavaFileObject source = ProgramSource.of(members);
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[rasp4j." + code + "]");
    assertThat(compilation)
        .hadErrorContaining("[rasp4j." + code + "]")
        .inFile(source)
        .onLineContaining(onLine);
  }

  @Test
  void aProgramMustBeStatic() {
    assertError("not-static", "Sop<Character> flip(",
        "@RaspProgram Sop<Character> flip(Sop<Character> tokens) { return tokens; }");
  }

  @Test
  void aNativeProgramHasNoBodyToRead() {
    assertError("no-body", "nativeProgram(",
        "@RaspProgram static native Sop<Character> nativeProgram(Sop<Character> tokens);");
  }

  @Test
  void aGeneratedClassMayNotHideATypeTheSourceNames() {
    // java.lang.Math, and org.rasp4j.Sop through ProgramSource's import org.rasp4j.*: a class
    // test.Math or test.Sop would take their place in the program's own source.
    assertError("name-collision", "name = \"Math\"",
        "@RaspProgram(name = \"Math\")",
        "static Sop<Character> m(Sop<Character> tokens) { return tokens; }");
    assertError("name-collision", "name = \"Sop\"",
        "@RaspProgram(name = \"Sop\")",
        "static Sop<Character> s(Sop<Character> tokens) { return tokens; }");
  }

  @Test
  void aCallThatThrowsWhileTheProgramIsBuiltIsAnErrorAtTheCall() {
    assertError("throws", "names.add(",
        "@RaspProgram static Sop<Character> p(Sop<Character> tokens) {",
        "  java.util.List<String> names = java.util.List.of(\"a\");",
        "  names.add(\"b\");",
        "  return tokens;",
        "}");
  }

  @Test
  void aCastThatFailsInJavaIsAnErrorAtTheCast() {
    // Java throws ClassCastException there; without the check the error came later, on the
    // method ("returns a Sop; p does not") or where the value was used.
    assertError("throws", "(Sop<Character>) (Object)",
        "@SuppressWarnings(\"unchecked\")",
        "@RaspProgram static Sop<Character> p(Sop<Character> tokens) {",
        "  return (Sop<Character>) (Object) Library.selectAll();",
        "}");
    assertError("throws", "(Integer) o",
        "@RaspProgram static Sop<Integer> q(Sop<Integer> tokens) {",
        "  Object o = \"x\";",
        "  return tokens.plus((Integer) o);",
        "}");
  }

  @Test
  void aProgramTakesOneSopOfCharactersIntegersOrAVariable() {
    assertError("bad-signature", "twoInputs(",
        "@RaspProgram static Sop<Character> twoInputs(Sop<Character> a, Sop<Character> b) {",
        "  return a; }");
    assertError("bad-signature", "strings(",
        "@RaspProgram static Sop<String> strings(Sop<String> tokens) { return tokens; }");
  }

  @Test
  void aSwitchStatementIsNotSupported() {
    assertError("unsupported-statement", "switch (3)",
        "@RaspProgram static Sop<Character> p(Sop<Character> tokens) {",
        "  switch (3) { default: return tokens; }",
        "}");
  }

  @Test
  void objectCreationIsNotSupported() {
    assertError("unsupported-expression", "new java.util.Random",
        "@RaspProgram static Sop<Character> p(Sop<Character> tokens) {",
        "  Object o = new java.util.Random();",
        "  return tokens;",
        "}");
  }

  @Test
  void aLongLiteralIsNotARaspValue() {
    assertError("unsupported-expression", "long big",
        "@RaspProgram static Sop<Character> p(Sop<Character> tokens) {",
        "  long big = 3L;",
        "  return tokens;",
        "}");
  }

  @Test
  void aFunctionMayCaptureOnlyConstants() {
    assertError("not-constant", "other == null",
        "@RaspProgram static Sop<Integer> p(Sop<Character> tokens) {",
        "  Sop<Integer> other = indices();",
        "  return tokens.map(INT, c -> other == null ? 0 : 1);",
        "}");
  }

  @Test
  void aMutableFieldIsNotAConstant() {
    JavaFileObject source = ProgramSource.of(
        "static int WINDOW = 2;",
        "@RaspProgram static Sop<Character> p(Sop<Character> tokens) {",
        "  return shift(WINDOW, '_', tokens);",
        "}");
    assertThat(compile(source))
        .hadErrorContaining("[rasp4j.not-constant] WINDOW must be a compile-time constant here; it"
            + " is not final")
        .inFile(source)
        .onLineContaining("shift(WINDOW");
  }

  /**
   * A static final field whose initializer is no constant expression has no value at compile
   * time; the message said it read "constants (static final fields)" and could not resolve one.
   */
  @Test
  void aStaticFinalFieldThatIsNoCompileTimeConstantSaysWhatIsAccepted() {
    JavaFileObject source = ProgramSource.of(
        "static final int N = Integer.parseInt(\"3\");",
        "@RaspProgram static Sop<Character> p(Sop<Character> tokens) {",
        "  return shift(N, '_', tokens);",
        "}");
    assertThat(compile(source))
        .hadErrorContaining("[rasp4j.not-constant] N must be a compile-time constant here; it is"
            + " static final, but its initializer Integer.parseInt(\"3\") is no constant"
            + " expression (JLS 15.29), so the field has its value only when the class runs; a"
            + " program reads compile-time constants: static final fields of a primitive type or"
            + " String initialised with a constant expression (static final int N = 3;), so write"
            + " the field that way, or compute the value in the program's body")
        .inFile(source)
        .onLineContaining("shift(N");
    assertThat(compile(source)).hadErrorCount(1);
  }

  @Test
  void aNonConstantFieldIsExplainedQualifiedAndInAFunctionToo() {
    JavaFileObject qualified = ProgramSource.of(
        "static class Sizes { static final Integer N = 3; }",
        "@RaspProgram static Sop<Character> p(Sop<Character> tokens) {",
        "  return shift(Sizes.N, '_', tokens);",
        "}");
    assertThat(compile(qualified))
        .hadErrorContaining("[rasp4j.not-constant] Sizes.N must be a compile-time constant here;"
            + " it is static final, but its initializer 3 is no constant expression")
        .inFile(qualified)
        .onLineContaining("shift(Sizes.N");
    JavaFileObject captured = ProgramSource.of(
        "static final int STEP = Integer.parseInt(\"2\");",
        "@RaspProgram static Sop<Integer> p(Sop<Integer> tokens) {",
        "  return tokens.map(INT, x -> x + STEP);",
        "}");
    assertThat(compile(captured))
        .hadErrorContaining("[rasp4j.not-constant] STEP must be a compile-time constant here; it is"
            + " static final, but its initializer")
        .inFile(captured)
        .onLineContaining("x + STEP");
    JavaFileObject instance = ProgramSource.of(
        "int width = 2;",
        "@RaspProgram static Sop<Character> p(Sop<Character> tokens) {",
        "  return shift(width, '_', tokens);",
        "}");
    assertThat(compile(instance))
        .hadErrorContaining("[rasp4j.not-constant] width must be a compile-time constant here; it"
            + " is an instance field, and a program is static")
        .inFile(instance)
        .onLineContaining("shift(width");
  }

  @Test
  void anUnknownNameSaysWhichFieldsAreConstants() {
    JavaFileObject source = ProgramSource.of(
        "@RaspProgram static Sop<Character> p(Sop<Character> tokens) {",
        "  return shift(MISSING, '_', tokens);",
        "}");
    assertThat(compile(source))
        .hadErrorContaining("[rasp4j.unknown-name] cannot resolve MISSING; a RASP program reads its"
            + " parameters, locals, compile-time constants (static final fields initialised with"
            + " a constant expression) and the DSL");
  }

  @Test
  void evaluatingAtCompileTimeIsNotAProgramStep() {
    assertError("input-dependent", "tokens.eval",
        "@RaspProgram static Sop<Character> p(Sop<Character> tokens) {",
        "  java.util.List<Character> values = tokens.eval(\"abc\");",
        "  return tokens;",
        "}");
  }

  @Test
  void aHelperWithoutSourceIsNotVisible() {
    assertError("helper-not-visible", "requireNonNull",
        "@RaspProgram static Sop<Character> p(Sop<Character> tokens) {",
        "  return java.util.Objects.requireNonNull(tokens);",
        "}");
  }

  @Test
  void arithmeticOnCharactersIsATypeError() {
    assertError("type-error", "tokens.plus('a')",
        "@RaspProgram static Sop<Character> p(Sop<Character> tokens) {",
        "  return tokens.plus('a');",
        "}");
  }

  @Test
  void comparingStringsByReferenceIsAnError() {
    assertError("reference-equality", "String.valueOf(c) == \"a\"",
        "@RaspProgram static Sop<Boolean> p(Sop<Character> tokens) {",
        "  return tokens.map(BOOL, c -> String.valueOf(c) == \"a\");",
        "}");
  }

  @Test
  void aFunctionBodyIsOneExpression() {
    assertError("lambda", "int d = c - '0'",
        "@RaspProgram static Sop<Integer> p(Sop<Character> tokens) {",
        "  return tokens.map(INT, c -> {",
        "    int d = c - '0';",
        "    return d; });",
        "}");
  }

  @Test
  void aFunctionOfTheWrongArityCountsItsParametersInTheRightNumber() {
    JavaFileObject source = ProgramSource.of(
        "@RaspProgram static Sop<Integer> p(Sop<Integer> tokens) {",
        "  return zip(INT, tokens, tokens, x -> x);",
        "}");
    assertThat(compile(source))
        .hadErrorContaining("[rasp4j.lambda] this function takes 1 parameter; it needs 2")
        .inFile(source)
        .onLineContaining("x -> x");
  }

  @Test
  void aFunctionMustBePassedDirectly() {
    assertError("lambda", "Fn1<Character, Integer> f",
        "@RaspProgram static Sop<Integer> p(Sop<Character> tokens) {",
        "  Fn1<Character, Integer> f = c -> c - '0';",
        "  return tokens.map(INT, f);",
        "}");
  }

  @Test
  void aFunctionCannotCallAPrivateMethod() {
    assertError("inaccessible", "digit(c)",
        "private static int digit(char c) { return c - '0'; }",
        "@RaspProgram static Sop<Integer> p(Sop<Character> tokens) {",
        "  return tokens.map(INT, c -> digit(c));",
        "}");
  }

  @Test
  void aFunctionCannotCallAStaticMethodOfAPrivateClass() {
    // javac accepts it in the program's own class; the generated class could not call it.
    assertError("inaccessible", "Hidden.digit(c)",
        "private static class Hidden { static int digit(char c) { return c - '0'; } }",
        "@RaspProgram static Sop<Integer> p(Sop<Character> tokens) {",
        "  return tokens.map(INT, c -> Hidden.digit(c));",
        "}");
    assertError("inaccessible", "Programs::twice",
        "private static int twice(int x) { return 2 * x; }",
        "@RaspProgram static Sop<Integer> p(Sop<Integer> tokens) {",
        "  return tokens.map(INT, Programs::twice);",
        "}");
  }

  @Test
  void comparingTwoBoxedParametersWithEqualsEqualsIsAnError() {
    // Java compares the references of two Integers: 150 == 150 may be false. Not a value test.
    assertError("reference-equality", "(a, b) -> a == b",
        "@RaspProgram static Sop<Boolean> p(Sop<Integer> tokens) {",
        "  return zip(BOOL, tokens, tokens.plus(0), (a, b) -> a == b);",
        "}");
    assertError("reference-equality", "(k, q) -> k != q",
        "@RaspProgram static Sop<Integer> p(Sop<Integer> tokens) {",
        "  return select(tokens, tokens, (k, q) -> k != q).width();",
        "}");
    assertError("reference-equality", "c == d",
        "@RaspProgram static Sop<Boolean> p(Sop<Character> tokens) {",
        "  return zip(BOOL, tokens, tokens, (c, d) -> c == d);",
        "}");
  }

  @Test
  void anAmbiguousCallInAFunctionIsAnError() {
    assertError("type-error", "pick(x, x)",
        "static int pick(long a, int b) { return 1; }",
        "static int pick(int a, long b) { return 2; }",
        "@RaspProgram static Sop<Integer> p(Sop<Integer> tokens) {",
        "  return tokens.map(INT, x -> pick(x, x));",
        "}");
  }

  @Test
  void unboundedRecursionIsTooDeep() {
    assertError("too-deep", "return loop(t)",
        "static Sop<Character> loop(Sop<Character> t) {",
        "  return loop(t);",
        "}",
        "@RaspProgram static Sop<Character> p(Sop<Character> tokens) {",
        "  return loop(tokens);",
        "}");
  }

  @Test
  void twoProgramsCannotGenerateOneClass() {
    assertError("name-collision", "static Sop<Character> second(",
        "@RaspProgram(name = \"Same\") static Sop<Character> first(Sop<Character> tokens) {",
        "  return tokens; }",
        "@RaspProgram(name = \"Same\")",
        "static Sop<Character> second(Sop<Character> tokens) { return tokens; }");
  }
}
