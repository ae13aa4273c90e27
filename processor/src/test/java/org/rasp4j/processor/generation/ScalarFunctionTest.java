package org.rasp4j.processor.generation;

import static com.google.common.truth.Truth.assertThat;
import static org.rasp4j.ir.ElementType.BOOL;
import static org.rasp4j.ir.ElementType.CHAR;
import static org.rasp4j.ir.ElementType.DOUBLE;
import static org.rasp4j.ir.ElementType.INT;
import static org.rasp4j.ir.ElementType.STRING;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rasp4j.Fn1;
import org.rasp4j.Fn2;
import org.rasp4j.Predicate2;
import org.rasp4j.Rasp;
import org.rasp4j.RaspException;
import org.rasp4j.Sop;
import org.rasp4j.ir.ElementType;
import org.rasp4j.ir.SopNode;
import org.rasp4j.processor.scalar.FunctionOrigin;
import org.rasp4j.processor.scalar.Scalar;
import org.rasp4j.processor.scalar.ScalarFunction;

/**
 * Functions translated from source are inlined as Java expressions: each program below is written
 * once with a Java lambda (which the interpreter runs) and once with the scalar function the front
 * end would translate it to (which the generator inlines); both must agree, errors included.
 */
class ScalarFunctionTest {
  private static final Sop<Integer> INTS = Rasp.tokens(Rasp.INT);
  private static final Sop<Character> CHARS = Rasp.tokens(Rasp.CHAR);

  private static Scalar.Param param(int index, ElementType type) {
    return new Scalar.Param(index, "p" + index, type);
  }

  private static Scalar literal(Object value) {
    return new Scalar.Literal(ElementType.of(value), value);
  }

  private static Scalar binary(String operator, Scalar left, Scalar right, ElementType type) {
    return new Scalar.Binary(operator, left, right, type);
  }

  private static ScalarFunction function(String symbol, Scalar body, Scalar.Param... params) {
    // Written here, not read from a program: one origin for all, so only the body tells them apart.
    return new ScalarFunction(
        List.of(params), body, symbol, new FunctionOrigin.Lambda("ScalarFunctionTest", 0));
  }

  /** The generator's version of {@code program}, checked against the interpreter on each input. */
  private static CompiledEvaluator twin(
      String name, Sop<?> program, Object lambda, ScalarFunction translation) {
    SopNode translated = ScalarTwin.of(program.node(), Map.of(lambda, translation));
    return CompiledEvaluator.of(name, translated);
  }

  private static void agreeOnInts(CompiledEvaluator evaluator, Sop<?> program) {
    Differential.agreeOnInts(evaluator, program.node(), Differential.INTS);
  }

  private static void agreeOnStrings(CompiledEvaluator evaluator, Sop<?> program, String... extra) {
    Differential.agreeOnStrings(evaluator, program.node(), Differential.STRINGS);
    Differential.agreeOnStrings(evaluator, program.node(), List.of(extra));
  }

  @Test
  void arithmeticWrapsAsInJava() {
    Fn1<Integer, Integer> f = x -> x * 2 + 1;
    Scalar.Param x = param(0, INT);
    Sop<Integer> program = INTS.map(Rasp.INT, f);
    CompiledEvaluator evaluator = twin("Affine", program, f, function("map",
        binary("+", binary("*", x, literal(2), INT), literal(1), INT), x));
    assertThat(evaluator.run(new int[] {Integer.MAX_VALUE}))
        .isEqualTo(Outcome.values(List.of(-1)));
    agreeOnInts(evaluator, program);
  }

  @Test
  void integerDivisionByZeroIsTheArithmeticMessage() {
    Fn2<Integer, Integer, Integer> f = (a, b) -> a / b + a % (b + 1);
    Scalar.Param a = param(0, INT);
    Scalar.Param b = param(1, INT);
    Sop<Integer> program = Rasp.zip(Rasp.INT, INTS, Rasp.indices(), f).named("quotient");
    CompiledEvaluator evaluator = twin("Quotient", program, f, function("zip",
        binary("+", binary("/", a, b, INT),
            binary("%", a, binary("+", b, literal(1), INT), INT), INT), a, b));
    assertThat(evaluator.run(new int[] {4, 5}))
        .isEqualTo(new Outcome(null, RaspException.class,
            "zip 'quotient' at position 0: / by zero"));
    agreeOnInts(evaluator, program);
  }

  @Test
  void aCalledMethodThatThrows() {
    Fn1<Integer, Integer> f = TestFunctions::picky;
    Scalar.Param x = param(0, INT);
    Sop<Integer> program = INTS.map(Rasp.INT, f).named("picky");
    CompiledEvaluator evaluator = twin("Picky", program, f, function("map",
        new Scalar.Call(TestFunctions.class.getCanonicalName(), "picky", List.of(x), INT), x));
    assertThat(evaluator.run(new int[] {1, 2, 3}))
        .isEqualTo(new Outcome(null, RaspException.class,
            "map 'picky' at position 2: the function threw IllegalStateException: three is not"
                + " allowed"));
    agreeOnInts(evaluator, program);

    Fn1<Integer, Integer> g = TestFunctions::silent;
    Sop<Integer> silent = INTS.map(Rasp.INT, g);
    CompiledEvaluator quiet = twin("Silent", silent, g, function("map",
        new Scalar.Call(TestFunctions.class.getCanonicalName(), "silent", List.of(x), INT), x));
    assertThat(quiet.run(new int[] {1, -2}).message())
        .isEqualTo("map at position 1: the function threw UnsupportedOperationException");
    agreeOnInts(quiet, silent);
  }

