package org.rasp4j.interpreter;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rasp4j.Rasp.CHAR;
import static org.rasp4j.Rasp.INT;
import static org.rasp4j.Rasp.tokens;

import org.junit.jupiter.api.Test;
import org.rasp4j.ir.Builtin;

/**
 * What each built-in computes at one position. The expected values are Python's (RASPy's) results,
 * worked out by hand.
 */
class BuiltinSemanticsTest {

  private static Object apply(Builtin op, Object... args) {
    return BuiltinSemantics.apply(op, args);
  }

  @Test
  void intArithmetic() {
    assertThat(apply(Builtin.PLUS, 2, 3)).isEqualTo(5);
    assertThat(apply(Builtin.MINUS, 2, 5)).isEqualTo(-3);
    assertThat(apply(Builtin.TIMES, -3, 4)).isEqualTo(-12);
    assertThat(apply(Builtin.NEGATE, 5)).isEqualTo(-5);
    assertThat(apply(Builtin.NEGATE, 0)).isEqualTo(0);
  }

  @Test
  void intDivisionFloorsLikePython() {
    assertThat(apply(Builtin.DIV, 7, 2)).isEqualTo(3);
    assertThat(apply(Builtin.DIV, -7, 2)).isEqualTo(-4);
    assertThat(apply(Builtin.DIV, 7, -2)).isEqualTo(-4);
    assertThat(apply(Builtin.DIV, -7, -2)).isEqualTo(3);
    assertThat(apply(Builtin.DIV, 6, -3)).isEqualTo(-2);
    assertThat(apply(Builtin.DIV, 0, -5)).isEqualTo(0);
    assertThat(apply(Builtin.DIV, Integer.MIN_VALUE, 1)).isEqualTo(Integer.MIN_VALUE);
  }

  @Test
  void intModuloHasTheDivisorsSign() {
    assertThat(apply(Builtin.MOD, -1, 3)).isEqualTo(2);
    assertThat(apply(Builtin.MOD, 7, -3)).isEqualTo(-2);
    assertThat(apply(Builtin.MOD, 7, 3)).isEqualTo(1);
    assertThat(apply(Builtin.MOD, -7, -3)).isEqualTo(-1);
    assertThat(apply(Builtin.MOD, -7, 2)).isEqualTo(1);
    assertThat(apply(Builtin.MOD, 6, -3)).isEqualTo(0);
    assertThat(apply(Builtin.MOD, Integer.MIN_VALUE, -1)).isEqualTo(0);
  }

  @Test
  void doubleArithmeticDividesTruly() {
    assertThat(apply(Builtin.PLUS, 0.5, 0.25)).isEqualTo(0.75);
    assertThat(apply(Builtin.MINUS, 0.5, 2.0)).isEqualTo(-1.5);
    assertThat(apply(Builtin.TIMES, 1.5, -2.0)).isEqualTo(-3.0);
    assertThat(apply(Builtin.DIV, 7.0, 2.0)).isEqualTo(3.5);
    assertThat(apply(Builtin.DIV, -7.0, 2.0)).isEqualTo(-3.5);
    assertThat(apply(Builtin.NEGATE, -2.5)).isEqualTo(2.5);
  }

  @Test
  void doubleModuloHasTheDivisorsSign() {
    assertThat(apply(Builtin.MOD, -1.0, 3.0)).isEqualTo(2.0);
    assertThat(apply(Builtin.MOD, 1.0, -3.0)).isEqualTo(-2.0);
    assertThat(apply(Builtin.MOD, 5.5, 2.0)).isEqualTo(1.5);
    assertThat(apply(Builtin.MOD, -5.5, 2.0)).isEqualTo(0.5);
    assertThat(apply(Builtin.MOD, 5.5, -2.0)).isEqualTo(-0.5);
    assertThat(apply(Builtin.MOD, -5.5, -2.0)).isEqualTo(-1.5);
    // Python: 6.0 % -3.0 == -0.0 and -6.0 % 3.0 == 0.0 (a zero takes the divisor's sign too).
    assertThat(apply(Builtin.MOD, 6.0, -3.0)).isEqualTo(-0.0);
    assertThat(apply(Builtin.MOD, -6.0, 3.0)).isEqualTo(0.0);
  }

  @Test
  void bankersRounding() {
    assertThat(apply(Builtin.ROUND, 0.5)).isEqualTo(0);
    assertThat(apply(Builtin.ROUND, 1.5)).isEqualTo(2);
    assertThat(apply(Builtin.ROUND, 2.5)).isEqualTo(2);
    assertThat(apply(Builtin.ROUND, -0.5)).isEqualTo(0);
    assertThat(apply(Builtin.ROUND, -1.5)).isEqualTo(-2);
    assertThat(apply(Builtin.ROUND, -2.5)).isEqualTo(-2);
    assertThat(apply(Builtin.ROUND, 2.4999)).isEqualTo(2);
    assertThat(apply(Builtin.ROUND, 2.5001)).isEqualTo(3);
    assertThat(apply(Builtin.ROUND, -7.0)).isEqualTo(-7);
  }

