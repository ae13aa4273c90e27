package org.rasp4j.interpreter;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rasp4j.Rasp.INT;
import static org.rasp4j.Rasp.constant;
import static org.rasp4j.Rasp.tokens;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.BinaryOperator;
import org.junit.jupiter.api.Test;
import org.rasp4j.RaspException;
import org.rasp4j.Sop;
import org.rasp4j.ir.Builtin;
import org.rasp4j.testing.Gen;

/**
 * The interpreter's arithmetic against exact models built on BigInteger and BigDecimal (which
 * neither overflow nor round), with Python's floor semantics written out from its definition.
 */
class ArithmeticPropertiesTest {
  /** Random cases per property. */
  private static final int TRIES = 1000;

  /** A nonzero divisor: any int but zero. */
  private static int divisor(Gen gen) {
    int b = gen.anyInt();
    return b != 0 ? b : gen.between(1, Integer.MAX_VALUE);
  }

  /** Python's {@code a // b}: the quotient rounded toward negative infinity. */
  private static BigInteger floorQuotient(BigInteger a, BigInteger b) {
    BigInteger[] truncated = a.divideAndRemainder(b);
    boolean inexact = truncated[1].signum() != 0;
    boolean negative = truncated[1].signum() != b.signum();
    return inexact && negative ? truncated[0].subtract(BigInteger.ONE) : truncated[0];
  }

  /** Python's {@code a % b}: {@code a - b * (a // b)}. */
  private static BigInteger floorRemainder(BigInteger a, BigInteger b) {
    return a.subtract(b.multiply(floorQuotient(a, b)));
  }

  private static boolean fitsInt(BigInteger value) {
    return value.bitLength() < 32;
  }

  /** Runs {@code a op b} through the DSL and the interpreter, with b a constant. */
  private static void checkAgainstModel(
      int a, int b, BinaryOperator<Sop<Integer>> op, BigInteger expected) {
    Sop<Integer> program = op.apply(tokens(INT), constant(b));
    if (fitsInt(expected)) {
      assertThat(program.eval(a)).containsExactly(expected.intValueExact());
    } else {
      RaspException e = assertThrows(RaspException.class, () -> program.eval(a));
      assertThat(e).hasMessageThat().contains("integer overflow");
      assertThat(e.position()).isEqualTo(0);
    }
  }

  @Test
  void intDivisionMatchesPython() {
    Gen.forAll(TRIES, gen -> intDivisionMatchesPython(gen.anyInt(), divisor(gen)));
  }

  private void intDivisionMatchesPython(int a, int b) {
    BigInteger expected = floorQuotient(BigInteger.valueOf(a), BigInteger.valueOf(b));
    checkAgainstModel(a, b, Sop::div, expected);
  }

  @Test
  void intModuloMatchesPython() {
    Gen.forAll(TRIES, gen -> intModuloMatchesPython(gen.anyInt(), divisor(gen)));
  }

  private void intModuloMatchesPython(int a, int b) {
    BigInteger expected = floorRemainder(BigInteger.valueOf(a), BigInteger.valueOf(b));
    checkAgainstModel(a, b, Sop::mod, expected);
    int remainder = expected.intValueExact();
    assertThat(Math.abs((long) remainder)).isLessThan(Math.abs((long) b));
    assertThat(remainder == 0 || (remainder < 0) == (b < 0)).isTrue();
  }

  @Test
  void intPlusMinusTimesAreExactOrAnError() {
    Gen.forAll(TRIES, gen -> intPlusMinusTimesAreExactOrAnError(gen.anyInt(), gen.anyInt()));
  }

  private void intPlusMinusTimesAreExactOrAnError(int a, int b) {
    BigInteger x = BigInteger.valueOf(a);
    BigInteger y = BigInteger.valueOf(b);
    checkAgainstModel(a, b, Sop::plus, x.add(y));
    checkAgainstModel(a, b, Sop::minus, x.subtract(y));
    checkAgainstModel(a, b, Sop::times, x.multiply(y));
  }

  @Test
  void doubleModuloMatchesPython() {
    Gen.forAll(TRIES, gen -> {
      double b = gen.between(-1e3, 1e3);
      doubleModuloMatchesPython(gen.between(-1e6, 1e6), b != 0 ? b : gen.between(0.5, 1e3));
    });
  }

  private void doubleModuloMatchesPython(double a, double b) {
    // CPython's float %: the exact truncated remainder (fmod), moved into the divisor's sign by
    // one (rounded) addition of the divisor; a zero result takes the divisor's sign.
    BigDecimal exact = new BigDecimal(a).remainder(new BigDecimal(b));
    double expected;
    if (exact.signum() == 0) {
      expected = Math.copySign(0.0, b);
    } else if (exact.signum() != (int) Math.signum(b)) {
      expected = exact.add(new BigDecimal(b)).doubleValue();
    } else {
      expected = exact.doubleValue();
    }
    assertThat(BuiltinSemantics.apply(Builtin.MOD, new Object[] {a, b})).isEqualTo(expected);
  }

  @Test
  void roundIsHalfToEven() {
    Gen.forAll(TRIES, gen -> roundIsHalfToEven(gen.between(-1e6, 1e6)));
  }

  private void roundIsHalfToEven(double value) {
    int expected = new BigDecimal(value).setScale(0, RoundingMode.HALF_EVEN).intValueExact();
    assertThat(BuiltinSemantics.apply(Builtin.ROUND, new Object[] {value})).isEqualTo(expected);
  }

  @Test
  void roundOfExactHalvesGoesToTheEvenNeighbour() {
    Gen.forAll(
        TRIES,
        gen -> roundOfExactHalvesGoesToTheEvenNeighbour(gen.between(-(1 << 30) + 1, (1 << 30) - 1)));
  }

  private void roundOfExactHalvesGoesToTheEvenNeighbour(int whole) {
    double half = whole + 0.5;
    int even = whole % 2 == 0 ? whole : whole + 1;
    assertThat(BuiltinSemantics.apply(Builtin.ROUND, new Object[] {half})).isEqualTo(even);
  }

  @Test
  void elementwiseOperationsActPositionByPosition() {
    Gen.forAll(TRIES, gen -> elementwiseOperationsActPositionByPosition(gen.anyInts(30)));
  }

  private void elementwiseOperationsActPositionByPosition(List<Integer> values) {
    int[] input = values.stream().mapToInt(Integer::intValue).toArray();
    List<Integer> expected = values.stream().map(v -> ((v % 7) + 7) % 7 * 2 - 1).toList();
    assertThat(tokens(INT).mod(7).times(2).minus(1).eval(input))
        .containsExactlyElementsIn(expected)
        .inOrder();
  }
}
