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
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.rasp4j.RaspException;
import org.rasp4j.Sop;
import org.rasp4j.ir.Builtin;

/**
 * The interpreter's arithmetic against exact models built on BigInteger and BigDecimal (which
 * neither overflow nor round), with Python's floor semantics written out from its definition.
 */
class ArithmeticPropertiesTest {

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

  @Property
  void intDivisionMatchesPython(@ForAll int a, @ForAll int b) {
    Assume.that(b != 0);
    BigInteger expected = floorQuotient(BigInteger.valueOf(a), BigInteger.valueOf(b));
    checkAgainstModel(a, b, Sop::div, expected);
  }

  @Property
  void intModuloMatchesPython(@ForAll int a, @ForAll int b) {
    Assume.that(b != 0);
    BigInteger expected = floorRemainder(BigInteger.valueOf(a), BigInteger.valueOf(b));
    checkAgainstModel(a, b, Sop::mod, expected);
    int remainder = expected.intValueExact();
    assertThat(Math.abs((long) remainder)).isLessThan(Math.abs((long) b));
    assertThat(remainder == 0 || (remainder < 0) == (b < 0)).isTrue();
  }

  @Property
  void intPlusMinusTimesAreExactOrAnError(@ForAll int a, @ForAll int b) {
    BigInteger x = BigInteger.valueOf(a);
    BigInteger y = BigInteger.valueOf(b);
    checkAgainstModel(a, b, Sop::plus, x.add(y));
    checkAgainstModel(a, b, Sop::minus, x.subtract(y));
    checkAgainstModel(a, b, Sop::times, x.multiply(y));
  }

  @Property
  void doubleModuloMatchesPython(
      @ForAll @DoubleRange(min = -1e6, max = 1e6) double a,
      @ForAll @DoubleRange(min = -1e3, max = 1e3) double b) {
    Assume.that(b != 0);
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

  @Property
  void roundIsHalfToEven(@ForAll @DoubleRange(min = -1e6, max = 1e6) double value) {
    int expected = new BigDecimal(value).setScale(0, RoundingMode.HALF_EVEN).intValueExact();
    assertThat(BuiltinSemantics.apply(Builtin.ROUND, new Object[] {value})).isEqualTo(expected);
  }

  @Property
  void roundOfExactHalvesGoesToTheEvenNeighbour(@ForAll int whole) {
    Assume.that(Math.abs((long) whole) < 1L << 30);
    double half = whole + 0.5;
    int even = whole % 2 == 0 ? whole : whole + 1;
    assertThat(BuiltinSemantics.apply(Builtin.ROUND, new Object[] {half})).isEqualTo(even);
  }

  @Property
  void elementwiseOperationsActPositionByPosition(@ForAll @Size(max = 30) List<Integer> values) {
    int[] input = values.stream().mapToInt(Integer::intValue).toArray();
    List<Integer> expected = values.stream().map(v -> ((v % 7) + 7) % 7 * 2 - 1).toList();
    assertThat(tokens(INT).mod(7).times(2).minus(1).eval(input))
        .containsExactlyElementsIn(expected)
        .inOrder();
  }
}
