package org.rasp4j.ir;

/** The built-in elementwise operations and comparisons. */
public enum Builtin implements Operation {
  PLUS("+", 2),
  MINUS("-", 2),
  TIMES("*", 2),
  /** Integer division rounds toward negative infinity, as Python's {@code //}; doubles divide. */
  DIV("/", 2),
  /** The result has the sign of the divisor, as Python's {@code %} (Java's floorMod). */
  MOD("%", 2),
  NEGATE("neg", 1),
  EQ("==", 2),
  NE("!=", 2),
  LT("<", 2),
  LE("<=", 2),
  GT(">", 2),
  GE(">=", 2),
  AND("and", 2),
  OR("or", 2),
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

  /** How many operands the operation takes. */
  public int arity() {
    return arity;
  }

  /** Whether this is one of the six comparisons a selector can be built from. */
  public boolean isComparison() {
    return this == EQ || this == NE || this == LT || this == LE || this == GT || this == GE;
  }
}
