package org.rasp4j.interpreter;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rasp4j.Library.selectAll;
import static org.rasp4j.Rasp.CHAR;
import static org.rasp4j.Rasp.INT;
import static org.rasp4j.Rasp.tokens;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.rasp4j.RaspException;
import org.rasp4j.Sop;

/**
 * Run-time problems are RaspExceptions that say which SOp (by its {@code named} name) and which
 * position.
 */
class RuntimeErrorsTest {

  private static RaspException failure(Executable run) {
    return assertThrows(RaspException.class, run);
  }

  @Test
  void aNullStringInput() {
    RaspException e = failure(() -> tokens(CHAR).eval((String) null));
    assertThat(e.sop()).isEqualTo("tokens");
    assertThat(e.position()).isEqualTo(-1);
    assertThat(e).hasMessageThat().startsWith("tokens: the input is null");
  }

  @Test
  void aNullIntArrayInput() {
    RaspException e = failure(() -> tokens(INT).eval((int[]) null));
    assertThat(e.sop()).isEqualTo("tokens");
    assertThat(e).hasMessageThat().startsWith("tokens: the input is null");
  }

  @Test
  void aCharProgramOnIntTokens() {
    RaspException e = failure(() -> tokens(CHAR).named("letters").eq('a').eval(1, 2));
    assertThat(e.sop()).isEqualTo("tokens 'letters'");
    assertThat(e)
        .hasMessageThat()
        .isEqualTo(
            "tokens 'letters': the program reads char tokens but the input holds int tokens");
  }

  @Test
  void aMapThatThrowsKeepsItsCause() {
    IllegalStateException boom = new IllegalStateException("boom");
    Sop<Integer> program =
        tokens(INT)
            .map(
                INT,
                x -> {
                  if (x == 3) {
                    throw boom;
                  }
                  return x;
                })
            .named("picky");

    RaspException e = failure(() -> program.eval(1, 2, 3));

    assertThat(e.position()).isEqualTo(2);
    assertThat(e)
        .hasMessageThat()
        .isEqualTo("map 'picky' at position 2: the function threw IllegalStateException: boom");
    assertThat(e).hasCauseThat().isSameInstanceAs(boom);
  }

  @Test
  void aMapReturningNull() {
    Sop<Integer> program = tokens(INT).map(INT, x -> x > 0 ? x : null).named("partial");
    RaspException e = failure(() -> program.eval(4, 0));
    assertThat(e)
        .hasMessageThat()
        .isEqualTo("map 'partial' at position 1: the function returned null, not a int");
  }

  @Test
  void intOverflowInPlus() {
    RaspException e = failure(() -> tokens(INT).plus(1).named("bump").eval(0, Integer.MAX_VALUE));
    assertThat(e.sop()).isEqualTo("+ 'bump'");
    assertThat(e.position()).isEqualTo(1);
    assertThat(e)
        .hasMessageThat()
        .isEqualTo("+ 'bump' at position 1: integer overflow: 2147483647 + 1");
  }

  @Test
  void intOverflowInMinusTimesNegateAndDivision() {
    assertThat(failure(() -> tokens(INT).minus(1).named("m").eval(Integer.MIN_VALUE)))
        .hasMessageThat()
        .startsWith("- 'm' at position 0: integer overflow");
    assertThat(failure(() -> tokens(INT).times(2).named("twice").eval(1, 1 << 30)))
        .hasMessageThat()
        .startsWith("* 'twice' at position 1: integer overflow");
    assertThat(failure(() -> tokens(INT).negate().named("neg").eval(5, Integer.MIN_VALUE)))
        .hasMessageThat()
        .startsWith("neg 'neg' at position 1: integer overflow");
    assertThat(failure(() -> tokens(INT).div(-1).named("flip").eval(Integer.MIN_VALUE)))
        .hasMessageThat()
        .startsWith("/ 'flip' at position 0: integer overflow");
  }

  @Test
  void intOverflowInAnAggregateSum() {
    RaspException e =
        failure(() -> selectAll().value(tokens(INT)).named("total").eval(Integer.MAX_VALUE, 1));
    assertThat(e.sop()).isEqualTo("aggregate 'total'");
    assertThat(e.position()).isEqualTo(0);
    assertThat(e).hasMessageThat().contains("integer overflow");
  }

  @Test
  void summingTwoChars() {
    RaspException e = failure(() -> selectAll().value(tokens(CHAR)).named("both").eval("ab"));
    assertThat(e.position()).isEqualTo(0);
    assertThat(e)
        .hasMessageThat()
        .startsWith(
            "aggregate 'both' at position 0: cannot sum 2 char values (key positions [0, 1])");
  }

  @Test
  void summingTwoBooleansSuggestsToInt() {
    RaspException e =
        failure(() -> selectAll().value(tokens(CHAR).eq('a')).named("flags").eval("xyz"));
    assertThat(e)
        .hasMessageThat()
        .startsWith("aggregate 'flags' at position 0: cannot sum 3 boolean");
    assertThat(e).hasMessageThat().contains("toInt()");
  }

  @Test
  void divisionAndModuloByZero() {
    assertThat(failure(() -> tokens(INT).div(0).named("q").eval(5)))
        .hasMessageThat()
        .isEqualTo("/ 'q' at position 0: division by zero: 5 / 0");
    assertThat(failure(() -> tokens(INT).mod(0).named("r").eval(1, 5)))
        .hasMessageThat()
        .isEqualTo("% 'r' at position 0: modulo by zero: 1 % 0");
    assertThat(failure(() -> tokens(INT).toDouble().div(0.0).named("dq").eval(2)))
        .hasMessageThat()
        .startsWith("/ 'dq' at position 0: division by zero");
    assertThat(failure(() -> tokens(INT).toDouble().mod(-0.0).named("dr").eval(2)))
        .hasMessageThat()
        .startsWith("% 'dr' at position 0: modulo by zero");
  }

  @Test
  void divisionByAZeroThatTheProgramComputes() {
    Sop<Integer> t = tokens(INT);
    RaspException e = failure(() -> t.div(t.minus(3)).named("ratio").eval(6, 4, 3));
    assertThat(e.position()).isEqualTo(2);
    assertThat(e.sop()).isEqualTo("/ 'ratio'");
  }

  @Test
  void roundOfNaNAndInfinity() {
    assertThat(failure(() -> tokens(INT).toDouble().times(Double.NaN).round().named("r").eval(1)))
        .hasMessageThat()
        .isEqualTo("round 'r' at position 0: cannot round NaN to an int");
    assertThat(
            failure(
                () ->
                    tokens(INT)
                        .toDouble()
                        .times(Double.POSITIVE_INFINITY)
                        .round()
                        .named("r")
                        .eval(1)))
        .hasMessageThat()
        .isEqualTo("round 'r' at position 0: cannot round Infinity to an int");
  }
}
