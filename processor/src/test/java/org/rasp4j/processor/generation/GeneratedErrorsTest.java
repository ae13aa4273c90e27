package org.rasp4j.processor.generation;

import static com.google.common.truth.Truth.assertThat;
import static org.rasp4j.Library.selectAll;
import static org.rasp4j.Rasp.CHAR;
import static org.rasp4j.Rasp.INT;
import static org.rasp4j.Rasp.constant;
import static org.rasp4j.Rasp.indices;
import static org.rasp4j.Rasp.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasp4j.RaspException;
import org.rasp4j.Sop;

/**
 * Every run-time error a generated evaluator can raise: the exception class and the message are
 * the interpreter's, written out here by hand and checked against the interpreter too.
 */
class GeneratedErrorsTest {
  private static final Sop<Integer> INTS = tokens(INT);
  private static final Sop<Character> CHARS = tokens(CHAR);

  private static Outcome failure(String message) {
    return new Outcome(null, RaspException.class, message);
  }

  /** The generated outcome, after checking that the interpreter gives the same. */
  private static Outcome run(String name, Sop<?> program, int... input) {
    return Differential.agree(CompiledEvaluator.of(name, program.node()), program.node(), input);
  }

  private static Outcome run(String name, Sop<?> program, String input) {
    return Differential.agree(CompiledEvaluator.of(name, program.node()), program.node(), input);
  }

  @Test
  void intOverflow() {
    assertThat(run("Square", INTS.times(INTS), 3, 65536))
        .isEqualTo(failure("* at position 1: integer overflow: 65536 * 65536"));
    assertThat(run("Successor", INTS.plus(1).named("next"), 1, Integer.MAX_VALUE))
        .isEqualTo(failure("+ 'next' at position 1: integer overflow: 2147483647 + 1"));
    assertThat(run("Negation", INTS.negate(), 4, Integer.MIN_VALUE))
        .isEqualTo(failure("neg at position 1: integer overflow: -(-2147483648)"));
    assertThat(run("FloorDiv", INTS.div(INTS.minus(INTS).minus(1)), Integer.MIN_VALUE))
        .isEqualTo(failure("/ at position 0: integer overflow: -2147483648 / -1"));
  }

  @Test
  void divisionAndModuloByZero() {
    assertThat(run("Ratio", INTS.div(indices()).named("ratio"), 5, 6))
        .isEqualTo(failure("/ 'ratio' at position 0: division by zero: 5 / 0"));
    assertThat(run("Remainder", INTS.mod(indices().minus(1)), 5, 6))
        .isEqualTo(failure("% at position 1: modulo by zero: 6 % 0"));
    assertThat(run("DoubleRatio", INTS.toDouble().div(indices().toDouble()), 5))
        .isEqualTo(failure("/ at position 0: division by zero: 5.0 / 0.0"));
    assertThat(run("DoubleRemainder", INTS.toDouble().mod(0.0), 5))
        .isEqualTo(failure("% at position 0: modulo by zero: 5.0 % 0.0"));
  }

  @Test
  void floorDivisionAndPythonModulo() {
    assertThat(run("Floors", INTS.div(3), -7, 7, -1))
        .isEqualTo(Outcome.values(List.of(-3, 2, -1)));
    assertThat(run("Mods", INTS.mod(3), -7, 7, -1))
        .isEqualTo(Outcome.values(List.of(2, 1, 2)));
    assertThat(run("DoubleMods", INTS.toDouble().mod(-3.0), 6, -1, 7))
        .isEqualTo(Outcome.values(List.of(-0.0, -1.0, -2.0)));
  }

  @Test
  void rounding() {
    assertThat(run("HalfEven", INTS.toDouble().div(2.0).round(), 1, 3, 5, -1))
        .isEqualTo(Outcome.values(List.of(0, 2, 2, 0)));
    assertThat(run("RoundNaN", constant(Double.NaN).plus(INTS.toDouble()).round(), 1))
        .isEqualTo(failure("round at position 0: cannot round NaN to an int"));
    assertThat(run("RoundHuge", INTS.toDouble().times(1e10).round(), 0, 1))
        .isEqualTo(failure("round at position 1: integer overflow: round(1.0E10)"));
  }

  @Test
  void sumsThatCannotBeComputed() {
    assertThat(run("Total", selectAll().value(INTS).named("total"), 1, Integer.MAX_VALUE))
        .isEqualTo(failure("aggregate 'total' at position 0: integer overflow: the sum of key"
            + " positions [0, 1] is 2147483648"));
    assertThat(run("CharSum", selectAll().value(CHARS), "ab"))
        .isEqualTo(failure("aggregate at position 0: cannot sum 2 char values (key positions"
            + " [0, 1]); a char aggregate must select at most one position"));
    assertThat(run("BoolSum", selectAll().value(CHARS.eq('a')), "aba"))
        .isEqualTo(failure("aggregate at position 0: cannot sum 3 boolean values (key positions"
            + " [0, 1, 2]); a boolean aggregate must select at most one position (count booleans"
            + " with toInt())"));
    assertThat(run("StringSum", selectAll().value("x"), "ab"))
        .isEqualTo(failure("aggregate at position 0: cannot sum 2 String values (key positions"
            + " [0, 1]); a String aggregate must select at most one position"));
  }

  @Test
  void oneSelectedValuePassesUnchanged() {
    // 0.0 + -0.0 is 0.0: a sum that added the single value to zero would lose the sign.
    Sop<Double> negativeZero = INTS.toDouble().times(-0.0);
    assertThat(run("OneDouble", selectAll().value(negativeZero), 3))
        .isEqualTo(Outcome.values(List.of(-0.0)));
    assertThat(run("OneChar", selectAll().value(CHARS, '?'), "z"))
        .isEqualTo(Outcome.values(List.of('z')));
  }

  @Test
  void nullInputs() {
    CompiledEvaluator chars = CompiledEvaluator.of("Chars", CHARS.node());
    assertThat(chars.run((String) null))
        .isEqualTo(failure("tokens: the input is null; pass a String (\"\" for none)"));
    assertThat(chars.runChars(null))
        .isEqualTo(failure("tokens: the input is null; pass a char[] (empty for none)"));
    assertThat(run("Ints", INTS, (int[]) null))
        .isEqualTo(failure("tokens: the input is null; pass an int[] (empty for none)"));
  }

  @Test
  void theInputIsNeverReturnedItself() {
    CompiledEvaluator identity = CompiledEvaluator.of("Same", INTS.node());
    int[] input = {1, 2};
    try {
      Object output = identity.type().getMethod("evaluate", int[].class).invoke(null, input);
      assertThat(output).isNotSameInstanceAs(input);
      assertThat(output).isEqualTo(new int[] {1, 2});
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