  @Test
  void conversions() {
    assertThat(apply(Builtin.TO_INT, true)).isEqualTo(1);
    assertThat(apply(Builtin.TO_INT, false)).isEqualTo(0);
    assertThat(apply(Builtin.TO_DOUBLE, 3)).isEqualTo(3.0);
    assertThat(apply(Builtin.TO_DOUBLE, -2)).isEqualTo(-2.0);
  }

  @Test
  void logic() {
    boolean[] both = {false, true};
    for (boolean a : both) {
      assertThat(apply(Builtin.NOT, a)).isEqualTo(!a);
      for (boolean b : both) {
        assertThat(apply(Builtin.AND, a, b)).isEqualTo(a && b);
        assertThat(apply(Builtin.OR, a, b)).isEqualTo(a || b);
      }
    }
    assertThat(apply(Builtin.WHERE, true, 'x', 'y')).isEqualTo('x');
    assertThat(apply(Builtin.WHERE, false, 'x', 'y')).isEqualTo('y');
  }

  @Test
  void comparingChars() {
    assertThat(apply(Builtin.EQ, 'a', 'a')).isEqualTo(true);
    assertThat(apply(Builtin.NE, 'a', 'b')).isEqualTo(true);
    assertThat(apply(Builtin.LT, 'a', 'b')).isEqualTo(true);
    assertThat(apply(Builtin.LT, 'B', 'a')).isEqualTo(true); // code order: upper case first
    assertThat(apply(Builtin.GE, 'a', 'a')).isEqualTo(true);
    assertThat(apply(Builtin.GT, 'a', 'b')).isEqualTo(false);
  }

  @Test
  void comparingStrings() {
    assertThat(apply(Builtin.EQ, "ab", new String(new char[] {'a', 'b'}))).isEqualTo(true);
    assertThat(apply(Builtin.LT, "apple", "banana")).isEqualTo(true);
    assertThat(apply(Builtin.LT, "ab", "abc")).isEqualTo(true);
    assertThat(apply(Builtin.GT, "b", "abc")).isEqualTo(true);
    assertThat(apply(Builtin.LE, "abc", "abc")).isEqualTo(true);
    assertThat(apply(Builtin.GE, "", "a")).isEqualTo(false);
  }

  @Test
  void comparingDoublesAsNumbers() {
    assertThat(apply(Builtin.EQ, 0.0, -0.0)).isEqualTo(true);
    assertThat(apply(Builtin.LT, -0.0, 0.0)).isEqualTo(false);
    assertThat(apply(Builtin.LE, -0.0, 0.0)).isEqualTo(true);
    assertThat(apply(Builtin.EQ, Double.NaN, Double.NaN)).isEqualTo(false);
    assertThat(apply(Builtin.NE, Double.NaN, Double.NaN)).isEqualTo(true);
    assertThat(apply(Builtin.LT, Double.NaN, 1.0)).isEqualTo(false);
    assertThat(apply(Builtin.GE, Double.NaN, 1.0)).isEqualTo(false);
    assertThat(apply(Builtin.GT, 0.3, 0.1 + 0.2)).isEqualTo(false);
  }

  @Test
  void comparingInts() {
    assertThat(apply(Builtin.LT, -3, 2)).isEqualTo(true);
    assertThat(apply(Builtin.GT, Integer.MAX_VALUE, Integer.MIN_VALUE)).isEqualTo(true);
    assertThat(apply(Builtin.EQ, 1000, 1000)).isEqualTo(true); // boxed outside the cache
  }

  @Test
  void problemsAreArithmeticExceptions() {
    assertThrows(ArithmeticException.class, () -> apply(Builtin.PLUS, Integer.MAX_VALUE, 1));
    assertThrows(ArithmeticException.class, () -> apply(Builtin.DIV, 1, 0));
    assertThrows(ArithmeticException.class, () -> apply(Builtin.MOD, 1.0, 0.0));
    assertThrows(ArithmeticException.class, () -> apply(Builtin.ROUND, Double.NaN));
    assertThrows(ArithmeticException.class, () -> apply(Builtin.ROUND, 2147483647.5));
  }

  @Test
  void theDslRunsTheSameSemantics() {
    assertThat(tokens(INT).div(2).eval(-7, 7, -1)).containsExactly(-4, 3, -1).inOrder();
    assertThat(tokens(INT).mod(3).eval(-1, 7, -3)).containsExactly(2, 1, 0).inOrder();
    assertThat(tokens(INT).mod(-3).eval(7)).containsExactly(-2);
    assertThat(tokens(INT).toDouble().div(4.0).round().eval(2, 6, 10, -2))
        .containsExactly(0, 2, 2, 0)
        .inOrder();
    assertThat(tokens(CHAR).lt('l').eval("hello"))
        .containsExactly(true, true, false, false, false)
        .inOrder();
  }
}
