package org.rasp4j.processor.endtoend;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.JavaFileObjects;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Java's typing rules where the processor must follow javac to compute what the lambda computes:
 * {@code ?:} typing, overload resolution (in functions and for helpers), method references,
 * assignment and compound assignment in program bodies, short-circuit evaluation. Each program is
 * run by the interpreter (javac's code) and by the generated evaluator; they must agree, and the
 * expected value, worked out by hand from the JLS, is checked too.
 */
class JavaRulesEndToEndTest {
  private static final CompiledSources CLASSES = CompiledSources.of(
      JavaFileObjects.forSourceLines("rules.Programs",
          "package rules;",
          "import static org.rasp4j.Rasp.*;",
          "import org.rasp4j.*;",
          "import org.rasp4j.annotation.*;",
          "public class Programs {",
          "  static String h(int x) { return \"int\"; }",
          "  static String h(char x) { return \"char\"; }",
          "  static String g(double x) { return \"double\"; }",
          "  static String g(long x) { return \"long\"; }",
          "  static String o(Object x) { return \"Object\"; }",
          "  static String o(Integer x) { return \"Integer\"; }",
          "  static String p(Object x) { return \"Object\"; }",
          "  static String p(int x) { return \"int\"; }",
          "  static String v(int... xs) { return \"varargs\" + xs.length; }",
          "  static String v(int a, int b) { return \"two\"; }",
          "  static int twice(int x) { return 2 * x; }",
          // ?: typing (JLS 15.25)
          "  @RaspProgram(name = \"TernaryString\")",
          "  public static Sop<String> ternaryString(Sop<Integer> t) {",
          "    return t.map(STRING, x -> \"\" + (x > 0 ? 'a' : 1));",
          "  }",
          "  @RaspProgram(name = \"TernaryChar\")",
          "  public static Sop<Character> ternaryChar(Sop<Integer> t) {",
          "    return t.map(CHAR, x -> x > 0 ? 'a' : 1);",
          "  }",
          "  @RaspProgram(name = \"TernaryLocal\")",
          "  public static Sop<String> ternaryLocal(Sop<Integer> t) {",
          "    int one = 1;", // not a constant variable: the ?: is an int
          "    final int two = 2;", // a constant variable: the ?: is a char
          "    return t.map(STRING, x -> \"\" + (x > 0 ? 'a' : one) + (x > 0 ? 'b' : two));",
          "  }",
          // overloads of static methods called in functions
          "  @RaspProgram(name = \"Overloads\")",
          "  public static Sop<String> overloads(Sop<Integer> t) {",
          "    return t.map(STRING, x -> h(x) + g(x) + o(x) + o(x + 1) + p(x) + p(x + 1)"
              + " + v(x) + v(x, x) + v(x, x, x) + h('a') + g(3));",
          "  }",
          "  @RaspProgram(name = \"CharOverloads\")",
          "  public static Sop<String> charOverloads(Sop<Character> t) {",
          "    return t.map(STRING, c -> h(c) + p(c) + String.valueOf(c) + Math.abs(c)"
              + " + Character.toString(c + 1));",
          "  }",
          // valid Java that used to be rejected
          "  @RaspProgram(name = \"Round\")",
          "  public static Sop<Integer> round(Sop<Integer> t) {",
          "    return t.map(INT, x -> Math.round(x));",
          "  }",
          "  @RaspProgram(name = \"References\")",
          "  public static Sop<Integer> references(Sop<Integer> t) {",
          "    return t.map(INT, Math::abs).map(INT, Programs::twice)",
          "        .map(STRING, x -> \"ab\" + x).map(INT, String::length);",
          "  }",
          "  @RaspProgram(name = \"Digits\")",
          "  public static Sop<Boolean> digits(Sop<Character> t) {",
          "    return t.map(BOOL, Character::isDigit);",
          "  }",
          "  @RaspProgram(name = \"Wide\")",
          "  public static Sop<String> wide(Sop<Integer> t) {",
          "    return t.map(STRING, x -> \"\" + (x * 3_000_000_000L) + (x / 3f) + (x >>> 28)"
              + " + (~x) + (x << 33) + (char) (x + 'a') + (byte) (x * 100) + x.equals(3)"
              + " + x.compareTo(2));",
          "  }",
          // program bodies: assignment, compound assignment, short-circuit, helper overloads
          "  static Sop<Integer> bump(Sop<Integer> s, double d) { return s.plus(100); }",
          "  static Sop<Integer> bump(Sop<Integer> s, int d) { return s.plus(1); }",
          "  static Sop<Integer> hc(Sop<Integer> s, int c) { return s.plus(10); }",
          "  static Sop<Integer> hc(Sop<Integer> s, char c) { return s.plus(20); }",
          "  static Sop<Integer> hd(Sop<Integer> s, double c) { return s.plus(30); }",
          "  static Sop<Integer> hd(Sop<Integer> s, long c) { return s.plus(40); }",
          "  static Sop<Integer> ho(Sop<Integer> s, Object c) { return s.plus(50); }",
          "  static Sop<Integer> ho(Sop<Integer> s, Integer c) { return s.plus(60); }",
          "  @SafeVarargs static Sop<Integer> sum(Sop<Integer>... xs) {",
          "    Sop<Integer> total = constant(0);",
          "    for (Sop<Integer> x : xs) { total = total.plus(x); }",
          "    return total;",
          "  }",
          "  static Sop<Integer> sum(Sop<Integer> a, Sop<Integer> b) { return a.minus(b); }",
          "  @RaspProgram(name = \"Body\")",
          "  public static Sop<Integer> body(Sop<Integer> t) {",
          "    double d = 0;",
          "    d = 1;",
          "    int x = 1;",
          "    x += 1.5;",
          "    char c = 'a';",
          "    c += 1;",
          "    int[] a = {1, 2};",
          "    int i = 0;",
          "    boolean first = i > 0 && a[i - 1] > 1;",
          "    boolean second = i == 0 || a[i - 1] > 1;",
          "    Sop<Integer> s = t.plus((int) (d / 2 * 10)).times(x).plus((int) c);",
          "    s = first ? s : bump(s, 3);",
          "    s = second ? hc(s, 'a') : s;",
          "    s = hd(s, 3);",
          "    s = ho(s, 3);",
          "    return sum(s, sum(t, t, t)).plus(sum(t));",
          "  }",
          "  @RaspProgram(name = \"CheckedCast\")",
          "  public static Sop<Integer> checkedCast(Sop<Integer> t) {",
          "    return t.map(INT, x -> (int) (x > 0 ? x : \"neg\"));",
          "  }",
          "  @RaspProgram(name = \"ByCapturedZero\")",
          "  public static Sop<Integer> byCapturedZero(Sop<Integer> t) {",
          "    int zero = 0;", // a literal in the generated code: no javac warning, same exception
          "    return t.map(INT, x -> x / zero + x % (zero * 3));",
          "  }",
          "  static Integer boxedThree() { return 3; }",
          "  static Sop<Integer> hb(Sop<Integer> s, int c) { return s.plus(70); }",
          "  static Sop<Integer> hb(Sop<Integer> s, Object c) { return s.plus(80); }",
          "  @RaspProgram(name = \"BodyCallType\")",
          "  public static Sop<Integer> bodyCallType(Sop<Integer> t) {",
          "    return hb(t, boxedThree());",
          "  }",
          "  @RaspProgram(name = \"ByConstantOperand\")",
          "  public static Sop<Integer> byConstantOperand(Sop<Integer> t) {",
          // the operands are constants: written as literals, b - 1 would be javac's constant 0
          "    return zip(INT, constant(1), constant(1), (a, b) -> -3 % (b - 1)).plus(t);",
          "  }",
          "  @RaspProgram(name = \"BodyTernary\")",
          "  public static Sop<String> bodyTernary(Sop<Integer> t) {",
          "    String s = \"\" + (true ? 'a' : 1) + (false ? 'a' : 66);",
          "    return t.map(STRING, x -> s + x);",
          "  }",
          "}"),
      JavaFileObjects.forSourceLines("rules.Imported",
          "package rules;",
          "import static java.lang.Math.abs;",
          "import static org.rasp4j.Rasp.*;",
          "import org.rasp4j.*;",
          "import org.rasp4j.annotation.*;",
          "public class Imported {",
          "  @RaspProgram(name = \"StaticImport\")",
          "  public static Sop<Integer> staticImport(Sop<Integer> t) {",
          "    return t.map(INT, x -> abs(x) + 1).map(STRING, x -> \"\" + abs(x * 1L))"
              + ".map(INT, String::length).map(INT, x -> x).map(INT, x -> abs(-x));",
          "  }",
          "}"));

  static Stream<Arguments> intPrograms() {
    return Stream.of(
        Arguments.of("ternaryString", "TernaryString", new int[] {3, -1, 0}, "[a, \u0001, \u0001]"),
        Arguments.of("ternaryChar", "TernaryChar", new int[] {3, -1}, "[a, \u0001]"),
        Arguments.of("ternaryLocal", "TernaryLocal", new int[] {3, -1}, "[97b, 1\u0002]"),
        Arguments.of("overloads", "Overloads", new int[] {5},
            "[intlongIntegerIntegerObjectintvarargs1twovarargs3charlong]"),
        Arguments.of("round", "Round", new int[] {7, -7}, "[7, -7]"),
        Arguments.of("references", "References", new int[] {-12, 5}, "[4, 4]"),
        Arguments.of("wide", "Wide", new int[] {3, -5},
            "[90000000001.00-46d44true1, -15000000000-1.6666666154-10\\12false-1]"),
        // d = 1.0 so (int) (d / 2 * 10) = 5; x = (int) 2.5 = 2; c = 'b'; first is false without
        // reading a[-1]; bump(int) +1, hc(char) +20, hd(long) +40, ho(Integer) +60; then
        // sum(s, t + t + t) = s - 3t, plus sum(t) = t.
        Arguments.of("body", "Body", new int[] {1, 2}, "[229, 229]"),
        Arguments.of("bodyTernary", "BodyTernary", new int[] {7}, "[aB7]"),
        // boxedThree() is an Integer: hb(Object) applies without unboxing, so javac picks it
        Arguments.of("bodyCallType", "BodyCallType", new int[] {1}, "[81]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void intPrograms(String method, String generated, int[] tokens, String expected) {
    String interpreted = Agreement.interpreted(CLASSES, "rules.Programs", method, tokens);
    assertThat(Agreement.generated(CLASSES, "rules." + generated, tokens)).isEqualTo(interpreted);
    assertThat(interpreted).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void aStaticallyImportedJavaLangMethod() {
    int[] tokens = {-12, 999};
    String interpreted = Agreement.interpreted(CLASSES, "rules.Imported", "staticImport", tokens);
    assertThat(interpreted).isEqualTo("[2, 4]");
    assertThat(Agreement.generated(CLASSES, "rules.StaticImport", tokens)).isEqualTo(interpreted);
  }

  @org.junit.jupiter.api.Test
  void aCastFromObjectThrowsAsTheLambdaDoes() {
    // (int) of the lub of Integer and String is a checked cast: ClassCastException for "neg"
    String interpreted = Agreement.interpreted(CLASSES, "rules.Programs", "checkedCast", new int[] {5, -1});
    assertThat(interpreted).startsWith("org.rasp4j.RaspException: map at position 1: ");
    assertThat(interpreted).contains("ClassCastException");
    assertThat(Agreement.generated(CLASSES, "rules.CheckedCast", new int[] {5, -1})).isEqualTo(interpreted);
    assertThat(Agreement.generated(CLASSES, "rules.CheckedCast", new int[] {5})).isEqualTo("[5]");
  }

  @org.junit.jupiter.api.Test
  void aZeroDivisorFromConstantOperandsCompilesQuietlyAndThrowsAsTheLambdaDoes() {
    int[] tokens = {4, 5};
    String interpreted =
        Agreement.interpreted(CLASSES, "rules.Programs", "byConstantOperand", tokens);
    assertThat(interpreted).isEqualTo("org.rasp4j.RaspException: zip at position 0: / by zero");
    assertThat(Agreement.generated(CLASSES, "rules.ByConstantOperand", tokens))
        .isEqualTo(interpreted);
  }

  @org.junit.jupiter.api.Test
  void aCapturedZeroDivisorThrowsAsTheLambdaDoes() {
    int[] tokens = {4};
    String interpreted = Agreement.interpreted(CLASSES, "rules.Programs", "byCapturedZero", tokens);
    assertThat(interpreted).isEqualTo("org.rasp4j.RaspException: map at position 0: / by zero");
    assertThat(Agreement.generated(CLASSES, "rules.ByCapturedZero", tokens)).isEqualTo(interpreted);
    assertThat(Agreement.generated(CLASSES, "rules.ByCapturedZero", new int[0])).isEqualTo("[]");
  }

  @ParameterizedTest(name = "{0} on {2}")
  @CsvSource(delimiter = ';', value = {
      "charOverloads; CharOverloads; a; [charObjecta97b]",
      "digits; Digits; a1; [false, true]",
  })
  void charPrograms(String method, String generated, String input, String expected) {
    String interpreted = Agreement.interpreted(CLASSES, "rules.Programs", method, input);
    assertThat(Agreement.generated(CLASSES, "rules." + generated, input)).isEqualTo(interpreted);
    assertThat(interpreted).isEqualTo(expected);
  }
}
