package org.rasp4j.ir;

/** The built-in elementwise operations and comparisons. */
public enum Builtin implements Operation {
  /** Int or double addition; an int overflow is an error. */
  PLUS("+", 2),
  /** Int or double subtraction; an int overflow is an error. */
  MINUS("-", 2),
  /** Int or double multiplication; an int overflow is an error. */
  TIMES("*", 2),
  /** Integer division rounds toward negative infinity, as Python's {@code //}; doubles divide. */
  DIV("/", 2),
  /** The result has the sign of the divisor, as Python's {@code %} (Java's floorMod). */
  MOD("%", 2),
  /** Int or double negation; negating {@code Integer.MIN_VALUE} is an error. */
  NEGATE("neg", 1),
  /** Equality of two values of one type; doubles compare as numbers (NaN equals nothing). */
  EQ("==", 2),
  /** The negation of {@link #EQ}. */
  NE("!=", 2),
  /** Less than, for any type but boolean. */
  LT("<", 2),
  /** Less than or equal, for any type but boolean. */
  LE("<=", 2),
  /** Greater than, for any type but boolean. */
  GT(">", 2),
  /** Greater than or equal, for any type but boolean. */
  GE(">=", 2),
  /** Boolean and. */
  AND("and", 2),
  /** Boolean or. */
  OR("or", 2),
  /** Boolean negation. */
  NOT("not", 1),
  /** where(condition, then, else). */
  WHERE("where", 3),
  /** boolean to int: true is 1, false is 0. */
  TO_INT("toInt", 1),
  /** int to double. */
  TO_DOUBLE("toDouble", 1),
  /** double to int, half to even (banker's rounding, as Python's round). */
  ROUND("round", 1);

  private final String symbol;
  private final int arity;

  Builtin(String symbol, int arity) {
    this.symbol = symbol;
    this.arity = arity;
  }

  @Override
  public String symbol() {
    return symbol;
  }

  /** {@return how many operands the operation takes} */
  public int arity() {
    return arity;
  }

  /** {@return whether this is one of the six comparisons a selector can be built from} */
  public boolean isComparison() {
    return this == EQ || this == NE || this == LT || this == LE || this == GT || this == GE;
  }
}