  @Test
  void aCalledMethodReturningNull() {
    Fn1<Character, String> f = TestFunctions::nameOf;
    Scalar.Param c = param(0, CHAR);
    Sop<String> program = CHARS.map(Rasp.STRING, f).named("names");
    CompiledEvaluator evaluator = twin("Names", program, f, function("map",
        new Scalar.Call(TestFunctions.class.getCanonicalName(), "nameOf", List.of(c), STRING),
        c));
    assertThat(evaluator.run("ab")).isEqualTo(Outcome.values(List.of("<a>", "<b>")));
    assertThat(evaluator.run("a1").message())
        .isEqualTo("map 'names' at position 1: the function returned null, not a String");
    agreeOnStrings(evaluator, program, "12", "x9y");
  }

  @Test
  void castsConditionalsAndStrings() {
    // (c, i) -> c + ":" + (i > 1 ? 'x' : 7) + (char) (c + 1) + -i + Math.abs(i - 2) / 2.0
    Fn2<Character, Integer, String> f =
        (c, i) -> c + ":" + (i > 1 ? (int) 'x' : 7) + (char) (c + 1) + -i + Math.abs(i - 2) / 2.0;
    Scalar.Param c = param(0, CHAR);
    Scalar.Param i = param(1, INT);
    Scalar choice = new Scalar.Conditional(
        binary(">", i, literal(1), BOOL), literal('x'), literal(7), INT);
    Scalar next = new Scalar.Cast(CHAR, binary("+", c, literal(1), INT));
    Scalar half = binary("/",
        new Scalar.Call("java.lang.Math", "abs", List.of(binary("-", i, literal(2), INT)), INT),
        literal(2.0), DOUBLE);
    Scalar text = binary("+", binary("+", binary("+", binary("+", binary("+",
        c, literal(":"), STRING), choice, STRING), next, STRING),
        new Scalar.Unary("-", i, INT), STRING), half, STRING);
    Sop<String> program = Rasp.zip(Rasp.STRING, CHARS, Rasp.indices(), f);
    CompiledEvaluator evaluator = twin("Texts", program, f, function("zip", text, c, i));
    assertThat(evaluator.run("ab"))
        .isEqualTo(Outcome.values(List.of("a:7b01.0", "b:7c-10.5")));
    agreeOnStrings(evaluator, program);
  }

  @Test
  void booleansAndRedundantCastsCompileWithoutWarnings() {
    // x -> (int) x > 2 ^ x % 2 == 0 | !(x == 5) & (double) x < 9.5
    Fn1<Integer, Boolean> f = x -> x > 2 ^ x % 2 == 0 | !(x == 5) & (double) x < 9.5;
    Scalar.Param x = param(0, INT);
    Scalar body = binary("|",
        binary("^",
            binary(">", new Scalar.Cast(INT, x), literal(2), BOOL),
            binary("==", binary("%", x, literal(2), INT), literal(0), BOOL), BOOL),
        binary("&",
            new Scalar.Unary("!", binary("==", x, literal(5), BOOL), BOOL),
            binary("<", new Scalar.Cast(DOUBLE, x), literal(9.5), BOOL), BOOL),
        BOOL);
    Sop<Boolean> program = INTS.map(Rasp.BOOL, f);
    CompiledEvaluator evaluator = twin("Logic", program, f, function("map", body, x));
    agreeOnInts(evaluator, program);
  }

  @Test
  void aPredicateSelector() {
    Predicate2<Character, Character> same = TestFunctions::sameLetter;
    Scalar.Param k = param(0, CHAR);
    Scalar.Param q = param(1, CHAR);
    Sop<Integer> program = Rasp.select(CHARS, CHARS, same).value(1).named("count");
    CompiledEvaluator evaluator = twin("SameLetter", program, same, function("select",
        new Scalar.Call(TestFunctions.class.getCanonicalName(), "sameLetter", List.of(k, q), BOOL),
        k, q));
    assertThat(evaluator.run("aAb")).isEqualTo(Outcome.values(List.of(2, 2, 1)));
    assertThat(evaluator.run("ab?").message())
        .isEqualTo("select select at position 0: the function threw IllegalArgumentException: no"
            + " letter: ?");
    agreeOnStrings(evaluator, program, "?", "a?", "?a", "Ab?B");
  }

  @Test
  void aPureSelectorPredicateIsInlined() {
    // (k, q) -> k + 1 == q: the predicate cannot fail, so no try block surrounds it.
    Predicate2<Integer, Integer> next = (key, query) -> key + 1 == query;
    Scalar.Param k = param(0, INT);
    Scalar.Param q = param(1, INT);
    Sop<Integer> program = Rasp.select(Rasp.indices(), Rasp.indices(), next).value(INTS, -1);
    CompiledEvaluator evaluator = twin("Previous", program, next, function("select",
        binary("==", binary("+", k, literal(1), INT), q, BOOL), k, q));
    assertThat(evaluator.source()).contains("((k + 1) == q)");
    assertThat(evaluator.source()).doesNotContain("catch");
    agreeOnInts(evaluator, program);
  }
}
