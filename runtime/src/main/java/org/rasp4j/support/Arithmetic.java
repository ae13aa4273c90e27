package org.rasp4j.support;

/**
 * The arithmetic of the built-in operations on one position's values: ints overflow-checked, int
 * division and modulo floored as in Python, double modulo with the divisor's sign, rounding half to
 * even. A problem is an {@link ArithmeticException} whose message the caller puts after the SOp's
 * name and position in a {@link org.rasp4j.RaspException}.
 */
public final class Arithmetic {
  private Arithmetic() {}

  /**
   * {@return {@code a + b}}
   *
   * @param a the left operand
   * @param b the right operand
   * @throws ArithmeticException when the sum does not fit in an int
   */
  public static int plus(int a, int b) {
    return exact((long) a + b, a, " + ", b);
  }

  /**
   * {@return {@code a - b}}
   *
   * @param a the left operand
   * @param b the right operand
   * @throws ArithmeticException when the difference does not fit in an int
   */
  public static int minus(int a, int b) {
    return exact((long) a - b, a, " - ", b);
  }

  /**
   * {@return {@code a * b}}
   *
   * @param a the left operand
   * @param b the right operand
   * @throws ArithmeticException when the product does not fit in an int
   */
  public static int times(int a, int b) {
    return exact((long) a * b, a, " * ", b);
  }

  /**
   * {@return {@code a / b} rounded toward negative infinity, as Python's {@code //}}
   *
   * @param a the dividend
   * @param b the divisor
   * @throws ArithmeticException for a zero divisor, and for {@code Integer.MIN_VALUE / -1}, which
   *     does not fit in an int
   */
  public static int div(int a, int b) {
    if (b == 0) {
      throw new ArithmeticException("division by zero: " + a + " / 0");
    }
    return exact(Math.floorDiv((long) a, b), a, " / ", b);
  }

  /**
   * {@return the remainder of {@code a / b} with the divisor's sign, as Python's {@code %}}
   *
   * @param a the dividend
   * @param b the divisor
   * @throws ArithmeticException for a zero divisor
   */
  public static int mod(int a, int b) {
    if (b == 0) {
      throw new ArithmeticException("modulo by zero: " + a + " % 0");
    }
    return Math.floorMod(a, b);
  }

  /**
   * {@return {@code -a}}
   *
   * @param a the operand
   * @throws ArithmeticException for {@code Integer.MIN_VALUE}, whose negation does not fit
   */
  public static int negate(int a) {
    if (a == Integer.MIN_VALUE) {
      throw new ArithmeticException("integer overflow: -(" + a + ")");
    }
    return -a;
  }

  /**
   * {@return {@code a / b}, true division}
   *
   * @param a the dividend
   * @param b the divisor
   * @throws ArithmeticException for a zero divisor (0.0 or -0.0), as in Python
   */
  public static double div(double a, double b) {
    if (b == 0) {
      throw new ArithmeticException("division by zero: " + a + " / 0.0");
    }
    return a / b;
  }

  /**
   * {@return the remainder of {@code a / b} with the divisor's sign, as Python's {@code %}} A zero
   * remainder is a zero of the divisor's sign too ({@code 6.0 % -3.0} is -0.0).
   *
   * @param a the dividend
   * @param b the divisor
   * @throws ArithmeticException for a zero divisor
   */
  public static double mod(double a, double b) {
    if (b == 0) {
      throw new ArithmeticException("modulo by zero: " + a + " % 0.0");
    }
    double r = a % b; // sign of the dividend; Python's % has the divisor's sign
    if (r == 0) {
      return Math.copySign(0.0, b); // Python: 6.0 % -3.0 == -0.0
    }
    return (r < 0) != (b < 0) ? r + b : r;
  }

  /**
   * {@return {@code value} rounded half to even (banker's rounding, as Python's {@code round})}
   *
   * @param value the value to round
   * @throws ArithmeticException for NaN, an infinity, or a result beyond the int range
   */
  public static int round(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new ArithmeticException("cannot round " + value + " to an int");
    }
    double even = Math.rint(value);
    if (even < Integer.MIN_VALUE || even > Integer.MAX_VALUE) {
      throw new ArithmeticException("integer overflow: round(" + value + ")");
    }
    return (int) even;
  }

  /**
   * The result as an int, or the overflow named by its operands: the message is built only then,
   * since building it for every result cost the generated evaluators most of their time.
   */
  private static int exact(long value, int a, String operator, int b) {
    if (value != (int) value) {
      throw new ArithmeticException("integer overflow: " + a + operator + b);
    }
    return (int) value;
  }
}
