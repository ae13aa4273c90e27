package org.rasp4j.processor.generation;

import static com.google.common.truth.Truth.assertThat;
import static org.rasp4j.Library.length;
import static org.rasp4j.Library.selectAll;
import static org.rasp4j.Rasp.CHAR;
import static org.rasp4j.Rasp.INT;
import static org.rasp4j.Rasp.indices;
import static org.rasp4j.Rasp.key;
import static org.rasp4j.Rasp.query;
import static org.rasp4j.Rasp.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasp4j.Sop;
import org.rasp4j.internal.Graph;
import org.rasp4j.ir.ElementType;
import org.rasp4j.processor.scalar.Scalar;

/** Which computations can fail, and the int ranges that decide it, worked out by hand. */
class HazardsTest {
  private static final Sop<Integer> INTS = tokens(INT);
  private static final Sop<Character> CHARS = tokens(CHAR);
  private static final long MAX = Integer.MAX_VALUE;
  private static final long MIN = Integer.MIN_VALUE;

  private static Hazards of(Sop<?> program) {
    return Hazards.of(Graph.topological(program.node()));
  }

  private static boolean mayFail(Sop<?> program) {
    return of(program).mayFail(program.node());
  }

  @Test
  void indexArithmeticCannotOverflow() {
    // length is in [0, MAX] (a sum of up to MAX ones), indices in [0, MAX - 1].
    Sop<Integer> opposite = length().minus(indices()).minus(1);
    Hazards hazards = of(opposite);
    assertThat(hazards.mayFail(opposite.node())).isFalse();
    assertThat(hazards.range(length().node())).isEqualTo(new IntRange(0, MAX));
    assertThat(hazards.range(opposite.node())).isEqualTo(new IntRange(-MAX, MAX - 1));
    assertThat(mayFail(indices().plus(1))).isFalse();
    assertThat(mayFail(indices().plus(2))).isTrue(); // MAX - 1 + 2 overflows
    assertThat(mayFail(indices().negate())).isFalse();
    assertThat(mayFail(indices().times(2))).isTrue();
  }

  @Test
  void tokenArithmeticCanOverflow() {
    assertThat(mayFail(INTS.plus(1))).isTrue();
    assertThat(mayFail(INTS.minus(0))).isFalse();
    assertThat(mayFail(INTS.times(1))).isFalse();
    assertThat(mayFail(INTS.times(-1))).isTrue(); // -MIN
    assertThat(mayFail(INTS.negate())).isTrue();
    assertThat(mayFail(CHARS.eq('a').toInt().plus(INTS.mod(7)))).isFalse();
  }

  @Test
  void divisionsFailByZeroOrByMinusOneOfTheMinimum() {
    assertThat(mayFail(INTS.div(3))).isFalse();
    assertThat(mayFail(INTS.mod(-3))).isFalse();
    assertThat(of(INTS.mod(-3)).range(INTS.mod(-3).node())).isEqualTo(new IntRange(-2, 0));
    assertThat(mayFail(INTS.div(-1))).isTrue();
    assertThat(mayFail(INTS.mod(-1))).isFalse(); // floorMod(MIN, -1) is 0
    assertThat(mayFail(INTS.div(indices()))).isTrue();
    assertThat(mayFail(INTS.div(indices().plus(1)))).isFalse();
    assertThat(mayFail(INTS.mod(INTS))).isTrue();
    Sop<Double> real = INTS.toDouble();
    assertThat(mayFail(real.div(2.0))).isFalse();
    assertThat(mayFail(real.div(0.0))).isTrue();
    assertThat(mayFail(real.div(-0.0))).isTrue();
    assertThat(mayFail(real.mod(real))).isTrue();
    assertThat(mayFail(real.div(Double.NaN))).isFalse(); // no error, as in the interpreter
    assertThat(mayFail(real.round())).isTrue();
  }

  @Test
  void sums() {
    assertThat(mayFail(length())).isFalse();
    assertThat(mayFail(selectAll().value(CHARS.eq('a').toInt()))).isFalse();
    assertThat(mayFail(selectAll().value(2))).isTrue(); // MAX twos
    assertThat(mayFail(selectAll().value(INTS))).isTrue();
    assertThat(mayFail(selectAll().value(INTS.toDouble()))).isFalse();
    assertThat(mayFail(selectAll().mean(INTS))).isFalse();
    assertThat(mayFail(selectAll().value(CHARS))).isTrue();
    assertThat(mayFail(selectAll().value(CHARS.eq('a')))).isTrue();
    assertThat(mayFail(key(CHARS).eq(query(CHARS)).width())).isFalse();
    Sop<Integer> defaulted = selectAll().value(indices().mod(2), -5);
    assertThat(of(defaulted).range(defaulted.node())).isEqualTo(new IntRange(-5, MAX));
  }

  @Test
  void scalarFunctions() {
    Scalar.Param x = new Scalar.Param(0, "x", ElementType.INT);
    Scalar two = new Scalar.Literal(ElementType.INT, 2);
    Scalar.Param c = new Scalar.Param(0, "c", ElementType.CHAR);
    assertThat(ScalarHazards.mayFail(new Scalar.Binary("*", x, two, ElementType.INT))).isFalse();
    assertThat(ScalarHazards.mayFail(new Scalar.Binary("/", x, two, ElementType.INT))).isTrue();
    assertThat(ScalarHazards.mayFail(new Scalar.Binary("%", c, c, ElementType.INT))).isTrue();
    assertThat(ScalarHazards.mayFail(new Scalar.Binary("/", x,
        new Scalar.Literal(ElementType.DOUBLE, 2.0), ElementType.DOUBLE))).isFalse();
    assertThat(ScalarHazards.mayFail(new Scalar.Call("java.lang.Math", "abs", List.of(x),
        ElementType.INT))).isFalse();
    assertThat(ScalarHazards.mayFail(new Scalar.Call("java.lang.Math", "floorDiv", List.of(x, x),
        ElementType.INT))).isTrue();
    assertThat(ScalarHazards.mayFail(new Scalar.Call("java.lang.Math", "abs",
        List.of(new Scalar.Binary("/", x, x, ElementType.INT)), ElementType.INT))).isTrue();
    assertThat(ScalarHazards.mayFail(new Scalar.Call("com.example.Mine", "f", List.of(x),
        ElementType.INT))).isTrue();
    assertThat(ScalarHazards.mayFail(new Scalar.Conditional(
        new Scalar.Literal(ElementType.BOOL, true), x,
        new Scalar.Cast(ElementType.INT, new Scalar.Binary("/", c, c, ElementType.INT)),
        ElementType.INT))).isTrue();
  }

  @Test
  void rangesOfProducts() {
    assertThat(new IntRange(-3, 2).times(new IntRange(-5, 4)))
        .isEqualTo(new IntRange(-12, 15));
    assertThat(IntRange.ALL.times(IntRange.ALL).fitsInt()).isFalse();
    assertThat(IntRange.of(1).sumOfTwoOrMore()).isEqualTo(new IntRange(2, MAX));
    assertThat(new IntRange(MIN, 0).clampToInt()).isEqualTo(new IntRange(MIN, 0));
  }
}
